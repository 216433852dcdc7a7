// Independent schema peer for the SDK's interop tests: validates message files with ajv 8 (draft-07, strict, all
// errors) and ajv-formats (full mode) against one schema release, choosing each file's schema by header.messageType
// through the release's index.json, and prints [{file, valid, errors: [{keyword, pointer}]}] as JSON.
// Pointers are normalised like the SDK's findings (specification §12): required → the missing member,
// additionalProperties → the extra member, both RFC 6901 escaped.
// Usage: node validate.mjs --release <schemas/1.0> [file...]   (no files: a JSON array of paths on stdin)
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const args = process.argv.slice(2);
const at = args.indexOf('--release');
if (at < 0 || !args[at + 1]) {
  console.error('usage: node validate.mjs --release <release folder> [file...]');
  process.exit(2);
}
const release = args[at + 1];
let files = args.filter((_, i) => i !== at && i !== at + 1);
if (files.length === 0) {
  files = JSON.parse(readFileSync(0, 'utf8'));
}

const index = JSON.parse(readFileSync(join(release, 'index.json'), 'utf8'));
const base = `https://w3id.org/mlat/schemas/${index.version}/`;

const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv, { mode: 'full' });

const walk = (dir) => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
for (const path of walk(release).filter((p) => p.endsWith('.schema.json'))) {
  const schema = JSON.parse(readFileSync(path, 'utf8'));
  const expectedId = base + relative(release, path).split(sep).join('/');
  if (schema.$id !== expectedId) {
    throw new Error(`${path}: $id ${schema.$id} is not ${expectedId}`);
  }
  ajv.addSchema(schema);
}

const escape = (name) => String(name).replaceAll('~', '~0').replaceAll('/', '~1');
const pointerOf = (error) => {
  if (error.keyword === 'required') return `${error.instancePath}/${escape(error.params.missingProperty)}`;
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${escape(error.params.additionalProperty)}`;
  return error.instancePath;
};

const results = [];
for (const file of files) {
  let document;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    results.push({ file, valid: false, errors: [{ keyword: 'parse', pointer: '' }] });
    continue;
  }
  const messageType = document?.header?.messageType;
  const schemaFile = typeof messageType === 'string' ? index.messageTypes[messageType] : undefined;
  const validate = schemaFile ? ajv.getSchema(base + schemaFile) : undefined;
  if (!validate) {
    results.push({ file, valid: false, errors: [{ keyword: 'messageType', pointer: '/header/messageType' }] });
    continue;
  }
  const valid = validate(document);
  const errors = (validate.errors ?? []).map((e) => ({ keyword: e.keyword, pointer: pointerOf(e) }));
  results.push({ file, valid, errors });
}
process.stdout.write(JSON.stringify(results));
