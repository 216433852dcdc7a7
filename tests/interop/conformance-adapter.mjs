// Reference adapter of the conformance kit in another language (issue 18 point 4): a product an ordinary node vendor
// would write — JSON.parse, ajv over schemas/, jose — speaking mlat-conformance-adapter/1 (docs/conformance.md) on
// standard input and output, one JSON request per line, one answer per line.
// It implements validate (header checks of specification §5.4, then the schema of the message's release with ajv,
// pointers normalised as the SDK's), sign (a JAdES baseline-B signature built by hand and signed with jose), decrypt
// and encrypt (jose). It does not offer verify, negotiate or convert, and applies no business rules.
// It reads messages as most programs do: Buffer#toString('utf8') (invalid UTF-8 silently replaced) and JSON.parse
// (duplicate members last-wins, lone surrogates kept, big numbers rounded, any depth). So it passes the schema and
// signature levels and fails exactly the strict-reading cases that JSON.parse cannot see — which is what the kit
// must tell apart. Usage: node conformance-adapter.mjs   (from anywhere; schemas are found beside tests/)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createHash, X509Certificate } from 'node:crypto';
import { createInterface } from 'node:readline';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import canonicalize from 'canonicalize';
import { FlattenedSign, importPKCS8, importX509, compactDecrypt, CompactEncrypt, decodeProtectedHeader } from 'jose';

const root = new URL('../../', import.meta.url).pathname;
const schemas = join(root, 'schemas');
const policy = readFileSync(join(root, 'docs', 'policy', 'mlat-signature-policy-1.md'));

// One ajv per release, as tests/interop/validate.mjs builds it.
const walk = (dir) => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const releases = {};
for (const version of readdirSync(schemas).filter((v) => /^\d+\.\d+$/.test(v) && existsSync(join(schemas, v, 'index.json')))) {
  const folder = join(schemas, version);
  const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'));
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv, { mode: 'full' });
  for (const path of walk(folder).filter((p) => p.endsWith('.schema.json'))) ajv.addSchema(JSON.parse(readFileSync(path, 'utf8')));
  const base = `https://w3id.org/mlat/schemas/${index.version}/`;
  releases[version] = { index, ajv, base };
}

const escape = (name) => String(name).replaceAll('~', '~0').replaceAll('/', '~1');
const pointerOf = (e) => {
  if (e.keyword === 'required') return `${e.instancePath}/${escape(e.params.missingProperty)}`;
  if (e.keyword === 'additionalProperties') return `${e.instancePath}/${escape(e.params.additionalProperty)}`;
  return e.instancePath;
};
const finding = (code, pointer) => ({ code, pointer, severity: 'ERROR' });

function validate(request) {
  let document;
  try {
    document = JSON.parse(Buffer.from(request.message, 'base64').toString('utf8'));
  } catch {
    return { valid: false, findings: [finding('MLAT-JSON-MALFORMED', '')] };
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return { valid: false, findings: [finding('MLAT-JSON-ROOT-NOT-OBJECT', '')] };
  const header = document.header;
  if (header === null || typeof header !== 'object' || Array.isArray(header) || typeof header.version !== 'string') {
    return { valid: false, findings: [finding('MLAT-VER-MISSING', '/header/version')] };
  }
  const release = releases[header.version];
  const findings = [];
  if (!release) findings.push(finding('MLAT-VER-UNSUPPORTED', '/header/version'));
  if (typeof header.messageType !== 'string') findings.push(finding('MLAT-TYPE-MISSING', '/header/messageType'));
  else if (release && !release.index.messageTypes[header.messageType]) findings.push(finding('MLAT-TYPE-UNKNOWN', '/header/messageType'));
  if (findings.length > 0) return { valid: false, findings };
  const check = release.ajv.getSchema(release.base + release.index.messageTypes[header.messageType]);
  const valid = check(document);
  const seen = new Set();
  for (const e of check.errors ?? []) {
    const f = finding(`schema.${e.keyword}`, pointerOf(e));
    const key = `${f.code} ${f.pointer}`;
    if (!seen.has(key)) { seen.add(key); findings.push(f); }
  }
  return { valid, findings };
}

const b64url = (buf) => Buffer.from(buf).toString('base64url');
const commitments = {
  ISSUING: 'http://uri.etsi.org/01903/v1.2.2#ProofOfOrigin',
  EXECUTING: 'http://uri.etsi.org/01903/v1.2.2#ProofOfReceipt',
  VALIDATING: 'http://uri.etsi.org/01903/v1.2.2#ProofOfApproval',
};

async function sign(request) {
  const message = JSON.parse(Buffer.from(request.message, 'base64').toString('utf8'));
  const x5c = request.chain.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)
    .map((pem) => Buffer.from(new X509Certificate(pem).raw).toString('base64'));
  const leaf = new X509Certificate(request.chain);
  const curve = leaf.publicKey.asymmetricKeyDetails?.namedCurve;
  const alg = { prime256v1: 'ES256', secp384r1: 'ES384', secp521r1: 'ES512' }[curve] ?? 'PS256';
  const { signatures, ...unsigned } = message;
  const header = {
    alg,
    typ: 'jose+json',
    x5c,
    'x5t#S256': b64url(createHash('sha256').update(Buffer.from(x5c[0], 'base64')).digest()),
    iat: Math.floor(Date.parse(request.signingTime) / 1000),
    b64: false,
    sigPId: {
      id: { id: 'urn:mlat:signature-policy:1' },
      digAlg: 'S256',
      digVal: b64url(createHash('sha256').update(policy).digest()),
      sigPQuals: [{ spURI: 'https://w3id.org/mlat/policy/mlat-signature-policy-1.md' }],
    },
    srCms: [{ commId: { id: commitments[request.role] } }],
    sigD: {
      mId: 'http://uri.etsi.org/19182/ObjectIdByURIHash',
      pars: ['urn:mlat:content'],
      hashM: 'S256',
      hashV: [b64url(createHash('sha256').update(Buffer.from(canonicalize(unsigned), 'utf8')).digest())],
    },
    crit: ['sigD', 'sigPId', 'srCms', 'b64'],
  };
  const key = await importPKCS8(request.key, alg);
  const jws = await new FlattenedSign(new Uint8Array(0)).setProtectedHeader(header)
    .sign(key, { crit: { sigD: true, sigPId: true, srCms: true } });
  const envelope = { ...unsigned, signatures: [...(signatures ?? []), { protected: jws.protected, signature: jws.signature }] };
  return { envelope: Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64') };
}

async function decrypt(request) {
  const { alg } = decodeProtectedHeader(request.jwe);
  const key = await importPKCS8(request.key, alg);
  const { plaintext } = await compactDecrypt(request.jwe, key, {
    keyManagementAlgorithms: ['ECDH-ES+A256KW', 'RSA-OAEP-256', 'RSA-OAEP'],
    contentEncryptionAlgorithms: ['A256GCM', 'A256CBC-HS512'],
  });
  return { plaintext: Buffer.from(plaintext).toString('base64') };
}

async function encrypt(request) {
  const alg = new X509Certificate(request.certificate).publicKey.asymmetricKeyType === 'ec' ? 'ECDH-ES+A256KW' : 'RSA-OAEP-256';
  const key = await importX509(request.certificate, alg);
  const jwe = await new CompactEncrypt(Buffer.from(request.message, 'base64'))
    .setProtectedHeader({ alg, enc: 'A256GCM', cty: 'vnd.mlat+json' })
    .encrypt(key);
  return { jwe };
}

const operations = { validate, sign, decrypt, encrypt };
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.length === 0) continue;
  let request;
  let answer;
  try {
    request = JSON.parse(line);
    if (request.op === 'hello') {
      answer = { protocol: 'mlat-conformance-adapter/1', product: 'node reference adapter (JSON.parse, ajv, jose)', operations: Object.keys(operations) };
    } else if (operations[request.op]) {
      answer = await operations[request.op](request);
    } else {
      answer = { error: `operation ${request.op} not offered` };
    }
  } catch (e) {
    answer = { error: `${e?.name ?? 'Error'}: ${e?.code ?? ''}` };
  }
  process.stdout.write(JSON.stringify({ id: request?.id ?? null, ...answer }) + '\n');
}
