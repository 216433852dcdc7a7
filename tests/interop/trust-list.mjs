// Independent schema peer for trust lists: validates each JSON document given on stdin (a JSON array of texts) against
// schemas/trust-list/1.0/trust-list.schema.json with ajv 8 (draft-07, strict, all errors) and prints
// [{ valid, errors: [{ keyword, instancePath }] }] as one line of JSON.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';

const schema = JSON.parse(readFileSync('../../schemas/trust-list/1.0/trust-list.schema.json', 'utf8'));
const ajv = new Ajv({ strict: true, allErrors: true });
const validate = ajv.compile(schema);
const documents = JSON.parse(readFileSync(0, 'utf8'));
const results = documents.map((text) => {
  const valid = validate(JSON.parse(text));
  return { valid, errors: (validate.errors ?? []).map((e) => ({ keyword: e.keyword, instancePath: e.instancePath })) };
});
process.stdout.write(JSON.stringify(results) + '\n');
