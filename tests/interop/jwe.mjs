// Independent JWE peer for the encryption interop test (tests/Mlat.Sdk.Conformance.Tests/Interop), using npm "jose".
// Input (stdin): JSON, either
//   { "op": "decrypt", "jwe": "<compact>", "keyPem": "<PKCS#8 PEM>", "alg": "<key management alg>" }
//     -> prints { "plaintext": "<base64>", "alg", "enc", "cty" }
//   { "op": "encrypt", "plaintext": "<base64>", "certPem": "<PEM certificate>", "alg", "enc" }
//     -> prints { "jwe": "<compact>" }
import { readFileSync } from 'node:fs';
import { compactDecrypt, CompactEncrypt, importPKCS8, importX509 } from 'jose';

const input = JSON.parse(readFileSync(0, 'utf8'));
if (input.op === 'decrypt') {
  const key = await importPKCS8(input.keyPem, input.alg);
  const { plaintext, protectedHeader } = await compactDecrypt(input.jwe, key, {
    keyManagementAlgorithms: ['ECDH-ES+A256KW', 'RSA-OAEP-256', 'RSA-OAEP'],
    contentEncryptionAlgorithms: ['A256GCM', 'A256CBC-HS512'],
  });
  process.stdout.write(JSON.stringify({
    plaintext: Buffer.from(plaintext).toString('base64'),
    alg: protectedHeader.alg,
    enc: protectedHeader.enc,
    cty: protectedHeader.cty,
  }) + '\n');
} else {
  const key = await importX509(input.certPem, input.alg);
  const jwe = await new CompactEncrypt(Buffer.from(input.plaintext, 'base64'))
    .setProtectedHeader({ alg: input.alg, enc: input.enc, cty: 'vnd.mlat+json' })
    .encrypt(key);
  process.stdout.write(JSON.stringify({ jwe }) + '\n');
}
