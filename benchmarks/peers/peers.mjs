// Peers for the Mlat.Sdk benchmarks (issue 7): times ajv validation, jose verification and canonicalize on the same
// documents the SDK benchmarks use, so the SDK's figures can be read as ratios to independent implementations.
// Run by hand, never by CI (see benchmarks/README.md, "Peers"):
//   npm ci --prefix tests/interop
//   dotnet run -c Release --project benchmarks/Mlat.Sdk.Benchmarks -- export /tmp/mlat-bench-docs
//   node benchmarks/peers/peers.mjs /tmp/mlat-bench-docs
// Uses tests/interop's node_modules (ajv 8 + ajv-formats 3, jose 6, canonicalize 2); adds no npm package.
// Each operation starts from the UTF-8 bytes, as the SDK's do: parse is included. Output: a Markdown table, median µs per call.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createHash, X509Certificate } from 'node:crypto';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(join(root, 'tests', 'interop', 'package.json'));
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;
const { flattenedVerify, importX509, decodeProtectedHeader } = await import(pathToFileURL(require.resolve('jose')).href);
const canonicalize = require('canonicalize');

const docs = process.argv[2];
if (!docs) {
  console.error('usage: node peers.mjs <folder written by "Mlat.Sdk.Benchmarks export">');
  process.exit(2);
}

// ajv with the same settings as the interop peer (tests/interop/validate.mjs): draft-07, strict, all errors, full formats.
const release = join(root, 'schemas', '1.0');
const index = JSON.parse(readFileSync(join(release, 'index.json'), 'utf8'));
const base = `https://w3id.org/mlat/schemas/${index.version}/`;
const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv, { mode: 'full' });
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
for (const path of walk(release).filter((p) => p.endsWith('.schema.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(path, 'utf8')));
}
const validate = ajv.getSchema(base + index.messageTypes.AssistanceRequest);

// Median time per call (robust on a shared machine): warm up, then time calls for at least `ms` milliseconds and at
// least 5 calls.
const time = async (fn, ms = 2000) => {
  for (let i = 0; i < 3; i++) await fn();
  const samples = [];
  const start = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - start) < ms * 1e6 || samples.length < 5) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
};

const b64url = (buf) => Buffer.from(buf).toString('base64url');
const rows = [];
for (const size of ['minimal', 'full-sample', '1000-persons', '10MB']) {
  const bytes = readFileSync(join(docs, `${size}.json`));
  const signed = readFileSync(join(docs, `${size}.signed.json`));
  if (!validate(JSON.parse(bytes.toString('utf8')))) throw new Error(`${size}: ajv rejects the document`);

  // jose: the key is imported once (the SDK's verifier caches its chain too); each call parses, canonicalizes the
  // envelope without "signatures" (RFC 8785), checks the sigD digest and verifies the JWS with empty payload.
  const first = JSON.parse(signed.toString('utf8')).signatures[0];
  const header = decodeProtectedHeader(first);
  const key = await importX509(new X509Certificate(Buffer.from(header.x5c[0], 'base64')).toString(), header.alg);
  const verify = async () => {
    const { signatures, ...unsigned } = JSON.parse(signed.toString('utf8'));
    const sig = signatures[0];
    const h = decodeProtectedHeader(sig);
    const digest = b64url(createHash('sha256').update(canonicalize(unsigned), 'utf8').digest());
    if (digest !== h.sigD.hashV[0]) throw new Error('digest');
    await flattenedVerify({ protected: sig.protected, payload: '', signature: sig.signature }, key, {
      algorithms: [h.alg], crit: { sigD: true, sigPId: true, srCms: true },
    });
  };
  await verify();

  rows.push({
    size,
    bytes: bytes.length,
    ajv: await time(() => validate(JSON.parse(bytes.toString('utf8')))),
    jose: await time(verify),
    canonicalize: await time(() => canonicalize(JSON.parse(bytes.toString('utf8')))),
  });
}

console.log(`node ${process.version}, ajv ${require('ajv/package.json').version}, jose ${JSON.parse(readFileSync(join(dirname(require.resolve('jose')), '..', '..', 'package.json'), 'utf8')).version}, canonicalize ${require('canonicalize/package.json').version}`);
console.log('| size | bytes | ajv: parse + validate (µs) | jose: parse + JCS + digest + verify (µs) | canonicalize: parse + JCS (µs) |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.size} | ${r.bytes} | ${r.ajv.toFixed(1)} | ${r.jose.toFixed(1)} | ${r.canonicalize.toFixed(1)} |`);
}
