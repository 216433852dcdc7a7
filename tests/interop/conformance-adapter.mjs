// Reference adapter of the conformance kit in another language (issue 18 point 4): a product an ordinary node vendor
// would write — JSON.parse, ajv over schemas/, jose, node:crypto — speaking mlat-conformance-adapter/1
// (docs/conformance.md) on standard input and output, one JSON request per line, one answer per line.
// It implements validate (header checks of specification §5.4, then the schema of the message's release with ajv,
// pointers normalised as the SDK's), verify (specification §7.8 and §7.9 written from the text, independently of the
// SDK: the protected header's form, X509Certificate for the chain to the trust list's anchors at iat, a small DER
// reader for organizationIdentifier, key usage and IssuerSerial, jose flattenedVerify with crit, canonicalize for the
// RFC 8785 content digest, the sigD, policy, role and recipient rules of the default policy of §7.10; no signature
// time-stamps, §7.11), sign (a JAdES baseline-B signature built by hand and signed with jose, covering the attachments
// it is given and, for a validating signature, signature 0), negotiate (specification §10.2, §10.4-§10.6 over the
// releases of schemas/), convert (§11 with the declarations of schemas/conversions, walking the document against the
// target release's schema files), decrypt and encrypt (jose). It applies no business rules.
// It reads messages as most programs do: Buffer#toString('utf8') (invalid UTF-8 silently replaced) and JSON.parse
// (duplicate members last-wins, lone surrogates kept, big numbers rounded, any depth). So it passes the schema,
// sender, signer, verifier, encryption and versioning levels, and fails exactly the strict-reading cases that
// JSON.parse cannot see — which is what the kit must tell apart. Usage: node conformance-adapter.mjs   (from anywhere; schemas are found beside tests/)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createHash, X509Certificate } from 'node:crypto';
import { createInterface } from 'node:readline';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import canonicalize from 'canonicalize';
import { FlattenedSign, flattenedVerify, importPKCS8, importX509, compactDecrypt, CompactEncrypt, decodeProtectedHeader } from 'jose';

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
  const files = {};
  for (const path of walk(folder).filter((p) => p.endsWith('.schema.json'))) {
    files[relative(folder, path).split(sep).join('/')] = JSON.parse(readFileSync(path, 'utf8'));
    ajv.addSchema(files[relative(folder, path).split(sep).join('/')]);
  }
  const base = `https://w3id.org/mlat/schemas/${index.version}/`;
  releases[version] = { index, ajv, base, files };
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
  const alg = request.alg ?? { prime256v1: 'ES256', secp384r1: 'ES384', secp521r1: 'ES512' }[curve] ?? 'PS256';
  const { signatures, ...unsigned } = message;
  // §7.3: the content first, then each attachment (cid:<id>), then, for a parallel approval signature, signature 0.
  const sha256 = (bytes) => b64url(createHash('sha256').update(bytes).digest());
  const pars = ['urn:mlat:content'];
  const hashV = [sha256(Buffer.from(canonicalize(unsigned), 'utf8'))];
  for (const [id, bytes] of Object.entries(request.attachments ?? {})) {
    pars.push(`cid:${id}`);
    hashV.push(sha256(Buffer.from(bytes, 'base64')));
  }
  if (request.role === 'VALIDATING') {
    const zero = signatures?.[0];
    if (!zero) throw new Error('a parallel approval signature needs signature 0 (specification §7.4)');
    pars.push('urn:mlat:signature:0');
    hashV.push(sha256(Buffer.from(`${zero.protected}.${zero.signature}`, 'ascii')));
  }
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
    sigD: { mId: 'http://uri.etsi.org/19182/ObjectIdByURIHash', pars, hashM: 'S256', hashV },
    crit: ['sigD', 'sigPId', 'srCms', 'b64'],
  };
  const key = await importPKCS8(request.key, alg);
  const jws = await new FlattenedSign(new Uint8Array(0)).setProtectedHeader(header)
    .sign(key, { crit: { sigD: true, sigPId: true, srCms: true } });
  // §7.4: append, copying the existing signatures unchanged.
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


// ---- verify: specification §7.8 (each signature, first failing check) and §7.9 (the envelope), written from the text.
// What JSON.parse cannot see of the envelope itself (duplicates, number spellings) stays invisible here, as in validate;
// the protected header, which §7.8 step 7 names, is checked for duplicate members by a small scanner of its own.

const b64urlStrict = (text) => {
  // RFC 4648 §5 without padding, and zero trailing bits (re-encoding gives the same text), not empty: §7.8 step 5.
  if (typeof text !== 'string' || !/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.length > 0 && bytes.toString('base64url') === text ? bytes : null;
};
const b64Strict = (text) => {
  // x5c and kid are standard base64 with padding (RFC 7515 §4.1.6).
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.length > 0 && bytes.toString('base64') === text ? bytes : null;
};
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

// True when some object of the JSON text names a member twice (after unescaping, RFC 8259 §4, I-JSON RFC 7493 §2.3).
// The text has already parsed with JSON.parse, so the scanner only follows strings, braces and brackets.
function hasDuplicateMember(text) {
  const stack = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top instanceof Set && expectKey) {
        const name = JSON.parse(text.slice(i, j + 1));
        if (top.has(name)) return true;
        top.add(name);
        expectKey = false;
      }
      i = j;
    } else if (c === '{') { stack.push(new Set()); expectKey = true; }
    else if (c === '[') { stack.push([]); }
    else if (c === '}' || c === ']') { stack.pop(); expectKey = false; }
    else if (c === ',') { expectKey = stack[stack.length - 1] instanceof Set; }
  }
  return false;
}

// A minimal DER reader for what node:crypto's X509Certificate does not expose: the issuer Name's bytes (kid), the
// subject's organizationIdentifier (specification §8.2), the key usage extension (RFC 5280 §4.2.1.3) and validity.
function tlv(buf, at) {
  const tag = buf[at];
  let len = buf[at + 1];
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    len = 0;
    for (let k = 0; k < n; k++) len = len * 256 + buf[start + k];
    start += n;
  }
  if (start + len > buf.length) throw new Error('DER');
  return { tag, start, end: start + len, at };
}
const children = (buf, node) => {
  const list = [];
  for (let at = node.start; at < node.end;) { const c = tlv(buf, at); list.push(c); at = c.end; }
  return list;
};
const derTime = (buf, node) => {
  const s = buf.subarray(node.start, node.end).toString('latin1');
  const full = node.tag === 0x17 ? (Number(s.slice(0, 2)) < 50 ? '20' : '19') + s : s; // UTCTime: RFC 5280 §4.1.2.5.1
  return Date.UTC(+full.slice(0, 4), +full.slice(4, 6) - 1, +full.slice(6, 8), +full.slice(8, 10), +full.slice(10, 12), +full.slice(12, 14)) / 1000;
};
function certificateParts(der) {
  const cert = tlv(der, 0);
  const tbs = children(der, cert)[0];
  const fields = children(der, tbs);
  const f = fields[0].tag === 0xa0 ? fields.slice(1) : fields;
  const [serial, , issuer, validity, subject] = f;
  const [notBefore, notAfter] = children(der, validity).map((t) => derTime(der, t));
  let organizationIdentifier = null;
  for (const rdn of children(der, subject)) {
    const atvs = children(der, rdn);
    if (atvs.length !== 1) continue;
    const [oid, value] = children(der, atvs[0]);
    if (der.subarray(oid.start, oid.end).equals(Buffer.from([0x55, 0x04, 0x61]))) {
      organizationIdentifier = der.subarray(value.start, value.end).toString('utf8');
    }
  }
  let keyUsage = null;
  const extensions = f.find((t) => t.tag === 0xa3);
  if (extensions) {
    for (const ext of children(der, children(der, extensions)[0])) {
      const parts = children(der, ext);
      if (der.subarray(parts[0].start, parts[0].end).equals(Buffer.from([0x55, 0x1d, 0x0f]))) {
        const bits = tlv(der, parts[parts.length - 1].start);
        keyUsage = der[bits.start + 1] ?? 0; // first octet after the unused-bits count: digitalSignature 0x80, nonRepudiation 0x40
      }
    }
  }
  return {
    issuer: der.subarray(issuer.at, issuer.end),
    serial: der.subarray(serial.at, serial.end),
    notBefore, notAfter, organizationIdentifier, keyUsage,
  };
}
// RFC 5035 IssuerSerial: SEQUENCE { GeneralNames { directoryName [4] Name }, serialNumber } (JAdES §5.1.4 kid).
const derSequence = (tag, content) => {
  const n = content.length;
  const len = n < 128 ? Buffer.from([n]) : n < 256 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, content]);
};
const issuerSerial = (parts) => derSequence(0x30, Buffer.concat([derSequence(0x30, derSequence(0xa4, parts.issuer)), parts.serial])).toString('base64');

const authorityPattern = /^[A-Z]{2}:[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/; // specification §8.2: CC:local-id
const accepted = ['ES256', 'ES384', 'ES512', 'PS256', 'PS384', 'PS512']; // §7.6, the default policy (no RS256)
const registered = new Set(['alg', 'typ', 'cty', 'kid', 'x5c', 'x5t', 'x5t#S256', 'iat', 'crit', 'jwk', 'jku', 'x5u', 'zip', 'enc']);
const understood = new Set(['sigD', 'sigPId', 'srCms', 'b64']);
const roles = {
  'http://uri.etsi.org/01903/v1.2.2#ProofOfOrigin': 'ISSUING',
  'http://uri.etsi.org/01903/v1.2.2#ProofOfApproval': 'VALIDATING',
  'http://uri.etsi.org/01903/v1.2.2#ProofOfReceipt': 'EXECUTING',
  'http://uri.etsi.org/01903/v1.2.2#ProofOfCreation': 'PUBLISHING',
};
const curves = { ES256: 'prime256v1', ES384: 'secp384r1', ES512: 'secp521r1' };
const hashes = { S256: ['sha256', 32], S384: ['sha384', 48], S512: ['sha512', 64] };
// §2.3 "sent by": the role signature 0 claims under the default role table of §7.10.
const requesting = new Set(['AssistanceRequest', 'SupplementaryRequest', 'AdditionalInformationResponse', 'StatusQuery', 'WithdrawalNotice',
  'PreservationOrder', 'ProductionOrder', 'PreservationExtension', 'SubsequentProductionConfirmation', 'InterceptionNotification', 'EvidenceReceipt']);
const requested = new Set(['AcknowledgementOfReceipt', 'ForwardingNotice', 'RequestForAdditionalInformation', 'RecognitionDecision', 'RefusalNotice',
  'PostponementNotice', 'StatusUpdate', 'ExecutionReport', 'EvidenceTransmission', 'ImpossibilityNotice', 'InterceptionObjection',
  'WithdrawalAcknowledgement', 'EnforcingAuthorityDecision', 'PreservationResponse']);
const SKEW = 300; // §7.10 defaults, in seconds
const MAX_AGE = 7 * 86400;
const MAX_SIGNING_DELAY = 86400;

// §7.8 steps 6-16: the protected header's own form. Returns { header } or { code }.
function readHeader(bytes) {
  let text;
  let header;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    header = JSON.parse(text);
  } catch {
    return { code: 'MLAT-SIG-HEADER-MALFORMED' };
  }
  // An escaped lone surrogate is not a character of any UTF-8 text (RFC 8259 §8.2, I-JSON RFC 7493 §2.1).
  const wellFormed = (v) => (typeof v === 'string' ? v.isWellFormed()
    : v !== null && typeof v === 'object' ? Object.entries(v).every(([k, x]) => k.isWellFormed() && wellFormed(x)) : true);
  if (!isObject(header) || !wellFormed(header)) {
    return { code: 'MLAT-SIG-HEADER-MALFORMED' };
  }
  if (hasDuplicateMember(text)) return { code: 'MLAT-SIG-HEADER-DUPLICATE-MEMBER' };
  const { alg } = header;
  if (typeof alg !== 'string') return { code: 'MLAT-SIG-ALG-NOT-ACCEPTED' };
  if (alg === 'none') return { code: 'MLAT-SIG-ALG-NONE' };
  if (/^HS(256|384|512)$/.test(alg)) return { code: 'MLAT-SIG-ALG-SYMMETRIC' };
  if (!accepted.includes(alg)) return { code: 'MLAT-SIG-ALG-NOT-ACCEPTED' };
  if (['jwk', 'jku', 'x5u'].some((m) => m in header)) return { code: 'MLAT-SIG-HEADER-KEY-REFERENCE' };
  const { crit } = header;
  if (!('crit' in header)) return { code: 'MLAT-SIG-CRIT-MISSING' };
  if (!Array.isArray(crit) || crit.length === 0) return { code: 'MLAT-SIG-CRIT-UNKNOWN' };
  const listed = new Set();
  for (const name of crit) {
    if (typeof name !== 'string' || !understood.has(name) || !(name in header) || listed.has(name)) return { code: 'MLAT-SIG-CRIT-UNKNOWN' };
    listed.add(name);
  }
  for (const name of Object.keys(header)) {
    if (!registered.has(name) && name !== 'sigPId' && name !== 'srCms' && !listed.has(name)) return { code: 'MLAT-SIG-CRIT-MISSING' };
  }
  const invalid = { code: 'MLAT-SIG-HEADER-INVALID' };
  if ('typ' in header && header.typ !== 'jose+json') return invalid;
  if (!('x5c' in header)) return invalid;
  const { x5c } = header;
  if (!Array.isArray(x5c) || x5c.length === 0 || x5c.length > 10) return { code: 'MLAT-SIG-X5C-INVALID' };
  const ders = [];
  for (const item of x5c) {
    const der = b64Strict(item);
    let cert;
    try { cert = der && new X509Certificate(der); } catch { cert = null; }
    if (!cert || !Buffer.from(cert.raw).equals(der)) return { code: 'MLAT-SIG-X5C-INVALID' };
    ders.push(der);
  }
  const thumbprint = b64urlStrict(header['x5t#S256']);
  if (!thumbprint || thumbprint.length !== 32) return invalid;
  if (!Number.isInteger(header.iat) || header.iat <= 0 || header.iat > 253402300799) return invalid;
  if ('b64' in header && typeof header.b64 !== 'boolean') return invalid;
  const policyCode = checkPolicy(header.sigPId);
  if (policyCode) return { code: policyCode };
  const { srCms } = header;
  const role = Array.isArray(srCms) && srCms.length === 1 && isObject(srCms[0]) && isObject(srCms[0].commId)
    && typeof srCms[0].commId.id === 'string' ? roles[srCms[0].commId.id] : undefined;
  if (!role) return invalid;
  const { sigD } = header;
  if (!isObject(sigD) || Object.keys(sigD).some((k) => !['mId', 'pars', 'hashM', 'hashV', 'ctys'].includes(k))
    || sigD.mId !== 'http://uri.etsi.org/19182/ObjectIdByURIHash' || !hashes[sigD.hashM]
    || !Array.isArray(sigD.pars) || !Array.isArray(sigD.hashV) || sigD.pars.length === 0 || sigD.pars.length > 1024
    || sigD.pars.length !== sigD.hashV.length) return invalid;
  const seen = new Set();
  for (const par of sigD.pars) {
    const known = par === 'urn:mlat:content' || par === 'urn:mlat:signature:0' || (typeof par === 'string' && par.startsWith('cid:') && par.length > 4);
    if (!known || seen.has(par)) return invalid;
    seen.add(par);
  }
  if (sigD.pars[0] !== 'urn:mlat:content') return invalid; // §7.3: the content is always pars[0]
  const digests = sigD.hashV.map(b64urlStrict);
  if (digests.some((d) => !d || d.length !== hashes[sigD.hashM][1])) return invalid;
  if ('kid' in header && typeof header.kid !== 'string') return invalid;
  return { header: { alg, ders, thumbprint, iat: header.iat, unencoded: header.b64 === false, role, hashM: sigD.hashM, pars: sigD.pars, digests, kid: header.kid } };
}

// §7.2 sigPId: the MLAT policy by id and by the digest of its document; S256, S384 or S512; digPSp absent or false.
function checkPolicy(sigPId) {
  const invalid = 'MLAT-SIG-HEADER-INVALID';
  if (!isObject(sigPId) || Object.keys(sigPId).some((k) => !['id', 'digAlg', 'digVal', 'digPSp', 'sigPQuals'].includes(k))) return invalid;
  const { id, digAlg, digVal, digPSp, sigPQuals } = sigPId;
  if (!isObject(id) || typeof id.id !== 'string' || typeof digAlg !== 'string' || !b64urlStrict(digVal)) return invalid;
  for (const [k, v] of Object.entries(id)) {
    const ok = k === 'id' || (k === 'desc' && typeof v === 'string')
      || (k === 'docRefs' && Array.isArray(v) && v.length > 0 && v.every((r) => typeof r === 'string'));
    if (!ok) return invalid;
  }
  if (digPSp !== undefined && digPSp !== false) return digPSp === true ? 'MLAT-SIG-POLICY-MISMATCH' : invalid;
  if (sigPQuals !== undefined && (!Array.isArray(sigPQuals) || sigPQuals.length === 0 || !sigPQuals.every((q) => isObject(q) && Object.keys(q).length === 1
    && (typeof q.spURI === 'string' || isObject(q.spUserNotice) || isObject(q.spDSpec))))) return invalid;
  if (!hashes[digAlg]) return invalid;
  return id.id === 'urn:mlat:signature-policy:1' && digVal === b64url(createHash(hashes[digAlg][0]).update(policy).digest())
    ? null : 'MLAT-SIG-POLICY-MISMATCH';
}

// §8.3: the chain from x5c to an anchor of the entry, every certificate valid at iat, each issuer a CA whose key
// verifies the certificate below it; no operating-system store, no fetching.
function chainsTo(leaf, extras, anchors, iat) {
  const validAt = (c) => { const p = certificateParts(Buffer.from(c.raw)); return p.notBefore <= iat && iat <= p.notAfter; };
  let current = leaf;
  for (let depth = 0; depth < 10; depth++) {
    const anchor = anchors.find((a) => current.checkIssued(a) && current.verify(a.publicKey));
    if (anchor) return validAt(anchor);
    if (anchors.some((a) => Buffer.from(a.raw).equals(Buffer.from(current.raw)))) return true;
    const next = extras.find((c) => c.ca && c !== current && current.checkIssued(c) && current.verify(c.publicKey) && validAt(c));
    if (!next) return false;
    current = next;
  }
  return false;
}

function readTrustList(bytes) {
  const list = JSON.parse(Buffer.from(bytes, 'base64').toString('utf8'));
  if (!isObject(list) || list.trustListVersion !== '1.0' || !Array.isArray(list.countries)) return null;
  return list.countries.map((c) => ({
    country: c.country,
    anchors: c.anchors.map((a) => new X509Certificate(Buffer.from(a, 'base64'))),
    authorities: c.authorities,
  }));
}

async function verifyOne(request, context, index) {
  const at = `/signatures/${index}`;
  const fail = (code, pointer = `${at}/protected`) => ({ finding: { code, pointer } });
  const element = context.signatures[index];
  const memberNames = isObject(element) ? Object.keys(element) : [];
  if (!isObject(element) || typeof element.protected !== 'string' || typeof element.signature !== 'string'
    || memberNames.some((m) => !['protected', 'signature', 'header'].includes(m))
    || ('header' in element && !(isObject(element.header) && Object.keys(element.header).length === 1 && Array.isArray(element.header.etsiU)))) {
    return fail('MLAT-SIG-MALFORMED', at);
  }
  if (element.protected.length > 64 * 1024 * 4 / 3 + 4) return fail('MLAT-SIG-HEADER-MALFORMED');
  const headerBytes = b64urlStrict(element.protected);
  if (!headerBytes) return fail('MLAT-SIG-BASE64URL');
  if (!b64urlStrict(element.signature)) return fail('MLAT-SIG-BASE64URL', `${at}/signature`);
  const read = readHeader(headerBytes);
  if (read.code) return fail(read.code);
  const h = read.header;
  for (const par of h.pars) if (par.startsWith('cid:')) context.named.add(par.slice(4));

  const leaf = new X509Certificate(h.ders[0]);
  const leafParts = certificateParts(h.ders[0]);
  if (!createHash('sha256').update(h.ders[0]).digest().equals(h.thumbprint)) return fail('MLAT-SIG-X5T-MISMATCH');
  if (h.kid !== undefined && h.kid !== issuerSerial(leafParts)) return fail('MLAT-SIG-KID-MISMATCH');
  const key = leaf.publicKey;
  const type = key.asymmetricKeyType;
  if (h.alg.startsWith('ES') ? type !== 'ec' || key.asymmetricKeyDetails.namedCurve !== curves[h.alg] : type !== 'rsa') return fail('MLAT-SIG-ALG-KEY-MISMATCH');
  if (type === 'rsa' && key.asymmetricKeyDetails.modulusLength < 2048) return fail('MLAT-SIG-KEY-TOO-SMALL');

  const authority = leafParts.organizationIdentifier;
  if (authority === null || !authorityPattern.test(authority)) return fail('MLAT-TRUST-AUTHORITY-MISSING');
  const entries = context.trust.flatMap((c) => c.authorities.filter((a) => a.authorityId === authority).map((a) => ({ country: c, authority: a })));
  if (entries.length === 0) return fail('MLAT-TRUST-AUTHORITY-UNKNOWN');
  if (h.iat < leafParts.notBefore || h.iat > leafParts.notAfter) return fail('MLAT-TRUST-CERT-NOT-VALID-AT-IAT');
  const extras = h.ders.slice(1).map((d) => new X509Certificate(d));
  const entry = entries.find((e) => chainsTo(leaf, extras, e.country.anchors, h.iat));
  if (!entry) return fail('MLAT-TRUST-CHAIN-UNTRUSTED');
  if (leaf.ca || (leafParts.keyUsage !== null && (leafParts.keyUsage & 0xc0) === 0)) return fail('MLAT-TRUST-KEY-USAGE');
  if (h.role !== 'PUBLISHING' && !entry.authority.roles.includes(h.role)) return fail('MLAT-TRUST-ROLE-NOT-ALLOWED');

  try {
    await flattenedVerify({ protected: element.protected, payload: '', signature: element.signature }, await importX509(leaf.toString(), h.alg), {
      algorithms: [h.alg],
      crit: { sigD: true, sigPId: true, srCms: true },
    });
  } catch {
    return fail('MLAT-SIG-INVALID', `${at}/signature`);
  }

  // §7.3: each digest over the object's octets ("b64": false) or over their base64url encoding (b64 absent or true).
  const [hash] = hashes[h.hashM];
  const digest = (bytes) => createHash(hash).update(h.unencoded ? bytes : Buffer.from(b64url(bytes), 'ascii')).digest();
  for (let p = 0; p < h.pars.length; p++) {
    const par = h.pars[p];
    if (par === 'urn:mlat:content') {
      if (!digest(context.canonical).equals(h.digests[p])) return fail('MLAT-SIG-CONTENT-DIGEST', '');
    } else if (par === 'urn:mlat:signature:0') {
      const zero = context.signatures[0];
      if (index === 0 || !isObject(zero) || typeof zero.protected !== 'string' || typeof zero.signature !== 'string'
        || !digest(Buffer.from(`${zero.protected}.${zero.signature}`, 'ascii')).equals(h.digests[p])) return fail('MLAT-SIG-COUNTERSIGNATURE-MISMATCH', '/signatures/0');
    } else {
      const bytes = request.attachments?.[par.slice(4)];
      if (typeof bytes !== 'string') return fail('MLAT-SIG-ATTACHMENT-MISSING');
      if (!digest(Buffer.from(bytes, 'base64')).equals(h.digests[p])) return fail('MLAT-SIG-ATTACHMENT-DIGEST');
    }
  }
  if (h.role === 'VALIDATING' && !h.pars.includes('urn:mlat:signature:0')) return fail('MLAT-SIG-COUNTERSIGNATURE-MISMATCH');

  // §7.8 steps 29-31, with the default policy of §7.10.
  if (h.iat > context.now + SKEW) return fail('MLAT-SIG-IAT-FUTURE');
  if (context.now - h.iat > MAX_AGE) return fail('MLAT-SIG-TOO-OLD');
  if (context.createdAt === null || h.iat < context.createdAt - SKEW || (index === 0 && h.iat > context.createdAt + MAX_SIGNING_DELAY)) {
    return fail('MLAT-SIG-CREATED-AT-MISMATCH', '/header/createdAt');
  }
  // §7.11 time-stamps are not implemented by this adapter: it does not claim a time-stamped signature verified.
  if ('header' in element) throw new Error('signature time-stamps (specification §7.11) are not implemented');
  return { signature: { index, role: h.role, authority, country: entry.country.country, cids: h.pars.filter((x) => x.startsWith('cid:')).map((x) => x.slice(4)) } };
}

async function verify(request) {
  const trust = readTrustList(request.trustList);
  if (!trust) return { verified: false, findings: [{ code: 'MLAT-TRUST-LIST-INVALID', pointer: '' }] };
  // Step 1: reading and header, as validate reads (JSON.parse: lenient).
  let envelope;
  try {
    envelope = JSON.parse(Buffer.from(request.envelope, 'base64').toString('utf8'));
  } catch {
    return { verified: false, findings: [{ code: 'MLAT-JSON-MALFORMED', pointer: '' }] };
  }
  if (!isObject(envelope)) return { verified: false, findings: [{ code: 'MLAT-JSON-ROOT-NOT-OBJECT', pointer: '' }] };
  const { header } = envelope;
  if (!isObject(header) || typeof header.version !== 'string') return { verified: false, findings: [{ code: 'MLAT-VER-MISSING', pointer: '/header/version' }] };
  const release = releases[header.version];
  const first = [];
  if (!release) first.push({ code: 'MLAT-VER-UNSUPPORTED', pointer: '/header/version' });
  if (typeof header.messageType !== 'string') first.push({ code: 'MLAT-TYPE-MISSING', pointer: '/header/messageType' });
  else if (release && !release.index.messageTypes[header.messageType]) first.push({ code: 'MLAT-TYPE-UNKNOWN', pointer: '/header/messageType' });
  if (first.length > 0) return { verified: false, findings: first };

  const findings = [];
  const { signatures, ...content } = envelope;
  if (signatures === undefined || (Array.isArray(signatures) && signatures.length === 0)) return { verified: false, findings: [{ code: 'MLAT-SIG-MISSING', pointer: '' }] };
  if (!Array.isArray(signatures) || signatures.length > 16) return { verified: false, findings: [{ code: 'MLAT-SIG-MALFORMED', pointer: '/signatures' }] };
  const created = typeof header.createdAt === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,7})?Z$/.test(header.createdAt) ? Date.parse(header.createdAt) / 1000 : NaN;
  const context = {
    signatures,
    trust,
    canonical: Buffer.from(canonicalize(content), 'utf8'),
    now: Date.parse(request.verifyAt) / 1000,
    createdAt: Number.isFinite(created) ? created : null,
    named: new Set(),
  };
  const verified = [];
  for (let i = 0; i < signatures.length; i++) {
    const outcome = await verifyOne(request, context, i);
    if (outcome.signature) verified.push(outcome.signature);
    else findings.push(outcome.finding);
  }

  // An attachment handed in that no signature even names is refused (covered by no valid signature).
  const handed = Object.keys(request.attachments ?? {});
  if (handed.some((id) => !context.named.has(id) && !verified.some((s) => s.cids.includes(id)))) findings.push({ code: 'MLAT-SIG-ATTACHMENT-NOT-COVERED', pointer: '/signatures' });
  // §7.4: a message is never signed in the publishing role.
  for (const s of verified.filter((x) => x.role === 'PUBLISHING')) findings.push({ code: 'MLAT-SIG-SENDER-ROLE', pointer: `/signatures/${s.index}` });
  // §7.9, in order: sender, roles, recipient (replay: every request is a new verifier, nothing was accepted before).
  const zero = verified.find((s) => s.index === 0);
  if (zero && zero.authority !== header.sender?.authorityId) findings.push({ code: 'MLAT-SIG-SENDER-MISMATCH', pointer: '/signatures/0' });
  if (zero && zero.role !== 'PUBLISHING') {
    const demanded = requesting.has(header.messageType) ? 'ISSUING' : requested.has(header.messageType) ? 'EXECUTING' : null;
    if ((demanded && zero.role !== demanded) || zero.role === 'VALIDATING') findings.push({ code: 'MLAT-SIG-SENDER-ROLE', pointer: '/signatures/0' });
  }
  if (zero) {
    // EIO art. 2(c)(ii): validation is by another judicial authority of the issuing State.
    for (const s of verified.filter((x) => x.role === 'VALIDATING')) {
      if (s.authority === zero.authority || s.country !== zero.country) findings.push({ code: 'MLAT-SIG-VALIDATOR-NOT-INDEPENDENT', pointer: `/signatures/${s.index}` });
    }
  }
  const required = [...(request.requiredRoles ?? [])];
  if (isObject(envelope.body) && isObject(envelope.body.validatingAuthority)) required.push('VALIDATING'); // §7.10 default role table
  for (const role of [...new Set(required)]) {
    if (!verified.some((s) => s.role === role)) findings.push({ code: 'MLAT-SIG-ROLE-MISSING', pointer: '/signatures' });
  }
  if (request.verifierAuthorityId != null && header.recipient?.authorityId !== request.verifierAuthorityId) {
    findings.push({ code: 'MLAT-SIG-RECIPIENT-MISMATCH', pointer: '/header/recipient/authorityId' });
  }
  return { verified: findings.length === 0, findings };
}

// ---- negotiate: specification §10.2 (reading capabilities leniently) and §10.4-§10.6, with the reason names of
// docs/versioning.md. Versions are compared numerically (§3.1); the releases this adapter knows are those of schemas/.
const versionPattern = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
const parseVersion = (text) => (typeof text === 'string' && versionPattern.test(text) ? text.split('.').map(Number) : null);
const compare = (a, b) => a[0] - b[0] || a[1] - b[1];
const text = (v) => v.join('.');

// §10.2: strict where leniency could widen the choice, lenient elsewhere; an ignored entry is simply not offered.
function readCapabilities(document) {
  if (!isObject(document)) return { code: 'MLAT-VER-CAPABILITIES-INVALID' };
  if (!isObject(document.party) || typeof document.party.authorityId !== 'string') return { code: 'MLAT-VER-CAPABILITIES-INVALID' };
  if (!Array.isArray(document.versions)) return { code: 'MLAT-VER-CAPABILITIES-INVALID' };
  const seen = new Set();
  const versions = [];
  for (const entry of document.versions) {
    const version = isObject(entry) ? parseVersion(entry.version) : null;
    if (!version || !['ACTIVE', 'DEPRECATED', 'PREVIEW'].includes(entry.status) || seen.has(text(version))) continue;
    seen.add(text(version));
    const types = (list) => (Array.isArray(list) ? list.filter((t) => typeof t === 'string') : []);
    versions.push({ version, status: entry.status, sunset: typeof entry.sunset === 'string' ? entry.sunset : null, send: types(entry.send), receive: types(entry.receive) });
  }
  return {
    versions,
    minimum: parseVersion(document.minimumVersion),
    previewOptIn: document.previewOptIn === true,
    extensions: Array.isArray(document.extensions) ? document.extensions : [],
  };
}

const knownRelease = (version) => releases[text(version)];
const hasType = (version, type) => Boolean(knownRelease(version)?.index.messageTypes[type]);

function negotiate(request) {
  const sender = readCapabilities(request.sender);
  const receiver = readCapabilities(request.receiver);
  const invalid = sender.code ?? receiver.code;
  if (invalid) return { version: null, convertFrom: null, code: invalid, reasons: [] };
  const type = request.messageType;
  const reasons = [];
  const codes = [];
  // §10.5: every must-understand extension must be listed by the receiver.
  for (const extension of request.mustUnderstand ?? []) {
    if (!receiver.extensions.includes(extension)) {
      reasons.push('EXTENSION_MISSING');
      codes.push('MLAT-EXT-UNSUPPORTED');
    }
  }
  // §10.4 step 1: a claim to handle the type in a known release that has no such type is ignored.
  const offered = (doc, side) => doc.versions.filter((e) => e[side].includes(type) && (!knownRelease(e.version) || hasType(e.version, type)));
  const senderAll = offered(sender, 'send');
  const receiverAll = offered(receiver, 'receive');
  // §10.4 step 4: the sender can down-convert to w from a higher minor of the same major that it writes, when it
  // knows both releases and w has the type.
  const downFrom = (writes, w) => (knownRelease(w) && hasType(w, type)
    ? writes.filter((v) => v[0] === w[0] && compare(v, w) > 0 && knownRelease(v)).sort(compare)[0] ?? null : null);
  const has = (list, v) => list.some((x) => compare(x, v) === 0);
  let chosen = null;
  let convertFrom = null;
  const conversation = parseVersion(request.conversationVersion);
  if (conversation) {
    // §10.6: a reply stays on the request's version when the sender can write it and the receiver receives it.
    const s = senderAll.map((e) => e.version);
    const r = receiverAll.map((e) => e.version);
    const from = has(s, conversation) ? null : downFrom(s, conversation);
    if (has(r, conversation) && (has(s, conversation) || from)) {
      chosen = conversation;
      convertFrom = from;
      reasons.push('REPLY_STAYS_ON_REQUEST_VERSION');
    }
  } else {
    // §10.4 step 2: previews unless both opt in, deprecated versions past their sunset, versions below either minimum.
    const previewAllowed = sender.previewOptIn && receiver.previewOptIn;
    const minimum = [sender.minimum, receiver.minimum].filter(Boolean).sort(compare).pop() ?? null;
    const today = request.today;
    const filter = (entries) => entries.filter((e) => {
      if (e.status === 'PREVIEW' && !previewAllowed) { reasons.push('PREVIEW_EXCLUDED'); return false; }
      if (minimum && compare(e.version, minimum) < 0) { reasons.push('BELOW_MINIMUM'); return false; }
      if (e.status === 'DEPRECATED' && e.sunset !== null && e.sunset < today) { reasons.push('SUNSET_PASSED'); return false; }
      return true;
    });
    const s = filter(senderAll);
    const r = filter(receiverAll);
    const sv = s.map((e) => e.version);
    const common = r.map((e) => e.version).filter((v) => has(sv, v)).sort(compare);
    if (common.length > 0) {
      chosen = common[common.length - 1]; // step 3: the highest; preferredVersion does not override it
      reasons.push('HIGHEST_COMMON');
    } else {
      const rescue = r.map((e) => e.version).filter((w) => (!minimum || compare(w, minimum) >= 0) && downFrom(sv, w)).sort(compare).pop();
      if (rescue) {
        chosen = rescue;
        convertFrom = downFrom(sv, rescue);
        reasons.push('DOWN_CONVERSION');
      }
    }
    // §10.4 step 6: a chosen version deprecated on either side is reported.
    if (chosen && [s, r].some((list) => list.some((e) => compare(e.version, chosen) === 0 && e.status === 'DEPRECATED'))) reasons.push('DEPRECATED');
  }
  if (!chosen) {
    reasons.push('NO_COMMON_VERSION');
    codes.push('MLAT-VER-NO-COMMON');
  }
  const ok = codes.length === 0;
  return {
    version: ok ? text(chosen) : null,
    convertFrom: ok && convertFrom ? text(convertFrom) : null,
    code: ok ? null : [...new Set(codes)].join(','),
    reasons,
  };
}

// ---- convert: specification §11, with the declarations of schemas/conversions. The document is walked in its own
// member order against the target release's schema; every change is reported as it is made.
const conversions = {};
for (const file of readdirSync(join(schemas, 'conversions')).filter((f) => f.endsWith('.json'))) {
  const declaration = JSON.parse(readFileSync(join(schemas, 'conversions', file), 'utf8'));
  conversions[`${declaration.from}->${declaration.to}`] = declaration;
}
const escapeSegment = (name) => String(name).replaceAll('~', '~0').replaceAll('/', '~1');
const unescapeSegment = (segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~');

// A schema location: the file, the node, and its name "file#/pointer" (a definition, or an inline schema under one).
function target(release, fromFile, reference) {
  const [filePart, pointer = ''] = reference.split('#');
  const parts = fromFile.split('/').slice(0, -1);
  for (const segment of filePart ? filePart.split('/') : []) {
    if (segment === '..') parts.pop(); else if (segment !== '.') parts.push(segment);
  }
  const file = filePart ? parts.join('/') : fromFile;
  let node = release.files[file];
  for (const segment of pointer.split('/').filter(Boolean)) node = node?.[unescapeSegment(segment)];
  return node ? { file, node, name: `${file}#${pointer}` } : null;
}
function resolve(release, schema) {
  let current = schema;
  for (let hops = 0; current.node.$ref; hops++) {
    if (hops > 32) throw new Error('$ref loop');
    current = target(release, current.file, current.node.$ref);
  }
  return current;
}
const inner = (schema, node, suffix) => ({ file: schema.file, node, name: schema.name === null ? null : schema.name + suffix });

function down(document, from, to, changes, findings) {
  const step = `${from}->${to}`;
  const declaration = conversions[step];
  const release = releases[to];
  const type = document.header.messageType;
  if (!declaration || !release) { findings.push({ code: 'MLAT-CONV-LOSSY', pointer: '/header/version' }); return; }
  if (declaration.messageTypesAdded.includes(type) || !release.index.messageTypes[type]) {
    findings.push({ code: 'MLAT-CONV-LOSSY', pointer: '/header/messageType' }); // §11.3 step 1
    return;
  }
  for (const pattern of declaration.rejectOnDowngrade ?? []) { // §11.3 step 2
    const hits = (node, segments, pointer) => {
      if (node === undefined || node === null) return [];
      if (segments.length === 0) return [pointer];
      const [head, ...rest] = segments;
      if (head === '*' && Array.isArray(node)) return node.flatMap((x, i) => hits(x, rest, `${pointer}/${i}`));
      return typeof node === 'object' && head in node ? hits(node[head], rest, `${pointer}/${escapeSegment(head)}`) : [];
    };
    for (const hit of hits(document, pattern.split('/').slice(1).map(unescapeSegment), '')) findings.push({ code: 'MLAT-CONV-LOSSY', pointer: hit });
  }
  document.header.version = to;
  changes.push({ kind: 'VERSION_CHANGED', step, pointer: '/header/version', extensionKey: null, original: null, fallback: null });
  const prefix = `mlat.v${from}:`;
  const parked = [];
  const fallbackOf = (schema, value) => (schema.name !== null ? declaration.enumFallbacks[schema.name]?.[value] : undefined);
  const visit = (value, schemaRef, pointer, replace) => {
    const schema = resolve(release, schemaRef);
    const node = schema.node;
    if (isObject(value) && isObject(node.properties)) {
      for (const name of Object.keys(value)) {
        const memberPointer = `${pointer}/${escapeSegment(name)}`;
        if (isObject(node.properties[name])) {
          visit(value[name], inner(schema, node.properties[name], `/properties/${escapeSegment(name)}`), memberPointer, (v) => { value[name] = v; });
        } else {
          // §11.3 step 3: a member the target does not define is parked.
          parked.push([prefix + memberPointer, value[name]]);
          delete value[name];
          changes.push({ kind: 'MEMBER_PARKED', step, pointer: memberPointer, extensionKey: prefix + memberPointer, original: null, fallback: null });
        }
      }
    } else if (Array.isArray(value) && isObject(node.items)) {
      const items = resolve(release, inner(schema, node.items, '/items'));
      const strings = Array.isArray(items.node.enum) && value.every((v) => typeof v === 'string');
      const mapped = strings ? value.map((v) => (items.node.enum.includes(v) ? v : fallbackOf(items, v))) : null;
      if (strings && node.uniqueItems === true && mapped.every((m) => m !== undefined) && new Set(mapped).size !== mapped.length) {
        // §11.3 step 5: fallbacks that collide would break uniqueItems; the array is parked whole.
        parked.push([prefix + pointer, [...value]]);
        changes.push({ kind: 'ARRAY_PARKED', step, pointer, extensionKey: prefix + pointer, original: null, fallback: null });
        value.forEach((v, i) => { if (v !== mapped[i]) changes.push({ kind: 'ENUM_MAPPED', step, pointer: `${pointer}/${i}`, extensionKey: prefix + pointer, original: v, fallback: mapped[i] }); });
        replace([...new Set(mapped)]);
      } else {
        value.forEach((v, i) => visit(v, inner(schema, node.items, '/items'), `${pointer}/${i}`, (x) => { value[i] = x; }));
      }
    } else if (typeof value === 'string' && Array.isArray(node.enum) && !node.enum.includes(value)) {
      // §11.3 step 4: an enum value the target lacks takes its declared fallback; the original is parked.
      const fallback = fallbackOf(schema, value);
      if (fallback === undefined) { findings.push({ code: 'MLAT-CONV-LOSSY', pointer }); return; }
      parked.push([prefix + pointer, value]);
      changes.push({ kind: 'ENUM_MAPPED', step, pointer, extensionKey: prefix + pointer, original: value, fallback });
      replace(fallback);
    }
  };
  const root = { file: release.index.messageTypes[type], node: release.files[release.index.messageTypes[type]], name: null };
  visit(document.header, target(release, root.file, '#/properties/header'), '/header', (v) => { document.header = v; });
  visit(document.body, target(release, root.file, '#/properties/body'), '/body', (v) => { document.body = v; });
  if (findings.length > 0 || parked.length === 0) return;
  document.extensions ??= {};
  for (const [key, value] of parked) {
    // §11.3 step 6: a parking key already present fails.
    if (key in document.extensions) findings.push({ code: 'MLAT-CONV-LOSSY', pointer: `/extensions/${escapeSegment(key)}` });
    else document.extensions[key] = value;
  }
}

function up(document, from, to, changes) {
  const step = `${from}->${to}`;
  document.header.version = to;
  changes.push({ kind: 'VERSION_CHANGED', step, pointer: '/header/version', extensionKey: null, original: null, fallback: null });
  if (!isObject(document.extensions)) return;
  const prefix = `mlat.v${to}:`;
  for (const key of Object.keys(document.extensions).filter((k) => k.startsWith(prefix))) {
    // §11.2: what a down-conversion parked for this version goes back in place.
    const segments = key.slice(prefix.length).split('/');
    let parent = document;
    for (const segment of segments.slice(1, -1)) parent = parent?.[unescapeSegment(segment)];
    const last = unescapeSegment(segments[segments.length - 1]);
    if (segments[0] !== '' || segments.length < 2 || parent === null || typeof parent !== 'object' || (Array.isArray(parent) && !(Number(last) < parent.length))) continue;
    if (!Array.isArray(parent)) delete parent[last];
    parent[last] = document.extensions[key];
    delete document.extensions[key];
    changes.push({ kind: 'RESTORED', step, pointer: key.slice(prefix.length), extensionKey: key, original: null, fallback: null });
  }
  if (Object.keys(document.extensions).length === 0) delete document.extensions;
}

function convert(request) {
  const fail = (findings, path = [], changes = []) => ({ success: false, path, changes, findings, output: null });
  // §11.4: the input must be structurally valid in its version.
  const input = validate({ message: request.message });
  if (!input.valid) return fail(input.findings.map(({ code, pointer }) => ({ code, pointer })));
  const document = JSON.parse(Buffer.from(request.message, 'base64').toString('utf8'));
  const from = parseVersion(document.header.version);
  const to = parseVersion(request.to);
  if (!to || !releases[request.to]) throw new Error('unknown target version');
  if (from[0] !== to[0]) return fail([{ code: 'MLAT-CONV-LOSSY', pointer: '/header/version' }]);
  const [low, high] = [from, to].sort(compare);
  const path = Object.keys(releases).map(parseVersion).filter((v) => v[0] === from[0] && compare(v, low) >= 0 && compare(v, high) <= 0).sort(compare);
  if (compare(to, from) < 0) path.reverse();
  const names = path.map(text);
  const changes = [];
  const findings = [];
  if (path.length > 1 && 'signatures' in document) {
    // §11.5: no signature survives conversion.
    delete document.signatures;
    changes.push({ kind: 'SIGNATURES_REMOVED', step: `${text(from)}->${text(to)}`, pointer: '/signatures', extensionKey: null, original: null, fallback: null });
  }
  for (let i = 1; i < path.length && findings.length === 0; i++) {
    if (compare(path[i], path[i - 1]) > 0) up(document, names[i - 1], names[i], changes);
    else down(document, names[i - 1], names[i], changes, findings);
  }
  if (findings.length > 0) return fail(findings, names, changes);
  const output = path.length > 1 ? Buffer.from(JSON.stringify(document), 'utf8').toString('base64') : request.message;
  // §11.4: the output is validated against the target before it is used.
  const check = validate({ message: output });
  if (!check.valid) return fail(check.findings.map((f) => ({ code: 'MLAT-CONV-TARGET-INVALID', pointer: f.pointer })), names, changes);
  return { success: true, path: names, changes, findings: [], output };
}

const operations = { validate, verify, negotiate, convert, sign, decrypt, encrypt };
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
