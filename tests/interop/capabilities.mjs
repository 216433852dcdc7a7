// Independent schema peer for capabilities documents (country profiles, specification §10.7): validates each file given
// on the command line against the schema named by --schema with ajv 8 (draft-07, strict, all errors) and ajv-formats
// (full mode), and prints [{ file, valid, errors: [{ keyword, instancePath }] }] as one line of JSON.
// Usage: node capabilities.mjs --schema <capabilities.schema.json> file...
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const args = process.argv.slice(2);
const at = args.indexOf('--schema');
if (at < 0 || !args[at + 1]) {
  console.error('usage: node capabilities.mjs --schema <capabilities.schema.json> file...');
  process.exit(2);
}
const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv, { mode: 'full' });
const validate = ajv.compile(JSON.parse(readFileSync(args[at + 1], 'utf8')));
const results = args.filter((_, i) => i !== at && i !== at + 1).map((file) => {
  const valid = validate(JSON.parse(readFileSync(file, 'utf8')));
  return { file, valid, errors: (validate.errors ?? []).map((e) => ({ keyword: e.keyword, instancePath: e.instancePath })) };
});
process.stdout.write(JSON.stringify(results) + '\n');
