// Independent JWS peer for the envelope signature interop test (tests/Mlat.Sdk.Conformance.Tests/Interop).
// Input (stdin): JSON { "envelope": "<UTF-8 JSON text of a signed envelope>", "attachments": { "<id>": "<base64>" } }.
// For each signature object it runs jose's flattenedVerify on { protected, payload: "", signature } with the key of
// x5c[0] and crit sigD/sigPId/srCms declared as understood (jose handles RFC 7797 b64 itself), then recomputes every
// sigD digest independently as ETSI TS 119 182-1 §5.2.8.3.3 says: over the data object's octets when b64 is false,
// over their base64url encoding otherwise. urn:mlat:content is the npm "canonicalize" (RFC 8785) of the envelope without
// "signatures", cid:<id> the attachment bytes, urn:mlat:signature:0 ASCII(protected + "." + signature) of signature 0.
// It also checks sigPId.digVal against the SHA-256 of docs/policy/mlat-signature-policy-1.md read from the repository.
// Output: a JSON array, one object per signature: { verified, alg, b64, error?, policyMatches, digests: [{ par, matches }] }.
import { readFileSync } from 'node:fs';
import { createHash, X509Certificate } from 'node:crypto';
import { flattenedVerify, importX509, decodeProtectedHeader } from 'jose';
import canonicalize from 'canonicalize';

const input = JSON.parse(readFileSync(0, 'utf8'));
const envelope = JSON.parse(input.envelope);
const attachments = input.attachments ?? {};
const hashes = { S256: 'sha256', S384: 'sha384', S512: 'sha512' };
const b64url = (buf) => Buffer.from(buf).toString('base64url');
const policy = readFileSync(new URL('../../docs/policy/mlat-signature-policy-1.md', import.meta.url));

const { signatures, ...unsigned } = envelope;
const canonical = Buffer.from(canonicalize(unsigned), 'utf8');

const results = [];
for (const sig of signatures) {
  const header = decodeProtectedHeader(sig);
  const der = Buffer.from(header.x5c[0], 'base64');
  const pem = new X509Certificate(der).toString();
  const unencoded = header.b64 === false;
  const result = { alg: header.alg, b64: header.b64 ?? null, verified: false, digests: [] };
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
  const policyHash = hashes[header.sigPId?.digAlg];
  result.policyMatches = policyHash !== undefined && header.sigPId.id?.id === 'urn:mlat:signature-policy:1'
    && header.sigPId.digVal === b64url(createHash(policyHash).update(policy).digest());
  header.sigD.pars.forEach((par, i) => {
    let bytes;
    if (par === 'urn:mlat:content') bytes = canonical;
    else if (par === 'urn:mlat:signature:0') bytes = Buffer.from(`${signatures[0].protected}.${signatures[0].signature}`, 'ascii');
    else if (par.startsWith('cid:')) bytes = Buffer.from(attachments[par.slice(4)] ?? '', 'base64');
    const input = bytes === undefined ? undefined : unencoded ? bytes : Buffer.from(b64url(bytes), 'ascii');
    const matches = input !== undefined && b64url(createHash(hash).update(input).digest()) === header.sigD.hashV[i];
    result.digests.push({ par, matches });
  });
  results.push(result);
}
process.stdout.write(JSON.stringify(results) + '\n');
