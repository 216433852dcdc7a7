// Independent schema peer for the JAdES interop test: validates JWS protected and unprotected headers with ajv 8
// (draft-07, the draft the ETSI TS 119 182-1 JSON schemas as DSS ships them declare) and ajv-formats (full mode)
// against 19182-protected-jsonSchema.json / 19182-unprotected-jsonSchema.json and the schemas they reference.
// The ETSI files carry no $id and use relative $refs ("19182-jsonSchema.json#...", "rfcs/rfc7515.json#..."), so each
// is registered under a base URI that mirrors its place in the folder. strict is off: the schemas are third-party and
// use annotation keywords ajv's strict mode does not know.
// Usage: node jades-schema.mjs <folder with the ETSI schemas>; stdin: { "protected": [ {...} ], "unprotected": [ {...} ] }.
// Output: { "protected": [{ valid, errors: [{ keyword, pointer }] }], "unprotected": [...] }.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node jades-schema.mjs <schema folder>');
  process.exit(2);
}
const base = 'https://jades.schemas.test/';
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv, { mode: 'full' });
const walk = (dir) => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []));
for (const file of walk(folder)) {
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  schema.$id = base + relative(folder, file).split(sep).join('/');
  ajv.addSchema(schema);
}
const input = JSON.parse(readFileSync(0, 'utf8'));
const check = (name, items) => {
  const validate = ajv.getSchema(base + name);
  return (items ?? []).map((item) => {
    const valid = validate(item);
    return { valid, errors: (validate.errors ?? []).map((e) => ({ keyword: e.keyword, pointer: e.instancePath })) };
  });
};
process.stdout.write(JSON.stringify({
  protected: check('19182-protected-jsonSchema.json', input.protected),
  unprotected: check('19182-unprotected-jsonSchema.json', input.unprotected),
}) + '\n');
