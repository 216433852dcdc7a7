// Independent JAdES signer for the envelope signature interop test (tests/Mlat.Sdk.Conformance.Tests/Interop).
// Input (stdin): JSON { "envelope": "<UTF-8 JSON text, unsigned>", "keyPem": "<PKCS#8 PEM>", "x5c": ["<base64 DER>", ...],
// "alg": "ES256|ES384|PS256|PS384", "iat": <seconds>, "commitment": "<srCms commitment URI>", "style": "sdk|dss|dss-b64",
// "kid": "<base64 DER IssuerSerial>" (style dss*) }.
// It builds a JAdES baseline-B protected header by hand: sigD ObjectIdByURIHash over the RFC 8785 bytes from the npm
// "canonicalize", sigPId with the SHA-256 of docs/policy/mlat-signature-policy-1.md. Style "sdk" spells it as the SDK does
// (typ, crit [sigD, sigPId, srCms, b64], b64 false); "dss" as DSS 6.4 does for a detached signature (no typ, kid
// IssuerSerial, crit [sigD, b64], b64 false, sigPId and srCms not in crit); "dss-b64" the same without b64, so the
// digest is over the base64url-encoded content (ETSI TS 119 182-1 §5.2.8.3.3). It signs with jose's FlattenedSign over
// an empty detached payload and prints the general-JSON signature object { "protected", "signature" } as one line.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { FlattenedSign, importPKCS8 } from 'jose';
import canonicalize from 'canonicalize';

const input = JSON.parse(readFileSync(0, 'utf8'));
const style = input.style ?? 'sdk';
const { signatures, ...unsigned } = JSON.parse(input.envelope);
const b64url = (buf) => Buffer.from(buf).toString('base64url');
const canonical = Buffer.from(canonicalize(unsigned), 'utf8');
const contentDigest = b64url(createHash('sha256').update(style === 'dss-b64' ? Buffer.from(b64url(canonical), 'ascii') : canonical).digest());
const policy = readFileSync(new URL('../../docs/policy/mlat-signature-policy-1.md', import.meta.url));

const header = {
  alg: input.alg,
  ...(style === 'sdk' ? { typ: 'jose+json' } : { kid: input.kid }),
  x5c: input.x5c,
  'x5t#S256': b64url(createHash('sha256').update(Buffer.from(input.x5c[0], 'base64')).digest()),
  iat: input.iat,
  ...(style === 'dss-b64' ? {} : { b64: false }),
  sigPId: {
    id: { id: 'urn:mlat:signature-policy:1' },
    digAlg: 'S256',
    digVal: b64url(createHash('sha256').update(policy).digest()),
    sigPQuals: [{ spURI: 'https://w3id.org/mlat/policy/mlat-signature-policy-1.md' }],
  },
  srCms: [{ commId: { id: input.commitment } }],
  sigD: {
    mId: 'http://uri.etsi.org/19182/ObjectIdByURIHash',
    pars: ['urn:mlat:content'],
    hashM: 'S256',
    hashV: [contentDigest],
  },
  crit: style === 'sdk' ? ['sigD', 'sigPId', 'srCms', 'b64'] : style === 'dss' ? ['sigD', 'b64'] : ['sigD'],
};

const key = await importPKCS8(input.keyPem, input.alg);
const jws = await new FlattenedSign(new Uint8Array(0))
  .setProtectedHeader(header)
  .sign(key, { crit: { sigD: true, sigPId: true, srCms: true } });
process.stdout.write(JSON.stringify({ protected: jws.protected, signature: jws.signature }) + '\n');
