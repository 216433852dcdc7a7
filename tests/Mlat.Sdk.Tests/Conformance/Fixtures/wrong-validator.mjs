// A deliberately wrong "other product" for the external-implementation mode of the conformance runner
// (issue 6, item 2). It answers every case from samples/manifest.json, except the four cases in WRONG, where it
// makes one typical mistake each. The test checks that exactly these four fail.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const WRONG = {
  '1.0/valid/AcknowledgementOfReceipt/minimal-annex-b': 'reject-valid',
  '1.0/invalid/AcknowledgementOfReceipt/extra-member-in-body': 'wrong-pointer',
  '1.0/rules/MLAT-R-0001/violates-other-competent-without-validation': 'miss-rule',
  '1.1/valid/ProductionOrder/minimal': 'garbage',
};

const file = process.argv[2];
let root = dirname(file);
while (!existsSync(join(root, 'manifest.json'))) root = dirname(root);
const rel = relative(root, file).split(sep).join('/');
const item = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')).cases.find(c => c.file === rel);
let answer = { valid: item.expectValid, findings: item.expectedFindings.map(f => ({ code: f.code, pointer: f.pointer })) };
switch (WRONG[item.id]) {
  case 'reject-valid': answer = { valid: false, findings: [{ code: 'MLAT-SCHEMA-REQUIRED', pointer: '/body' }] }; break;
  case 'wrong-pointer': answer.findings = answer.findings.map(f => ({ code: f.code, pointer: f.pointer + '/x' })); break;
  case 'miss-rule': answer = { valid: true, findings: [] }; break;
  case 'garbage': process.stdout.write('not json\n'); process.exit(3);
}
process.stdout.write(JSON.stringify(answer) + '\n');
