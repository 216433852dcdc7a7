// Independent JWS peer for the envelope signature interop test (tests/Mlat.Sdk.Conformance.Tests/Interop).
// Input (stdin): JSON { "envelope": "<UTF-8 JSON text of a signed envelope>", "attachments": { "<id>": "<base64>" } }.
// For each signature object it runs jose's flattenedVerify on { protected, payload: "", signature } with the key of
// x5c[0] and crit sigD/sigPId/srCms declared as understood, then recomputes every sigD digest independently:
// urn:mlat:content with the npm "canonicalize" (RFC 8785) over the envelope without "signatures", cid:<id> over the
// attachment bytes, urn:mlat:signature:0 over ASCII(protected + "." + signature) of signature 0.
// Output: a JSON array, one object per signature: { verified, alg, error?, digests: [{ par, matches }] }.
import { readFileSync } from 'node:fs';
import { createHash, X509Certificate } from 'node:crypto';
import { flattenedVerify, importX509, decodeProtectedHeader } from 'jose';
import canonicalize from 'canonicalize';

const input = JSON.parse(readFileSync(0, 'utf8'));
const envelope = JSON.parse(input.envelope);
const attachments = input.attachments ?? {};
const hashes = { S256: 'sha256', S384: 'sha384', S512: 'sha512' };
const b64url = (buf) => Buffer.from(buf).toString('base64url');

const { signatures, ...unsigned } = envelope;
const canonical = Buffer.from(canonicalize(unsigned), 'utf8');

const results = [];
for (const sig of signatures) {
  const header = decodeProtectedHeader(sig);
  const der = Buffer.from(header.x5c[0], 'base64');
  const pem = new X509Certificate(der).toString();
  const result = { alg: header.alg, verified: false, digests: [] };
  try {
    const key = await importX509(pem, header.alg);
    await flattenedVerify({ protected: sig.protected, payload: '', signature: sig.signature }, key, {
      algorithms: [header.alg],
      crit: { sigD: true, sigPId: true, srCms: true },
    });
    result.verified = true;
  } catch (e) {
    result.error = String(e.code ?? e.message);
  }
  const hash = hashes[header.sigD.hashM];
  result.x5tMatches = header['x5t#S256'] === b64url(createHash('sha256').update(der).digest());
  header.sigD.pars.forEach((par, i) => {
    let bytes;
    if (par === 'urn:mlat:content') bytes = canonical;
    else if (par === 'urn:mlat:signature:0') bytes = Buffer.from(`${signatures[0].protected}.${signatures[0].signature}`, 'ascii');
    else if (par.startsWith('cid:')) bytes = Buffer.from(attachments[par.slice(4)] ?? '', 'base64');
    const matches = bytes !== undefined && b64url(createHash(hash).update(bytes).digest()) === header.sigD.hashV[i];
    result.digests.push({ par, matches });
  });
  results.push(result);
}
process.stdout.write(JSON.stringify(results) + '\n');
