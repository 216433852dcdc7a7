#!/usr/bin/env node
// (Re)writes schemas/<version>/index.json, the release manifest of specification §3.2, from the files present in the release
// folder: every file except index.json itself with its sha256 (hex, of the bytes on disk), and one message type per
// messages/<Type>.schema.json. The date and status of an existing index.json are kept unless given as options.
// Usage: node eng/update-schema-index.mjs schemas/1.0 [--date YYYY-MM-DD] [--status draft|released]
// No packages: node's own fs, path and crypto only.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--'));
if (!folder || !existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error('usage: node eng/update-schema-index.mjs <release folder, e.g. schemas/1.0> [--date YYYY-MM-DD] [--status draft]');
  process.exit(2);
}
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const version = basename(folder);
if (!/^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/.test(version)) {
  console.error(`'${version}' is not a MAJOR.MINOR release folder`);
  process.exit(2);
}

const indexPath = join(folder, 'index.json');
const previous = existsSync(indexPath) ? JSON.parse(readFileSync(indexPath, 'utf8')) : {};

const walk = (dir) => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const toPosix = (p) => p.split(sep).join('/');
// Ordinal (code unit) order, the same as the C# side's StringComparer.Ordinal, so the file is reproducible.
const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

const files = walk(folder)
  .map((p) => toPosix(relative(folder, p)))
  .filter((p) => p !== 'index.json' && p.endsWith('.json'))
  .sort(ordinal);

const sha = {};
for (const f of files) {
  sha[f] = createHash('sha256').update(readFileSync(join(folder, f))).digest('hex');
}

const messageTypes = {};
for (const f of files.filter((p) => /^messages\/[^/]+\.schema\.json$/.test(p))) {
  messageTypes[f.slice('messages/'.length, -'.schema.json'.length)] = f;
}

const index = {
  version,
  date: option('date') ?? previous.date ?? new Date().toISOString().slice(0, 10),
  status: option('status') ?? previous.status ?? 'draft',
  messageTypes,
  files: sha,
};
writeFileSync(indexPath, `${JSON.stringify(index, null, 2)}\n`);
console.log(`${indexPath}: ${Object.keys(messageTypes).length} message types, ${files.length} files`);
