// Independent JAdES-shaped signer for the envelope signature interop test (tests/Mlat.Sdk.Conformance.Tests/Interop).
// Input (stdin): JSON { "envelope": "<UTF-8 JSON text, unsigned>", "keyPem": "<PKCS#8 PEM>", "x5c": ["<base64 DER>", ...],
// "alg": "ES256|ES384|PS256|PS384", "iat": <seconds>, "commitment": "<srCms commitment URI>" }.
// It builds the protected header of specification §7.2 by hand (sigD ObjectIdByURIHash over the RFC 8785 bytes from the npm
// "canonicalize"), signs with jose's FlattenedSign over an empty detached payload, and prints the general-JSON signature
// object { "protected", "signature" } as one line of JSON.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { FlattenedSign, importPKCS8 } from 'jose';
import canonicalize from 'canonicalize';

const input = JSON.parse(readFileSync(0, 'utf8'));
const { signatures, ...unsigned } = JSON.parse(input.envelope);
const b64url = (buf) => Buffer.from(buf).toString('base64url');
const contentDigest = b64url(createHash('sha256').update(Buffer.from(canonicalize(unsigned), 'utf8')).digest());

const header = {
  alg: input.alg,
  typ: 'jose+json',
  x5c: input.x5c,
  'x5t#S256': b64url(createHash('sha256').update(Buffer.from(input.x5c[0], 'base64')).digest()),
  iat: input.iat,
  sigPId: { id: 'urn:mlat:signature-policy:1' },
  srCms: [{ commId: { id: input.commitment } }],
  sigD: {
    mId: 'http://uri.etsi.org/19182/ObjectIdByURIHash',
    pars: ['urn:mlat:content'],
    hashM: 'S256',
    hashV: [contentDigest],
  },
  crit: ['sigD', 'sigPId', 'srCms'],
};

const key = await importPKCS8(input.keyPem, input.alg);
const jws = await new FlattenedSign(new Uint8Array(0))
  .setProtectedHeader(header)
  .sign(key, { crit: { sigD: true, sigPId: true, srCms: true } });
process.stdout.write(JSON.stringify({ protected: jws.protected, signature: jws.signature }) + '\n');
