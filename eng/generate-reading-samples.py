#!/usr/bin/env python3
"""Writes samples/reading/: the strict-reading and header cases of the conformance kit (specification §5.2-§5.4) as
raw files, bytes exactly as a wire would carry them (duplicate members, a byte order mark, invalid UTF-8 and lone
surrogates cannot be written by a JSON library), and samples/reading/manifest.json with the (code, pointer) each case
must give. Every case starts from samples/1.0/valid/StatusQuery/minimal.json and changes one thing.

The two cases that are too large to commit (a message one byte over the 16 MiB limit, 100 000 nested arrays) are
listed with "generate" instead of "file": the runner makes their bytes (ConformanceRunner, docs/conformance.md).

Usage: python3 eng/generate-reading-samples.py   (from the repository root; rewrites the folder)
"""
import json
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'samples')
OUT = os.path.join(ROOT, 'reading')
BASE = open(os.path.join(ROOT, '1.0', 'valid', 'StatusQuery', 'minimal.json'), 'rb').read()
assert BASE.count(b'"request": {') == 1

cases = []


def sub(old, new, source=BASE):
    assert source.count(old) == 1, old
    return source.replace(old, new)


def case(name, data, findings, description, valid=False):
    cases.append((name, data, findings, description, valid))


REQ = b'"request": {\n      "messageId": "5e2f1a30-9b8c-4d7e-a6f5-4e3d2c1b0a99"\n    }'
LANG = b'"language": "de"'

# Positive controls: a strict reader must accept these, so a product that refuses everything unusual fails.
case('escaped-member-name-valid', sub(b'"body": {', b'"\\u0062ody": {'), [],
     'The member name body written with an escape (\\u0062ody): after unescaping it is body, once. Valid.', True)
case('surrogate-pair-valid', sub(b'"name": "Staatsanwaltschaft Wien"', b'"name": "Staatsanwaltschaft Wien \\ud83d\\udcc4"'), [],
     'An escaped surrogate pair (U+1F4C4) in a string: a whole character, not a lone surrogate. Valid.', True)

# Duplicate members (RFC 7493 §2.3): rejected, never last-wins; pointer at the second occurrence.
case('duplicate-member-plain', sub(REQ, REQ + b',\n    ' + REQ),
     [('MLAT-JSON-DUPLICATE-MEMBER', '/body/request')],
     'body.request appears twice with the same spelling.')
case('duplicate-member-escaped', sub(REQ, REQ + b',\n    "\\u0072equest": {\n      "messageId": "00000000-0000-4000-8000-000000000000"\n    }'),
     [('MLAT-JSON-DUPLICATE-MEMBER', '/body/request')],
     'body.request appears twice, the second spelled \\u0072equest: the same name after unescaping, another value.')
case('duplicate-member-nested', sub(b'"messageId": "5e2f1a30-9b8c-4d7e-a6f5-4e3d2c1b0a99"\n    }',
                                    b'"messageId": "5e2f1a30-9b8c-4d7e-a6f5-4e3d2c1b0a99",\n      "messageId": "00000000-0000-4000-8000-000000000000"\n    }'),
     [('MLAT-JSON-DUPLICATE-MEMBER', '/body/request/messageId')],
     'body.request.messageId appears twice, with two values: two parsers could answer two different requests.')
case('duplicate-member-header', sub(b'"messageType": "StatusQuery",', b'"messageType": "StatusQuery",\n    "messageType": "CancellationNotice",'),
     [('MLAT-JSON-DUPLICATE-MEMBER', '/header/messageType')],
     'header.messageType appears twice with two types: a last-wins reader would choose another schema than a first-wins one.')
case('duplicate-member-header-name', sub(b'"role": "ISSUING"', b'"role": "ISSUING",\n      "\\u0072ole": "VALIDATING"'),
     [('MLAT-JSON-DUPLICATE-MEMBER', '/header/sender/role')],
     'header.sender.role appears twice, the second spelled with an escape and claiming another role.')

# Lone surrogates (RFC 7493 §2.1).
case('lone-surrogate-high', sub(b'"name": "Staatsanwaltschaft Wien"', b'"name": "Staatsanwaltschaft Wien \\ud83d"'),
     [('MLAT-JSON-LONE-SURROGATE', '/header/sender/name')],
     'A string ends in an escaped high surrogate without its low half.')
case('lone-surrogate-low', sub(b'"name": "Staatsanwaltschaft Wien"', b'"name": "\\udcc4 Staatsanwaltschaft Wien"'),
     [('MLAT-JSON-LONE-SURROGATE', '/header/sender/name')],
     'A string starts with an escaped low surrogate.')
case('lone-surrogate-array-element', sub(LANG, LANG + b',\n    "x": ["a", "b\\udc00c"]'),
     [('MLAT-JSON-LONE-SURROGATE', '/header/x/1')],
     'The second string of an array holds an escaped lone low surrogate. (A lone surrogate in a member name is refused too, but its pointer would have to name a member that UTF-8 text cannot spell, so the kit does not compare it.)')

# Invalid UTF-8 (RFC 3629, RFC 7493 §2.1) and the byte order mark (RFC 8259 §8.1).
case('invalid-utf8-byte', sub(b'Staatsanwaltschaft Wien"', b'Staatsanwaltschaft Wien \xff"'), [('MLAT-JSON-INVALID-UTF8', '')], 'A byte 0xFF, never valid in UTF-8, inside a string.')
case('invalid-utf8-truncated', sub(b'Staatsanwaltschaft Wien"', b'Staatsanwaltschaft Wien \xc3"'), [('MLAT-JSON-INVALID-UTF8', '')], 'A two-byte sequence cut after its lead byte 0xC3.')
case('invalid-utf8-overlong-slash', sub(b'Staatsanwaltschaft Wien"', b'Staatsanwaltschaft Wien \xc0\xaf"'), [('MLAT-JSON-INVALID-UTF8', '')], 'The overlong two-byte form C0 AF of "/".')
case('invalid-utf8-overlong-three-byte', sub(b'Staatsanwaltschaft Wien"', b'Staatsanwaltschaft Wien \xe0\x80\xaf"'), [('MLAT-JSON-INVALID-UTF8', '')], 'The overlong three-byte form E0 80 AF of "/".')
case('invalid-utf8-encoded-surrogate', sub(b'Staatsanwaltschaft Wien"', b'Staatsanwaltschaft Wien \xed\xa0\x80"'), [('MLAT-JSON-INVALID-UTF8', '')], 'U+D800 encoded as ED A0 80 (CESU-8): surrogates are not encodable in UTF-8.')
case('invalid-utf8-beyond-unicode', sub(b'Staatsanwaltschaft Wien"', b'Staatsanwaltschaft Wien \xf4\x90\x80\x80"'), [('MLAT-JSON-INVALID-UTF8', '')], 'F4 90 80 80, a code point above U+10FFFF.')
case('byte-order-mark', b'\xef\xbb\xbf' + BASE, [('MLAT-JSON-INVALID-UTF8', '')], 'The message starts with a UTF-8 byte order mark.')

# Numbers (RFC 7493 §2.2): integers within ±2^53, others finite doubles.
case('number-beyond-2-53', sub(LANG, LANG + b',\n    "x": 9007199254740993'),
     [('MLAT-JSON-NUMBER-OUT-OF-RANGE', '/header/x')], 'The integer 2^53 + 1.')
case('number-below-minus-2-53', sub(LANG, LANG + b',\n    "x": -9007199254740993'),
     [('MLAT-JSON-NUMBER-OUT-OF-RANGE', '/header/x')], 'The integer -(2^53 + 1).')
case('number-1e400', sub(LANG, LANG + b',\n    "x": 1e400'),
     [('MLAT-JSON-NUMBER-OUT-OF-RANGE', '/header/x')], '1e400, beyond the range of an IEEE 754 double.')
case('number-huge-integer', sub(REQ, REQ + b',\n    "x": [1, 123456789012345678901234567890]'),
     [('MLAT-JSON-NUMBER-OUT-OF-RANGE', '/body/x/1')], 'A 30-digit integer as the second element of an array.')

# Depth (specification §5.2): the root is depth 1, the limit 64.
case('too-deep-65', sub(REQ, REQ + b',\n    "x": ' + b'[' * 63 + b']' * 63),
     [('MLAT-JSON-TOO-DEEP', '/body/x' + '/0' * 62)],
     'Arrays nested to depth 65 (the root object is depth 1): one level beyond the default limit of 64.')
case('depth-64-reaches-the-schema', sub(REQ, REQ + b',\n    "x": ' + b'[' * 62 + b']' * 62),
     [('schema.additionalProperties', '/body/x')],
     'Arrays nested to depth 64, exactly the limit: reading passes and the schema refuses the extra member.')

# Syntax (RFC 8259).
case('malformed-trailing-comma', sub(LANG, LANG + b','), [('MLAT-JSON-MALFORMED', '/header/language')], 'A comma after the last member of header.')
case('malformed-comment', sub(b'"body": {', b'/* note */ "body": {'), [('MLAT-JSON-MALFORMED', '/header')], 'A comment before body; reading stops after header, the last member read.')
case('malformed-second-value', BASE + b'{}', [('MLAT-JSON-MALFORMED', '')], 'A second JSON value after the message.')
case('malformed-empty', b'', [('MLAT-JSON-MALFORMED', '')], 'No bytes at all.')

# Root and header (specification §5.4).
case('root-array', b'[' + BASE + b']', [('MLAT-JSON-ROOT-NOT-OBJECT', '')], 'The message inside an array.')
case('root-string', b'"StatusQuery"', [('MLAT-JSON-ROOT-NOT-OBJECT', '')], 'A JSON string instead of an object.')
case('header-missing', b'{"body": {"request": {"messageId": "5e2f1a30-9b8c-4d7e-a6f5-4e3d2c1b0a99"}}}',
     [('MLAT-VER-MISSING', '/header/version')], 'No header at all.')
case('header-not-object', BASE[:BASE.index(b'"header"')] + b'"header": "1.0",\n  ' + BASE[BASE.index(b'"body"'):],
     [('MLAT-VER-MISSING', '/header/version')], 'header is a string.')
case('version-not-string', sub(b'"version": "1.0"', b'"version": 1.0'), [('MLAT-VER-MISSING', '/header/version')], 'header.version is the number 1.0, not the string "1.0".')
case('version-unknown-minor', sub(b'"version": "1.0"', b'"version": "1.99"'), [('MLAT-VER-UNSUPPORTED', '/header/version')], 'header.version 1.99, a release this kit does not know.')
case('version-unknown-major', sub(b'"version": "1.0"', b'"version": "2.0"'), [('MLAT-VER-UNSUPPORTED', '/header/version')], 'header.version 2.0, another MAJOR.')
case('version-not-a-version', sub(b'"version": "1.0"', b'"version": "01.0"'), [('MLAT-VER-UNSUPPORTED', '/header/version')], 'header.version 01.0: a leading zero is not a version (specification §3.1).')
case('type-missing', sub(b'"messageType": "StatusQuery",\n', b''), [('MLAT-TYPE-MISSING', '/header/messageType')], 'No header.messageType.')
case('type-unknown', sub(b'"messageType": "StatusQuery"', b'"messageType": "StatusQuerry"'), [('MLAT-TYPE-UNKNOWN', '/header/messageType')], 'A message type that no release has.')
case('type-wrong-case', sub(b'"messageType": "StatusQuery"', b'"messageType": "statusquery"'), [('MLAT-TYPE-UNKNOWN', '/header/messageType')], 'Message types are case-sensitive.')
case('header-1x-other-shape', b'{\n  "header": {\n    "version": "1.9",\n    "messageType": "StatusQuery",\n    "id": {"message": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e", "conversation": "5e2f1a30-9b8c-4d7e-a6f5-4e3d2c1b0a99"},\n    "sender": "AT:StA-Wien",\n    "recipient": ["CZ:OSZ-Praha-1"],\n    "createdAt": 1799755200\n  },\n  "body": {\n    "request": "5e2f1a30-9b8c-4d7e-a6f5-4e3d2c1b0a99"\n  }\n}\n',
     [('MLAT-VER-UNSUPPORTED', '/header/version')],
     'A header of a release 1.9 this kit does not know, shaped differently from §2.2 (ids grouped, parties as strings, a numeric time): the version is read first and is the only finding; no schema of 1.0-1.2 is applied to it.')

GENERATED = [
    ('too-large', 'too-large', [('MLAT-JSON-TOO-LARGE', '')],
     'Generated by the runner: the message with spaces added before its final brace until it is 16 777 217 bytes, one byte over the default size limit (16 MiB).'),
    ('nested-100000', 'nested-100000', [('MLAT-JSON-TOO-DEEP', '/body/x' + '/0' * 62)],
     'Generated by the runner: 100 000 nested arrays as body.x. Reading stops at depth 65, so the cost is bounded.'),
]

for name in os.listdir(OUT) if os.path.isdir(OUT) else []:
    os.remove(os.path.join(OUT, name))
os.makedirs(OUT, exist_ok=True)
manifest = {
    'description': 'Strict-reading and header cases of the conformance kit (specification §5.2-§5.4): raw bytes as on the wire, one change each to samples/1.0/valid/StatusQuery/minimal.json. A case passes when the product\'s verdict is expectValid and its error findings are exactly expectedFindings (code, pointer; RFC 6901). Cases with "generate" instead of "file" are made by the runner (docs/conformance.md). Regenerate with: python3 eng/generate-reading-samples.py',
    'cases': [],
}
for name, data, findings, description, valid in cases:
    with open(os.path.join(OUT, name + '.json'), 'wb') as f:
        f.write(data)
    manifest['cases'].append({'id': 'reading/' + name, 'file': name + '.json', 'expectValid': valid,
                              'expectedFindings': [{'code': c, 'pointer': p} for c, p in findings], 'description': description})
for name, generator, findings, description in GENERATED:
    manifest['cases'].append({'id': 'reading/' + name, 'generate': generator, 'expectValid': False,
                              'expectedFindings': [{'code': c, 'pointer': p} for c, p in findings], 'description': description})
with open(os.path.join(OUT, 'manifest.json'), 'w', encoding='utf-8') as f:
    json.dump(manifest, f, indent=2, ensure_ascii=False)
    f.write('\n')
print(f"{len(manifest['cases'])} cases")
