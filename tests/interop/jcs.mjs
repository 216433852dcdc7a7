// Independent RFC 8785 peer for the canonicalizer interop test (tests/Mlat.Sdk.Conformance.Tests/Interop).
// Input (stdin, or the file named by the first argument): a JSON array of documents, each the base64 of its UTF-8 bytes,
// so that no document is re-encoded on the way. Output: one line per document, the base64 of the UTF-8 bytes of
// canonicalize(JSON.parse(document)) from the npm package "canonicalize" (Samuel Erdtman's reference implementation).
import { readFileSync } from 'node:fs';
import canonicalize from 'canonicalize';

const source = process.argv[2] ? readFileSync(process.argv[2], 'utf8') : readFileSync(0, 'utf8');
const documents = JSON.parse(source);
const lines = documents.map((b64) => {
  const text = Buffer.from(b64, 'base64').toString('utf8');
  return Buffer.from(canonicalize(JSON.parse(text)), 'utf8').toString('base64');
});
process.stdout.write(lines.join('\n') + '\n');
