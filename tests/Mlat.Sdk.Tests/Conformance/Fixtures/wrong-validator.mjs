// A deliberately wrong "other product" for the external-implementation mode of the conformance runner
// (issue 6, item 2). It answers every case from samples/manifest.json and samples/reading/manifest.json, except the four cases in WRONG, where it
// makes one typical mistake each. The test checks that exactly these four fail.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const WRONG = {
  '1.0/valid/AcknowledgementOfReceipt/minimal-annex-b': 'reject-valid',
  '1.0/invalid/AcknowledgementOfReceipt/extra-member-in-body': 'wrong-pointer',
  '1.0/rules/MLAT-R-0001/violates-other-competent-without-validation': 'miss-rule',
  '1.1/valid/ProductionOrder/minimal': 'garbage',
};

// Usage: node wrong-validator.mjs <samples folder> <file>; the case comes from MLAT_CONFORMANCE_CASE, so the files the
// runner generates in a temporary folder (samples/reading cases with "generate") are answered too.
const [samples, file] = process.argv.slice(2);
const id = process.env.MLAT_CONFORMANCE_CASE;
const cases = [join(samples, 'manifest.json'), join(samples, 'reading', 'manifest.json')]
  .filter(existsSync).flatMap(m => JSON.parse(readFileSync(m, 'utf8')).cases);
const item = cases.find(c => c.id === id);
if (!item) { process.stdout.write(`no case ${id} for ${file}\n`); process.exit(3); }
let answer = { valid: item.expectValid, findings: item.expectedFindings.map(f => ({ code: f.code, pointer: f.pointer })) };
switch (WRONG[item.id]) {
  case 'reject-valid': answer = { valid: false, findings: [{ code: 'schema.required', pointer: '/body' }] }; break;
  case 'wrong-pointer': answer.findings = answer.findings.map(f => ({ code: f.code, pointer: f.pointer + '/x' })); break;
  case 'miss-rule': answer = { valid: true, findings: [] }; break;
  case 'garbage': process.stdout.write('not json\n'); process.exit(3);
}
process.stdout.write(JSON.stringify(answer) + '\n');
