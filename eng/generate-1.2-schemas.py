#!/usr/bin/env python3
"""Writes schemas/1.2 as release 1.1 plus the 1.2 additions (a MINOR release: optional members, new definitions, new
message types, enum values with a declared fallback in schemas/conversions/1.2-to-1.1.json). Run from anywhere, then
`node eng/update-schema-index.mjs schemas/1.2` and `python3 eng/generate-rules-json.py 1.2`. Generating from 1.1 keeps
every later fix of a 1.1 description in 1.2; CompatibilityCheckerTests prove that 1.1 -> 1.2 breaks nothing and the
portable-profile linter test checks the result. Each addition names its legal source in its description."""
import json, os, copy, shutil
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
SRC, DST = 'schemas/1.1', 'schemas/1.2'

files = {}
for root, _, names in os.walk(SRC):
    for n in names:
        if n.endswith('.json') and n not in ('index.json', 'rules.json'):  # rules.json: eng/generate-rules-json.py
            p = os.path.relpath(os.path.join(root, n), SRC).replace(os.sep, '/')
            files[p] = json.load(open(os.path.join(root, n), encoding='utf-8'))
for p, d in files.items():
    if isinstance(d, dict) and isinstance(d.get('$id'), str):
        d['$id'] = d['$id'].replace('/schemas/1.1/', '/schemas/1.2/')

codes = files['common/codes.schema.json']['definitions']
types = files['common/types.schema.json']['definitions']
env = files['envelope.schema.json']['definitions']
fallbacks = {}
rejected = {}

REFNOTE = 'Members defined by reference (a $ref carries no description of its own): '


def member(defn, name, schema, desc, required=False, after=None):
    """Adds a member; a $ref member's description goes into the definition's 'Members defined by reference' list."""
    props = defn['properties']
    schema = copy.deepcopy(schema)
    if '$ref' in schema:
        d = defn['description']
        defn['description'] = d + (' | ' if REFNOTE in d else ' ' + REFNOTE) + f'{name}: {desc}'
    else:
        schema = {k: v for k, v in schema.items() if k != 'description'}
        schema = dict([('type', schema.pop('type'))] if 'type' in schema else []) | {'description': desc} | schema
    if after is None:
        props[name] = schema
    else:
        items = list(props.items())
        i = [k for k, _ in items].index(after) + 1
        items.insert(i, (name, schema))
        props.clear()
        props.update(items)
    if required:
        defn.setdefault('required', []).append(name)


def obj(desc, members, required=()):
    d = {'type': 'object', 'description': desc, 'required': list(required), 'additionalProperties': False, 'properties': {}}
    for name, schema, mdesc in members:
        member(d, name, schema, mdesc)
    if not d['required']:
        del d['required']
    return d


def enum(desc, values):
    return {'type': 'string', 'description': desc, 'enum': list(values)}


def add_values(defn, location, values, description_add=None):
    """Appends enum values (after the existing ones, so C# numeric values stay) with their 1.1 fallback."""
    for value, fallback in values:
        assert value not in defn['enum'], value
        defn['enum'].append(value)
        if fallback is not None:
            fallbacks.setdefault(location, {})[value] = fallback
        else:  # no value of the earlier release can stand for it: declared, and converting down fails
            rejected.setdefault(location, []).append(value)
    if description_add:
        defn['description'] = defn['description'].rstrip() + ' ' + description_add


def arr(items, unique=False, min1=True):
    a = {'type': 'array'}
    if min1:
        a['minItems'] = 1
    if unique:
        a['uniqueItems'] = True
    a['items'] = items
    return a


def ref(t):
    return {'$ref': t}


S = lambda mx=300, **kw: {'type': 'string', 'minLength': 1, 'maxLength': mx, **kw}
B = {'type': 'boolean'}
# reference prefixes as seen from each folder
T, C, E = '#/definitions/', 'codes.schema.json#/definitions/', '../envelope.schema.json#/definitions/'
MT, MC, ME = '../common/types.schema.json#/definitions/', '../common/codes.schema.json#/definitions/', '../envelope.schema.json#/definitions/'
ET, EC = 'common/types.schema.json#/definitions/', 'common/codes.schema.json#/definitions/'
CODES, TYPES, ENV = 'common/codes.schema.json#/definitions/', 'common/types.schema.json#/definitions/', 'envelope.schema.json#/definitions/'

# ---------------------------------------------------------------- 8. Languages: ISO 639-3 beside ISO 639-1
ISO6393 = [
    ('ckb', 'Central Kurdish (Sorani)'), ('kmr', 'Northern Kurdish (Kurmanji)'), ('sdh', 'Southern Kurdish'),
    ('rom', 'Romany (macrolanguage)'), ('rmy', 'Vlax Romani'), ('rmn', 'Balkan Romani'), ('rmc', 'Carpathian Romani'),
    ('prs', 'Dari'), ('haz', 'Hazaragi'), ('pbt', 'Southern Pashto'), ('pbu', 'Northern Pashto'),
    ('yue', 'Cantonese'), ('cmn', 'Mandarin Chinese'), ('arz', 'Egyptian Arabic'), ('apc', 'Levantine Arabic'),
    ('ary', 'Moroccan Arabic'), ('arq', 'Algerian Arabic'), ('aeb', 'Tunisian Arabic'), ('acm', 'Mesopotamian Arabic'),
    ('apd', 'Sudanese Arabic'), ('tig', 'Tigre'), ('syl', 'Sylheti'), ('pnb', 'Western Panjabi'), ('skr', 'Saraiki'),
]
codes['Iso6393Code'] = enum(
    'ISO 639-3 code of a language variety that an ISO 639-1 code cannot name, for interpreters and persons heard '
    '(EIO art. 24(5)(e) and Directive 2010/64/EU art. 2: interpretation into a language the person understands; '
    'UNTOC art. 18(18)). Used beside LanguageCode, never instead of it: ' +
    '; '.join(f'{c} — {n}' for c, n in ISO6393) + '.', [c for c, _ in ISO6393])

# ---------------------------------------------------------------- 5. Legal bases in daily use
add_values(codes['InstrumentCode'], CODES + 'InstrumentCode', [
    ('EU_MLA_CONVENTION_2000', 'ETS_030'), ('EU_MLA_PROTOCOL_2001', 'ETS_030'), ('CISA', 'BILATERAL'),
    ('ETS_099', 'ETS_030'), ('VIENNA_1988', 'BILATERAL'), ('EU_US_MLA_AGREEMENT', 'BILATERAL'),
    ('EU_JAPAN_MLA_AGREEMENT', 'BILATERAL'), ('EU_UK_TCA', 'BILATERAL'), ('RECIPROCITY', 'NATIONAL'),
], 'Since 1.2: EU_MLA_CONVENTION_2000 — Convention of 29 May 2000 on Mutual Assistance in Criminal Matters between the '
   'Member States of the EU (OJ C 197, 12.7.2000); EU_MLA_PROTOCOL_2001 — its Protocol of 16 October 2001 (bank '
   'accounts and operations, OJ C 326, 21.11.2001); CISA — Convention implementing the Schengen Agreement, arts 48–53; '
   'ETS_099 — Additional Protocol to ETS 030 (1978); VIENNA_1988 — UN Convention against Illicit Traffic in Narcotic '
   'Drugs and Psychotropic Substances, art. 7; EU_US_MLA_AGREEMENT — Agreement on mutual legal assistance between the '
   'EU and the USA (OJ L 181, 19.7.2003); EU_JAPAN_MLA_AGREEMENT — Agreement between the EU and Japan on mutual legal '
   'assistance in criminal matters (OJ L 39, 12.2.2010); EU_UK_TCA — EU–UK Trade and Cooperation Agreement, part three '
   'title VIII (mutual assistance); RECIPROCITY — assistance granted on the assurance of reciprocity under national law.')
add_values(codes['Profile'], CODES + 'Profile', [
    ('CETS224_ART8', 'CETS224_ART7'), ('CETS224_ART9', 'CETS224_ART7'), ('MLA_EU_2000', 'MLA_ETS030'),
], 'Since 1.2: CETS224_ART8 — request to give effect to an order for expedited production of subscriber information '
   'and traffic data (Second Additional Protocol to the Budapest Convention, CETS 224, art. 8); CETS224_ART9 — '
   'expedited disclosure of stored computer data in an emergency (CETS 224 art. 9); MLA_EU_2000 — a request under the '
   'EU MLA Convention 2000 and its 2001 Protocol where the EIO Directive does not apply (Directive 2014/41/EU art. 34).')

# ---------------------------------------------------------------- 7. Measures
add_values(codes['MeasureType'], CODES + 'MeasureType', [
    ('GPS_TRACKING', 'OTHER_ASSISTANCE'), ('ACOUSTIC_SURVEILLANCE', 'OTHER_ASSISTANCE'),
], 'Since 1.2: GPS_TRACKING — tracking the location of a person or object by technical means (EIO art. 28(1); '
   'annex A section H7); ACOUSTIC_SURVEILLANCE — recording of conversations in private premises or vehicles (EIO '
   'art. 28(1); annex A section H7). COVERT_INVESTIGATION remains the measure of EIO art. 29.')
add_values(codes['DataIdentifierType'], CODES + 'DataIdentifierType', [
    ('ICCID', 'OTHER'), ('MAC_ADDRESS', 'OTHER'),
], 'Since 1.2: ICCID — SIM card serial number, ITU-T E.118, 19 or 20 digits; MAC_ADDRESS — IEEE 802 hardware '
   'address, six hexadecimal octets separated by colons or hyphens. The syntax of IMEI (15 digits with Luhn check), '
   'IMSI (14–15 digits), PHONE_E164 (ITU-T E.164), IPV4, IPV6 and EMAIL values is checked by rule MLAT-R-0101 '
   '(Regulation (EU) 2023/1543 annex I section F).')
SUBCATS = [
    ('SUBSCRIBER_NAME', 'name of the subscriber', 'art. 3(9)(a)'),
    ('SUBSCRIBER_DATE_OF_BIRTH', 'date of birth', 'art. 3(9)(a)'),
    ('SUBSCRIBER_ADDRESS', 'postal or geographic address', 'art. 3(9)(a)'),
    ('SUBSCRIBER_BILLING_AND_PAYMENT', 'billing and payment data', 'art. 3(9)(a)'),
    ('SUBSCRIBER_PHONE_NUMBER', 'telephone number', 'art. 3(9)(a)'),
    ('SUBSCRIBER_EMAIL_ADDRESS', 'e-mail address', 'art. 3(9)(a)'),
    ('SUBSCRIBER_SERVICE_TYPE_AND_DURATION', 'type of service and its duration, including technical data at the initial registration or activation', 'art. 3(9)(b)'),
    ('USER_IDENTIFICATION_IP_AND_PORT', 'IP address and, where necessary, source port and time stamp, with the session in which it was used', 'art. 3(10)'),
    ('TRAFFIC_SOURCE_AND_DESTINATION', 'source and destination of a message or interaction', 'art. 3(11)'),
    ('TRAFFIC_DATE_TIME_DURATION', 'date, time, duration, size and type of the communication', 'art. 3(11)'),
    ('TRAFFIC_LOCATION', 'location of the device', 'art. 3(11)'),
    ('TRAFFIC_PROTOCOL', 'protocol used and type of compression', 'art. 3(11)'),
    ('CONTENT_STORED', 'stored content: text, voice, videos, images and sound', 'art. 3(12)'),
]
codes['DataSubcategory'] = enum(
    'Sub-option of a data category ticked in the EPOC (Regulation (EU) 2023/1543 annex I section F; definitions in '
    'art. 3(9)–(12)); passwords and other authentication means are never subscriber data (art. 3(9)). ' +
    '; '.join(f'{v} — {d} ({a})' for v, d, a in SUBCATS) + '.', [v for v, _, _ in SUBCATS])

# ---------------------------------------------------------------- 1. Routing
codes['TransmissionRoute'] = enum(
    'The channel a message travels through: CENTRAL_AUTHORITY — between central authorities (UNTOC art. 18(13); UNCAC '
    'art. 46(13)); DIRECT_JUDICIAL — directly between judicial authorities (EU MLA Convention 2000 art. 6(1); CISA '
    'art. 53(1); ETS 099 / ETS 182 art. 4); DIPLOMATIC — through diplomatic channels (UNTOC art. 18(13); ETS 030 art. 15); '
    'INTERPOL — through the International Criminal Police Organization, in urgent cases (UNTOC art. 18(13)–(14); ETS 030 '
    'art. 15(5)); NETWORK_24_7 — through the 24/7 network of contact points (Budapest Convention art. 35; CETS 224 art. 9).',
    ['CENTRAL_AUTHORITY', 'DIRECT_JUDICIAL', 'DIPLOMATIC', 'INTERPOL', 'NETWORK_24_7'])

# ---------------------------------------------------------------- 6. Handling and data protection
codes['SpecialityCondition'] = enum(
    'A coded condition on the use of information or evidence: PROCEEDINGS_STATED_ONLY — only for the proceedings '
    'stated in the request (UNTOC art. 18(19); UNCAC art. 46(19); EU MLA Convention 2000 art. 23(1)); '
    'NO_ONWARD_TRANSFER — no transfer to a third State or international organisation without prior consent '
    '(Directive (EU) 2016/680 art. 35(1)(e)); CONFIDENTIAL_USE — keep confidential except to the extent needed for the '
    'proceedings (UNTOC art. 18(20)); RETURN_AFTER_USE — return the objects, documents or data once no longer needed '
    '(ETS 030 art. 6(2); Directive 2014/41/EU art. 13(4)); ERASE_AFTER_PURPOSE — erase once the purpose is achieved or '
    'by the date given (Directive (EU) 2016/680 art. 5); CONSENT_REQUIRED_FOR_OTHER_USE — any other use needs the prior '
    'consent of the transmitting State (UNTOC art. 18(19); EU MLA Convention 2000 art. 23(1)(c)).',
    ['PROCEEDINGS_STATED_ONLY', 'NO_ONWARD_TRANSFER', 'CONFIDENTIAL_USE', 'RETURN_AFTER_USE', 'ERASE_AFTER_PURPOSE', 'CONSENT_REQUIRED_FOR_OTHER_USE'])

add_values(types['ConfidentialityLevel'], TYPES + 'ConfidentialityLevel', [('COVERT', 'CONFIDENTIAL')],
           'Since 1.2: COVERT — the existence of the request or measure itself must not become known outside the '
           'authorities handling it (Directive 2014/41/EU art. 19(1)–(2) and art. 29; UNTOC art. 18(20)).')
member(types['Confidentiality'], 'specialityConditions',
       arr({'$ref': C + 'SpecialityCondition'}, unique=True),
       'Coded conditions on the use of the information or evidence, beside the free text of useLimitations (UNTOC art. 18(19); EU MLA Convention 2000 art. 23). Since 1.2.')
types['HandlingMarking'] = obj(
    'How a message must be handled by every authority that reads it (Directive 2014/41/EU art. 19; UNTOC art. 18(20); '
    'Directive (EU) 2016/680 art. 29: security of processing). Since 1.2.',
    [('level', ref(T + 'ConfidentialityLevel'), 'Confidentiality level, COVERT included.'),
     ('needToKnow', B, 'Whether the content may be shown only to the persons handling the case (Directive (EU) 2016/680 art. 29(2)(b): access control).')],
    ['level'])
types['DataProtectionConditions'] = obj(
    'Conditions the transmitting authority attaches to personal data it transmits (Directive (EU) 2016/680 art. 9(3): '
    'specific processing conditions, which the recipient must be told of and respect; art. 5: time limits for erasure '
    'or review; EU MLA Convention 2000 art. 23). Since 1.2.',
    [('specialityConditions', arr({'$ref': C + 'SpecialityCondition'}, unique=True), 'Coded conditions on use (UNTOC art. 18(19); EU MLA Convention 2000 art. 23).'),
     ('processingConditions', ref(T + 'MultilingualText'), 'Specific processing conditions under the law of the transmitting State (Directive (EU) 2016/680 art. 9(3)).'),
     ('retainUntil', ref(T + 'Date'), 'Date until which the data may be kept, after which they are erased or reviewed (Directive (EU) 2016/680 art. 5).'),
     ('eraseBy', ref(T + 'Date'), 'Date by which the data must be erased (Directive (EU) 2016/680 art. 5 and 16(2)).'),
     ('consentForOtherUseRequired', B, 'Whether any use beyond the proceedings stated needs the prior consent of the transmitting State, to be asked for with a Consultation of topic CONSENT_TO_OTHER_USE (UNTOC art. 18(19); EU MLA Convention 2000 art. 23(1)(c)).')])
types['ProtectionCategory'] = enum(
    'Why a person needs protection, so that receiving systems restrict and mark the person\'s data: VICTIM — a victim of '
    'the offence (Directive 2012/29/EU art. 21; UNTOC art. 25); MINOR — a person under 18 (Directive (EU) 2016/800 '
    'art. 3; Directive 2012/29/EU art. 24); PROTECTED_WITNESS — a witness under a protection programme or measure (UNTOC '
    'art. 24; UNCAC art. 32); COOPERATING_PERSON — a person cooperating with law enforcement (UNTOC art. 26; UNCAC art. 37). '
    'Since 1.2.', ['VICTIM', 'MINOR', 'PROTECTED_WITNESS', 'COOPERATING_PERSON'])
np = types['NaturalPerson']
del np['properties']['familyNames']['minItems']
np['properties']['familyNames']['description'] += ' Since 1.2 the list may be empty when the family name is not known (identityUnknown) or the person has a single name (givenNames); rule MLAT-R-0102 checks it.'
member(np, 'identityUnknown', B, 'True for a person whose identity is not known (an unknown suspect), described by identifyingDescription instead of an invented name (EIO annex A section E: "if known"; UNTOC art. 18(15)(e): "where possible"). Since 1.2.')
member(np, 'identifyingDescription', ref(T + 'MultilingualText'), 'What is known of a person whose identity is unknown: appearance, nickname, role in the facts (EIO annex A section E(i)). Since 1.2.')
member(np, 'protection', arr({'$ref': T + 'ProtectionCategory'}, unique=True), 'Protection categories of the person (Directive 2012/29/EU arts 21 and 24; UNTOC arts 24–26; Directive (EU) 2016/680 art. 6). Since 1.2.')
member(np, 'languagesUnderstoodIso6393', arr({'$ref': C + 'Iso6393Code'}, unique=True), 'Language varieties the person understands that ISO 639-1 cannot name, beside languagesUnderstood (EIO art. 24(5)(e); Directive 2010/64/EU art. 2). Since 1.2.')

# ---------------------------------------------------------------- 4. Deadlines you can point at
add_values(types['DeadlineKind'], TYPES + 'DeadlineKind', [
    ('EPOC_PRODUCTION_10_DAYS', 'PRODUCTION'), ('EPOC_EMERGENCY_8_HOURS', 'PRODUCTION'),
    ('ENFORCING_REVIEW_10_DAYS', 'CUSTOM'), ('ENFORCING_REVIEW_96_HOURS', 'CUSTOM'), ('EX_POST_VALIDATION_48_HOURS', 'CUSTOM'),
], 'Since 1.2: EPOC_PRODUCTION_10_DAYS — the addressee transmits the data within 10 days of receipt of the EPOC '
   '(Regulation (EU) 2023/1543 art. 10(2)); EPOC_EMERGENCY_8_HOURS — within 8 hours in an emergency (art. 10(4)); '
   'ENFORCING_REVIEW_10_DAYS — the enforcing authority may raise grounds for refusal within 10 days of receipt of the '
   'notification (art. 12(1)); ENFORCING_REVIEW_96_HOURS — within 96 hours in an emergency (art. 12(1)); '
   'EX_POST_VALIDATION_48_HOURS — validation sought ex post without undue delay, at the latest within 48 hours, for an '
   'emergency order issued without prior validation (art. 4(5)).')
types['DeadlineOrigin'] = enum(
    'Where a time limit comes from: STATUTORY — set by the instrument (for example EIO art. 12(3)–(4); Regulation (EU) '
    '2023/1543 art. 10); REQUESTED — asked for by the issuing or requesting side (EIO art. 12(2); UNTOC art. 18(24)); '
    'AGREED — agreed between the authorities in consultation (EIO art. 12(6); UNTOC art. 18(26)). Since 1.2.',
    ['STATUTORY', 'REQUESTED', 'AGREED'])
types['DeadlineStartEvent'] = enum(
    'The event from which a time limit runs: RECEIPT — receipt of the request or order by the authority or addressee '
    '(EIO art. 12(3); Regulation (EU) 2023/1543 art. 10(2) and (4)); RECOGNITION_DECISION — the decision on recognition '
    '(EIO art. 12(4)); NOTIFICATION — receipt of the notification by the enforcing authority (Regulation (EU) 2023/1543 '
    'art. 12(1)); ISSUE — issue of the order (Regulation (EU) 2023/1543 art. 4(5)); FIXED_DATE — a date set without '
    'reference to an event (EIO art. 12(2)). Since 1.2.',
    ['RECEIPT', 'RECOGNITION_DECISION', 'NOTIFICATION', 'ISSUE', 'FIXED_DATE'])
dl = types['Deadline']
member(dl, 'id', ref(T + 'LocalId'), 'Identifier of the deadline inside the message thread, so that a delay or a postponement names the deadlines it moves (deadlineRefs). Since 1.2.')
member(dl, 'measureRefs', arr({'$ref': T + 'LocalId'}, unique=True), 'Ids of the measures or data requests the deadline covers; absent means the whole request (EIO art. 12(2): time limits per measure). Since 1.2.')
member(dl, 'startEvent', ref(T + 'DeadlineStartEvent'), 'The event from which the time limit runs. Since 1.2.')
member(dl, 'origin', ref(T + 'DeadlineOrigin'), 'Whether the time limit is statutory, requested or agreed. Since 1.2.')

# ---------------------------------------------------------------- 5. Dual criminality, LegalReference.state
member(types['LegalReference'], 'state', ref(C + 'CountryCode'), 'The State whose law the provision belongs to, for NATIONAL references and for the executing State\'s provision in a dual-criminality statement (EIO annex A section G(2); ETS 030 art. 14(2)). Since 1.2.')
types['DualCriminalityAssessment'] = enum(
    'What the issuing or requesting side states about dual criminality: PUNISHABLE_IN_BOTH_STATES — the conduct is an '
    'offence under the law of both States (ETS 030 art. 5(1)(a); UNTOC art. 18(9); Regulation (EU) 2023/1543 art. '
    '12(1)(d)); LISTED_OFFENCE — an offence of EIO annex D or Regulation (EU) 2023/1543 annex IV punishable by at least '
    'three years, for which dual criminality is not verified (EIO art. 11(1)(g)); NON_COERCIVE_MEASURE — the measure is '
    'one for which dual criminality cannot be required (EIO art. 10(2) and 11(2); UNTOC art. 18(9) second sentence); '
    'NOT_REQUIRED_BY_INSTRUMENT — the applicable instrument does not require it (UNCAC art. 46(9)(b)); NOT_ESTABLISHED '
    '— the issuing side could not establish it. Since 1.2.',
    ['PUNISHABLE_IN_BOTH_STATES', 'LISTED_OFFENCE', 'NON_COERCIVE_MEASURE', 'NOT_REQUIRED_BY_INSTRUMENT', 'NOT_ESTABLISHED'])
types['DualCriminalityStatement'] = obj(
    'A statement on dual criminality for an offence (Directive 2014/41/EU art. 11(1)(g) and 11(2); UNTOC art. 18(9); '
    'UNCAC art. 46(9); ETS 030 art. 5(1)(a); Regulation (EU) 2023/1543 art. 12(1)(d)). Since 1.2.',
    [('assessment', ref(T + 'DualCriminalityAssessment'), 'What is stated about dual criminality.'),
     ('executingStateProvisions', arr({'$ref': T + 'LegalReference'}), 'The provisions of the executing or requested State\'s law under which the conduct is an offence, each naming its state.'),
     ('explanation', ref(T + 'MultilingualText'), 'Further explanation.')],
    ['assessment'])
member(types['Offence'], 'dualCriminality', ref(T + 'DualCriminalityStatement'), 'Statement on dual criminality for the offence (EIO art. 11(1)(g); UNTOC art. 18(9); ETS 030 art. 5(1)(a)). Since 1.2.')
member(types['Proceedings'], 'additionalTypes', arr({'$ref': T + 'ProceedingsType'}, unique=True), 'Further types of proceedings ticked beside type, where EIO annex A section F allows more than one box (Directive 2014/41/EU art. 4). Since 1.2.')

# ---------------------------------------------------------------- 7. Penalties that are fines, assets, hearings, service
types['MonetaryAmount'] = obj(
    'An amount of money in a currency, written exactly (UNCAC arts 31 and 55; UNTOC arts 12–13; Directive 2014/41/EU '
    'annex A section G(3)). Since 1.2.',
    [('amount', {'type': 'string', 'minLength': 1, 'maxLength': 21, 'pattern': '^(0|[1-9][0-9]{0,15})(\\.[0-9]{1,4})?$', 'examples': ['12500.00']}, 'Amount as a decimal string of digits with an optional fraction of up to four digits (no sign, no exponent, no thousands separator), so that it is read exactly in every language.'),
     ('currency', {'type': 'string', 'minLength': 3, 'maxLength': 3, 'pattern': '^[A-Z]{3}$', 'examples': ['EUR']}, 'ISO 4217 alphabetic currency code.')],
    ['amount', 'currency'])
member(types['Penalty'], 'maximumFine', ref(T + 'MonetaryAmount'), 'Maximum fine, for an offence punishable by a fine (type FINE; maximum is then P0D, no custodial term) or by a fine beside custody (EIO annex A section G(3); Directive 2014/41/EU art. 4(b)–(c)). Since 1.2.')
types['AssetKind'] = enum(
    'Kind of property to be frozen, seized or recovered (UNCAC art. 2(d) and 31; UNTOC art. 2(d) and 12; Regulation (EU) '
    '2018/1805 annex I section D): BANK_ACCOUNT, REAL_ESTATE, VEHICLE, VESSEL_OR_AIRCRAFT, SECURITIES, CRYPTO_ASSETS, '
    'CASH, BUSINESS_INTEREST, OTHER. Since 1.2.',
    ['BANK_ACCOUNT', 'REAL_ESTATE', 'VEHICLE', 'VESSEL_OR_AIRCRAFT', 'SECURITIES', 'CRYPTO_ASSETS', 'CASH', 'BUSINESS_INTEREST', 'OTHER'])
types['Asset'] = obj(
    'One item of property to be frozen or recovered, with its value (Directive 2014/41/EU art. 32 and annex A section '
    'H3; UNCAC arts 31, 54 and 55(1)–(2); UNTOC art. 13; EU MLA Protocol 2001 arts 1–3 for bank accounts). Since 1.2.',
    [('id', ref(T + 'LocalId'), 'Identifier of the asset inside the message thread.'),
     ('kind', ref(T + 'AssetKind'), 'Kind of property.'),
     ('description', ref(T + 'MultilingualText'), 'Description of the property and where it is.'),
     ('estimatedValue', ref(T + 'MonetaryAmount'), 'Estimated value of the property (UNCAC art. 55(2)).'),
     ('account', ref(T + 'FinancialAccount'), 'The account, when kind is BANK_ACCOUNT.'),
     ('location', ref(T + 'Address'), 'Where the property is.'),
     ('holderRef', ref(T + 'LocalId'), 'Id of the person or legal person holding the property.')],
    ['id', 'kind'])
member(types['ProvisionalMeasureDetails'], 'assets', arr({'$ref': T + 'Asset'}), 'The property to be frozen or secured, item by item with values and currencies (EIO art. 32; UNCAC art. 54(2); UNTOC art. 13). Since 1.2.')
types['InterpreterArrangement'] = enum(
    'Who provides the interpreter at a hearing: ISSUING_STATE, EXECUTING_STATE, or NOT_NEEDED (Directive 2014/41/EU art. '
    '24(5)(e) and 25; EU MLA Convention 2000 art. 10(5)(d)). Since 1.2.', ['ISSUING_STATE', 'EXECUTING_STATE', 'NOT_NEEDED'])
rh = types['RemoteHearingDetails']
member(rh, 'scheduledAt', ref(E + 'Instant'), 'Date and time of the hearing, in UTC (Directive 2014/41/EU art. 24(4); EU MLA Convention 2000 art. 10(4)). Since 1.2.')
member(rh, 'timeZone', S(64, pattern='^[A-Za-z]+(/[A-Za-z0-9_+-]+)*$', examples=['Europe/Berlin']), 'IANA time zone of the place of the hearing, for the local time shown to the person heard. Since 1.2.')
member(rh, 'technicalArrangements', ref(T + 'MultilingualText'), 'Technical arrangements: platform, connection test, contact for the link (Directive 2014/41/EU art. 24(4); EU MLA Convention 2000 art. 10(4)). Since 1.2.')
member(rh, 'interpreter', ref(T + 'InterpreterArrangement'), 'Who provides the interpreter (Directive 2014/41/EU art. 24(5)(e)). Since 1.2.')
member(rh, 'interpreterLanguagesIso6393', arr({'$ref': C + 'Iso6393Code'}, unique=True), 'Language varieties for which interpretation is needed that ISO 639-1 cannot name, beside interpreterLanguages (Directive 2014/41/EU art. 24(5)(e)). Since 1.2.')
member(types['ServiceOfDocumentsDetails'], 'proofOfServiceRequested', B, 'Whether proof of service is requested: a receipt dated and signed by the person served or a declaration of the form and date of service (ETS 030 art. 7(2); EU MLA Convention 2000 art. 5(3)). Since 1.2.')
member(types['DataRequest'], 'subcategories', arr({'$ref': C + 'DataSubcategory'}, unique=True), 'Sub-options of the data categories ticked (Regulation (EU) 2023/1543 annex I section F). Since 1.2.')
member(types['EvidenceItem'], 'dataProtection', ref(T + 'DataProtectionConditions'), 'Conditions on the processing of the personal data in the item (Directive (EU) 2016/680 art. 9(3)). Since 1.2.')

# ---------------------------------------------------------------- 1./2. Envelope: roles, route, copies, references, contact, handling
party = env['Party']
add_values(party['properties']['role'], ENV + 'Party/properties/role', [
    ('SERVICE_PROVIDER', 'EXECUTING'), ('ENFORCING_AUTHORITY', 'RECEIVING'), ('NOTIFIED_STATE', 'RECEIVING'),
])
party['properties']['role']['description'] += (' Since 1.2: SERVICE_PROVIDER — the designated establishment or legal '
    'representative addressed by an order (Regulation (EU) 2023/1543 art. 7; Directive (EU) 2023/1544); '
    'ENFORCING_AUTHORITY — the authority of the enforcing State (Regulation (EU) 2023/1543 arts 8, 10 and 12); '
    'NOTIFIED_STATE — a State notified of an interception or order on its territory (Directive 2014/41/EU art. 31; '
    'annex C).')
member(party, 'establishmentType', ref(ET + 'EstablishmentType'), 'For a SERVICE_PROVIDER: whether it acts as designated establishment or legal representative (Regulation (EU) 2023/1543 art. 7; Directive (EU) 2023/1544 art. 3). Since 1.2.')
hd = env['Header']
hd['properties']['version']['enum'] = ['1.2']
hd['properties']['messageType']['enum'] += ['ClosureNotice', 'WithdrawalAcknowledgement', 'EvidenceReceipt', 'EnforcingAuthorityDecision']
member(hd, 'route', ref(EC + 'TransmissionRoute'), 'The channel the message travels through (UNTOC art. 18(13)–(14); UNCAC art. 46(13)–(14); ETS 030 art. 15; EU MLA Convention 2000 art. 6). Since 1.2.')
member(hd, 'copies', arr(ref('#/definitions/Party')), 'Other authorities that receive a copy for information, each with its role (for example the enforcing authority copied on an impossibility notice, Regulation (EU) 2023/1543 art. 10(5)–(6) and annex III). A copy is information only: signatures and encryption stay addressed to the one recipient, and each copy is sent as its own envelope. Since 1.2.')
member(hd, 'advanceCopy', B, 'True when the message is an advance copy sent by rapid means in an urgent case, to be confirmed by a later message (UNTOC art. 18(14); UNCAC art. 46(14); ETS 030 art. 15(2)). Since 1.2.')
member(hd, 'confirmsAdvanceCopy', ref('#/definitions/Uuid'), 'messageId of the advance copy this message confirms formally (UNTOC art. 18(14): oral or rapid requests confirmed in writing forthwith). Since 1.2.')
member(hd, 'ourReference', S(300), 'The sender\'s file reference ("our reference"), on every message including replies (Directive 2014/41/EU annex B section A; annex A section D). Since 1.2.')
member(hd, 'yourReference', S(300), 'The recipient\'s file reference, when known ("your reference"). Since 1.2.')
member(hd, 'contact', ref(ET + 'ContactPoint'), 'The named person handling the message on the sender\'s side: name, function, phone, e-mail, languages (Directive 2014/41/EU annex A section K and annex B section B; UNTOC art. 18(15)(a)). Since 1.2.')
member(hd, 'handling', ref(ET + 'HandlingMarking'), 'How the message must be handled: confidentiality level including COVERT, need to know (Directive 2014/41/EU art. 19; UNTOC art. 18(20)). Since 1.2.')

# ---------------------------------------------------------------- message changes
def msg(name):
    return files[f'messages/{name}.schema.json']['definitions']

su = msg('StatusUpdate')
su['RequestPhase'] = enum(
    'Where the request stands as a whole, independent of per-measure outcomes: RECEIVED — received, not yet assigned '
    '(Directive 2014/41/EU art. 16(1)); ASSIGNED — assigned to the competent authority (EIO art. 7(6); annex B section '
    'C); IN_RECOGNITION — decision on recognition pending (EIO art. 12(3)); IN_EXECUTION — being executed (EIO art. '
    '12(4); UNTOC art. 18(24)); AWAITING_INFORMATION — waiting for information asked of the issuing side (EIO art. '
    '16(2)(a); UNTOC art. 18(16)); POSTPONED — postponed (EIO art. 15; UNTOC art. 18(25)); COMPLETED — execution '
    'completed, evidence transferred or being transferred (EIO art. 13); CLOSED — the file is closed (see '
    'ClosureNotice). Since 1.2.',
    ['RECEIVED', 'ASSIGNED', 'IN_RECOGNITION', 'IN_EXECUTION', 'AWAITING_INFORMATION', 'POSTPONED', 'COMPLETED', 'CLOSED'])
body = su['StatusUpdate']
member(body, 'phase', ref('#/definitions/RequestPhase'), 'Phase of the request as a whole; a status that has no measure outcome yet (RECEIVED, ASSIGNED) sends outcomes as an empty list (UNTOC art. 18(24); EIO art. 16). Since 1.2.', after='asOf')
del body['properties']['outcomes']['minItems']
body['properties']['outcomes']['description'] += ' Since 1.2 the list may be empty when phase is given and no measure has an outcome yet; rule MLAT-R-0103 checks it.'
member(su['Delay'], 'deadlineRefs', arr({'$ref': MT + 'LocalId'}, unique=True), 'Ids of the deadlines the delay moves (Deadline.id). Since 1.2.')
member(msg('PostponementNotice')['PostponementNotice'], 'deadlineRefs', arr({'$ref': MT + 'LocalId'}, unique=True), 'Ids of the deadlines the postponement moves (Deadline.id; EIO art. 15; UNTOC art. 18(25)). Since 1.2.')

cons = msg('Consultation')
topic = cons['Consultation']['properties']['topic']
add_values(topic, 'messages/Consultation.schema.json#/definitions/Consultation/properties/topic', [('CONSENT_TO_OTHER_USE', 'CONDITIONS')])
topic['description'] += ' Since 1.2: CONSENT_TO_OTHER_USE — a request for consent to use information or evidence for other proceedings or purposes, answered by answers (UNTOC art. 18(19); EU MLA Convention 2000 art. 23(1)(c); Directive (EU) 2016/680 art. 9(3)).'
cons['ProposalAnswerKind'] = enum(
    'The answer to a proposal: ACCEPT, REJECT, or COUNTER_PROPOSAL (with counterProposal) (Directive 2014/41/EU art. '
    '21(2); UNTOC art. 18(26)). Since 1.2.', ['ACCEPT', 'REJECT', 'COUNTER_PROPOSAL'])
cons['ProposalAnswer'] = obj(
    'The answer to one proposal of an earlier Consultation, by the proposal\'s id (Directive 2014/41/EU art. 21(2); '
    'UNTOC art. 18(26)). Since 1.2.',
    [('consultationId', ref(ME + 'Uuid'), 'messageId of the Consultation that made the proposal.'),
     ('proposalRef', ref(MT + 'LocalId'), 'Id of the proposal answered.'),
     ('answer', ref('#/definitions/ProposalAnswerKind'), 'The answer.'),
     ('counterProposal', ref(MT + 'MultilingualText'), 'What is proposed instead, with COUNTER_PROPOSAL.'),
     ('reason', ref(MT + 'MultilingualText'), 'Why the proposal is rejected or countered.')],
    ['consultationId', 'proposalRef', 'answer'])
member(cons['Consultation'], 'answers', arr({'$ref': '#/definitions/ProposalAnswer'}), 'Answers to proposals of earlier Consultation messages, by id (Directive 2014/41/EU art. 21(2); UNTOC art. 18(26)). Since 1.2.')

po = msg('ProductionOrder')
po['NotificationExemption'] = enum(
    'Why the enforcing authority is not notified: OFFENCE_AND_PERSON_IN_ISSUING_STATE — the issuing authority has '
    'reasonable grounds to believe that the offence has been, is being or is likely to be committed in the issuing State '
    'and that the person whose data are sought resides there (Regulation (EU) 2023/1543 art. 8(2)); NOT_TRAFFIC_OR_CONTENT '
    '— the order seeks subscriber data or data requested for the sole purpose of identifying the user only (art. 8(1)). '
    'Since 1.2.', ['OFFENCE_AND_PERSON_IN_ISSUING_STATE', 'NOT_TRAFFIC_OR_CONTENT'])
member(po['EnforcingAuthorityNotification'], 'exemption', ref('#/definitions/NotificationExemption'), 'When notified is false: the reason notification is not required (Regulation (EU) 2023/1543 art. 8(1)–(2)). Since 1.2.')
member(msg('EvidenceTransmission')['EvidenceTransmission'], 'dataProtection', ref(MT + 'DataProtectionConditions'), 'Conditions on the processing of the personal data transmitted, for every item (Directive (EU) 2016/680 art. 9(3); UNTOC art. 18(19)). Since 1.2.')

# ---------------------------------------------------------------- 3. New message types
def message_file(name, title_desc, definitions):
    files[f'messages/{name}.schema.json'] = {
        '$schema': 'http://json-schema.org/draft-07/schema#',
        '$id': f'https://w3id.org/mlat/schemas/1.2/messages/{name}.schema.json',
        'title': name,
        'description': title_desc,
        'type': 'object',
        'required': ['header', 'body'],
        'additionalProperties': False,
        'properties': {
            'header': ref('../envelope.schema.json#/definitions/Header'),
            'body': ref(f'#/definitions/{name}'),
            'extensions': ref('../envelope.schema.json#/definitions/Extensions'),
            'signatures': ref('../envelope.schema.json#/definitions/Signatures'),
        },
        'definitions': definitions,
    }

message_file('ClosureNotice', 'Envelope of a ClosureNotice: the executing or requested side closes its file on a request. Since 1.2.', {
    'ClosureNotice': obj(
        'Body of a ClosureNotice: the file on a request is closed, by whom and why, so that both case systems close the '
        'same file (Directive 2014/41/EU art. 16(2)–(3): information on the execution and its end; UNTOC art. 18(24); '
        'UNCAC art. 46(24)). Since 1.2.',
        [('request', ref(MT + 'RequestReference'), 'The request whose file is closed.'),
         ('closedOn', ref(MT + 'Date'), 'Date the file was closed.'),
         ('closedBy', ref(MT + 'Authority'), 'The authority that closed the file.'),
         ('reason', ref('#/definitions/ClosureReason'), 'Why the file is closed.'),
         ('measureRefs', arr({'$ref': MT + 'LocalId'}, unique=True), 'Ids of the measures the closure covers; absent means the whole request.'),
         ('explanation', ref(MT + 'MultilingualText'), 'Further explanation.'),
         ('evidenceStillToFollow', B, 'Whether evidence already obtained is still being transferred after closure (Directive 2014/41/EU art. 13).')],
        ['request', 'closedOn', 'closedBy', 'reason']),
    'ClosureReason': enum(
        'Why a file is closed: EXECUTED — all measures executed and the evidence transferred (Directive 2014/41/EU art. '
        '13); PARTIALLY_EXECUTED — executed in part, the rest refused or impossible (EIO art. 11, 16(3)); REFUSED — '
        'refused (EIO art. 11; UNTOC art. 18(21)); WITHDRAWN — withdrawn by the issuing side (UNTOC art. 18(24)); '
        'IMPOSSIBLE — execution impossible (EIO art. 10(5), 16(3)(a)); NO_REPLY — information asked of the issuing side '
        'was not given in time (EIO art. 16(2)(a); UNTOC art. 18(16)); OTHER.',
        ['EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN', 'IMPOSSIBLE', 'NO_REPLY', 'OTHER']),
})
message_file('WithdrawalAcknowledgement', 'Envelope of a WithdrawalAcknowledgement: the executing side confirms a withdrawal. Since 1.2.', {
    'WithdrawalAcknowledgement': obj(
        'Body of a WithdrawalAcknowledgement: the executing or requested side confirms that it received a WithdrawalNotice '
        'and says what was stopped and what had already been done (UNTOC art. 18(24); UNCAC art. 46(24); Directive '
        '2014/41/EU art. 16(3)). Since 1.2.',
        [('withdrawalId', ref(ME + 'Uuid'), 'messageId of the WithdrawalNotice acknowledged.'),
         ('request', ref(MT + 'RequestReference'), 'The request withdrawn.'),
         ('acknowledgedAt', ref(ME + 'Instant'), 'When the withdrawal was received and acted on.'),
         ('measuresStopped', arr({'$ref': MT + 'LocalId'}, unique=True), 'Ids of the measures whose execution was stopped.'),
         ('measuresAlreadyExecuted', arr({'$ref': MT + 'LocalId'}, unique=True), 'Ids of the measures already executed before the withdrawal arrived.'),
         ('evidenceToBeTransferred', B, 'Whether evidence already obtained will still be transferred, as the WithdrawalNotice asked (UNTOC art. 18(24); Directive 2014/41/EU art. 13).'),
         ('note', ref(MT + 'MultilingualText'), 'Any other information.')],
        ['withdrawalId', 'request', 'acknowledgedAt']),
})
message_file('EvidenceReceipt', 'Envelope of an EvidenceReceipt: the issuing side confirms what arrived. Since 1.2.', {
    'EvidenceReceipt': obj(
        'Body of an EvidenceReceipt: the issuing or requesting side confirms, item by item, what arrived of an '
        'EvidenceTransmission, with the digests it computed, so that the chain of custody is closed on both sides '
        '(Directive 2014/41/EU art. 13(1); UNTOC art. 18(3)(e); EU MLA Convention 2000 art. 8). Since 1.2.',
        [('transmissionId', ref(ME + 'Uuid'), 'messageId of the EvidenceTransmission confirmed.'),
         ('request', ref(MT + 'RequestReference'), 'The request in whose execution the evidence was sent.'),
         ('receivedAt', ref(ME + 'Instant'), 'When the transmission was received.'),
         ('attachments', arr({'$ref': '#/definitions/ReceivedAttachment'}), 'Each attachment of the transmission, with the digest computed on receipt and the result of the comparison.'),
         ('complete', B, 'Whether everything listed in the transmission arrived intact.'),
         ('note', ref(MT + 'MultilingualText'), 'Any other information.')],
        ['transmissionId', 'receivedAt', 'attachments', 'complete']),
    'ReceivedAttachment': obj(
        'One attachment as received (Directive 2014/41/EU art. 13(1)). Since 1.2.',
        [('attachmentRef', ref(MT + 'LocalId'), 'Id of the attachment in the transmission\'s manifest.'),
         ('status', ref('#/definitions/ReceiptStatus'), 'Result of the comparison.'),
         ('sha256', {'type': 'string', 'pattern': '^[A-Za-z0-9_-]{43}$'}, 'SHA-256 digest of the bytes received, base64url without padding, as in AttachmentRef.sha256.')],
        ['attachmentRef', 'status']),
    'ReceiptStatus': enum(
        'What arrived: RECEIVED_INTACT — received, the digest matches the manifest; DIGEST_MISMATCH — received, the digest '
        'differs; MISSING — listed but not received; UNREADABLE — received but cannot be opened.',
        ['RECEIVED_INTACT', 'DIGEST_MISMATCH', 'MISSING', 'UNREADABLE']),
})
message_file('EnforcingAuthorityDecision', 'Envelope of an EnforcingAuthorityDecision: the enforcing authority\'s answer to a notified EPOC. Since 1.2.', {
    'EnforcingAuthorityDecision': obj(
        'Body of an EnforcingAuthorityDecision: the enforcing authority notified of a European Production Order states '
        'that it raises no ground for refusal, or raises grounds with their art. 12 codes, and any conditions on the use '
        'of the data (Regulation (EU) 2023/1543 arts 8, 10(2) and 12). Since 1.2.',
        [('order', ref(MT + 'RequestReference'), 'The European Production Order notified.'),
         ('decision', ref('#/definitions/EnforcingDecisionKind'), 'The decision.'),
         ('decidedAt', ref(ME + 'Instant'), 'When the decision was taken; within 10 days of receipt of the notification, 96 hours in an emergency (art. 12(1)).'),
         ('enforcingAuthority', ref(MT + 'Authority'), 'The enforcing authority.'),
         ('grounds', arr({'$ref': '#/definitions/EnforcingRefusalGround'}, unique=True), 'The grounds raised, with GROUNDS_RAISED (art. 12(1)(a)–(d)).'),
         ('dataRequestRefs', arr({'$ref': MT + 'LocalId'}, unique=True), 'Ids of the data requests the grounds concern; absent means the whole order (art. 12(1)).'),
         ('conditionsOnUse', ref(MT + 'MultilingualText'), 'Conditions on the use of the data, where the enforcing authority sets any (art. 12(5)).'),
         ('explanation', ref(MT + 'MultilingualText'), 'Reasons for the decision (art. 12(3)).')],
        ['order', 'decision', 'decidedAt', 'enforcingAuthority']),
    'EnforcingDecisionKind': enum(
        'NO_GROUNDS_RAISED — the enforcing authority raises no ground for refusal (Regulation (EU) 2023/1543 art. 10(2)); '
        'GROUNDS_RAISED — it raises one or more grounds of art. 12(1); the addressee stops execution and does not '
        'transfer the data (art. 10(2), 12(3)).', ['NO_GROUNDS_RAISED', 'GROUNDS_RAISED']),
    'EnforcingRefusalGround': enum(
        'Grounds for refusal the enforcing authority may raise (Regulation (EU) 2023/1543 art. 12(1)): IMMUNITY_OR_PRESS_FREEDOM '
        '— the data are protected by immunities or privileges, or by rules on criminal liability relating to freedom of '
        'the press or of expression (art. 12(1)(a)); FUNDAMENTAL_RIGHTS — in exceptional situations, a manifest breach of a '
        'relevant fundamental right under Article 6 TEU and the Charter (art. 12(1)(b)); NE_BIS_IN_IDEM — contrary to the '
        'principle of ne bis in idem (art. 12(1)(c)); DUAL_CRIMINALITY — the conduct is not an offence under the law of '
        'the enforcing State, unless it is an annex IV offence punishable by at least three years (art. 12(1)(d)).',
        ['IMMUNITY_OR_PRESS_FREEDOM', 'FUNDAMENTAL_RIGHTS', 'NE_BIS_IN_IDEM', 'DUAL_CRIMINALITY']),
})

# ---------------------------------------------------------------- 9. The whole world (issue 21): legal bases, codes, persons
add_values(codes['InstrumentCode'], CODES + 'InstrumentCode', [
    ('INTER_AMERICAN_MLA_1992', 'BILATERAL'), ('INTER_AMERICAN_MLA_PROTOCOL_1993', 'BILATERAL'), ('HARARE_SCHEME', 'BILATERAL'),
    ('ECOWAS_MLA_1992', 'BILATERAL'), ('SADC_MLA_2002', 'BILATERAL'), ('ASEAN_MLAT_2004', 'BILATERAL'),
], 'Since 1.2 (regional instruments): INTER_AMERICAN_MLA_1992 — Inter-American Convention on Mutual Assistance in '
   'Criminal Matters (Nassau, 23 May 1992; OAS A-55); INTER_AMERICAN_MLA_PROTOCOL_1993 — its Optional Protocol '
   '(Managua, 11 June 1993; OAS A-59: no refusal solely because the request concerns a tax crime, art. 1); '
   'HARARE_SCHEME — Scheme relating to Mutual Legal Assistance in Criminal Matters within the Commonwealth (Harare '
   'Scheme, 1986 as amended), applied through national law; ECOWAS_MLA_1992 — ECOWAS Convention A/P.1/7/92 on Mutual '
   'Assistance in Criminal Matters (Dakar, 29 July 1992); SADC_MLA_2002 — SADC Protocol on Mutual Legal Assistance in '
   'Criminal Matters (3 October 2002); ASEAN_MLAT_2004 — Treaty on Mutual Legal Assistance in Criminal Matters (Kuala '
   'Lumpur, 29 November 2004). A bilateral treaty (BILATERAL) is identified by LegalReference.treaty.')
add_values(codes['Profile'], CODES + 'Profile', [
    ('MLA_REGIONAL', 'MLA_BILATERAL'), ('MLA_CYBERCRIME', 'MLA_BILATERAL'), ('MLA_RECIPROCITY', 'MLA_BILATERAL'),
], 'Since 1.2: MLA_REGIONAL — a request under a regional instrument (Inter-American Convention 1992, Harare Scheme, '
   'ECOWAS Convention 1992, SADC Protocol 2002, ASEAN Treaty 2004), named in legalBasis; MLA_CYBERCRIME — a request for '
   'mutual assistance under the Budapest Convention (ETS 185 arts 25–27 and 31, for example the disclosure of data '
   'preserved under art. 29); MLA_RECIPROCITY — a request without a treaty, on the assurance of reciprocity under the '
   'requested State\'s law.')
add_values(codes['CountryCode'], CODES + 'CountryCode', [('XK', None)],
           'Since 1.2 also XK — Kosovo, the user-assigned code (ISO 3166-1 reserves XA–XZ for user assignment) used '
           'by the European Commission and others, without prejudice to positions on status; it has no 1.1 value, so '
           'a message naming it cannot be converted down.')
add_values(codes['RefusalGroundCode'], CODES + 'RefusalGroundCode', [
    ('POLITICAL_OFFENCE', 'OTHER'), ('MILITARY_OFFENCE', 'OTHER'), ('FISCAL_OFFENCE', 'OTHER'), ('DEATH_PENALTY', 'OTHER'),
    ('ESSENTIAL_INTERESTS', 'OTHER'), ('DISCRIMINATORY_PURPOSE', 'OTHER'), ('NE_BIS_IN_IDEM', 'OTHER'),
    ('DUAL_CRIMINALITY_ABSENT', 'OTHER'), ('DE_MINIMIS', 'OTHER'),
], 'Since 1.2, generic grounds for requests under regional, bilateral, cybercrime or reciprocity bases, each given with '
   'the provision applied in RefusalGround.legalReference (rule MLAT-R-0110): POLITICAL_OFFENCE — the offence is '
   'political or connected with one (UN Model Treaty on Mutual Assistance, GA res. 45/117, art. 4(1)(b); ETS 030 art. '
   '2(a)); MILITARY_OFFENCE — an offence under military law only (Model Treaty art. 4(1)); FISCAL_OFFENCE — a tax or '
   'fiscal offence (ETS 030 art. 2(a); Inter-American Convention art. 9(f)); DEATH_PENALTY — the offence may be '
   'punished by death and no sufficient assurance was given (national laws and treaties, for example Australia\'s '
   'Mutual Assistance in Criminal Matters Act 1987 s 8(1A)); ESSENTIAL_INTERESTS — sovereignty, security, public order '
   'or other essential interests (Model Treaty art. 4(1)(a); UNTOC art. 18(21)(b)); DISCRIMINATORY_PURPOSE — a purpose '
   'of prosecuting or punishing a person on account of race, sex, religion, nationality, ethnic origin or political '
   'opinions (Model Treaty art. 4(1)(c)); NE_BIS_IN_IDEM — the person was already finally tried for the same conduct '
   '(Model Treaty art. 4(1)); DUAL_CRIMINALITY_ABSENT — the conduct is not an offence in the requested State where the '
   'instrument allows refusal on that ground (UNCAC art. 46(9)(b)); DE_MINIMIS — a matter of a de minimis nature '
   '(UNCAC art. 46(9)(b)).')
add_values(codes['ProceduralRole'], CODES + 'ProceduralRole', [('CONVICTED_PERSON', 'OTHER')],
           'Since 1.2: CONVICTED_PERSON — a person finally convicted, in proceedings at the stage of execution of the '
           'sentence or of confiscation after conviction (EIO annex A section F; UNCAC art. 55(1) and 57(3)).')
add_values(codes['AuthorityType'], CODES + 'AuthorityType', [
    ('FINANCIAL_INTELLIGENCE_UNIT', 'OTHER_COMPETENT'), ('ANTI_CORRUPTION_AGENCY', 'OTHER_COMPETENT'),
], 'Since 1.2: FINANCIAL_INTELLIGENCE_UNIT — a national centre that receives and analyses suspicious transaction '
   'reports (UNCAC art. 58; UNTOC art. 7(1)(b)); ANTI_CORRUPTION_AGENCY — a body specialised in preventing or '
   'combating corruption through law enforcement (UNCAC arts 6 and 36). Neither is a judicial authority: an EIO they '
   'issue needs validation (Directive 2014/41/EU art. 2(c)(ii); rule MLAT-R-0001).')
add_values(types['PenaltyType'], TYPES + 'PenaltyType', [('DEATH_PENALTY', 'OTHER')],
           'Since 1.2: DEATH_PENALTY — the offence may be punished by death in the requesting State; a request '
           'names the assurance it gives (AssistanceRequest.assurances; rule MLAT-R-0111).')

pen = types['Penalty']
pen['required'].remove('maximum')
made_optional = {TYPES + 'Penalty': ['maximum']}
pen['description'] = pen['description'].replace(
    'the three-year threshold of EIO art. 11(1)(g) and annex A section G(3) is checked on it.',
    'the three-year threshold of EIO art. 11(1)(g) and annex A section G(3) is checked on it. Since 1.2 it may be '
    'absent when lifeImprisonment is true or type is DEATH_PENALTY, so that no maximum is invented; rule MLAT-R-0112 '
    'requires it otherwise.')
pen['properties']['lifeImprisonment']['description'] = ('True if the maximum is life imprisonment; maximum then holds the '
    'longest fixed term or the review period under national law where there is one, and since 1.2 may be absent.')

types['Treaty'] = obj(
    'Identification of a bilateral treaty or agreement, so that a request names the treaty and not only its title '
    '(UNTOC art. 18(7) and (15)(a): the request is made under the treaty binding the States; Model Treaty on Mutual '
    'Assistance art. 5(1)). Since 1.2.',
    [('stateParties', arr({'$ref': C + 'CountryCode'}, unique=True), 'The States parties to the treaty; a bilateral treaty names the two States whose authorities exchange the message (rule MLAT-R-0109).'),
     ('signedOn', ref(T + 'Date'), 'Date of signature.'),
     ('inForceSince', ref(T + 'Date'), 'Date of entry into force between the parties.'),
     ('registration', ref(T + 'Identifier'), 'Registration of the treaty, for example scheme UNTS and the United Nations Treaty Series registration number (Charter of the United Nations art. 102), or the national treaty series.')],
    ['stateParties', 'signedOn'])
types['Treaty']['properties']['stateParties']['minItems'] = 2
member(types['LegalReference'], 'treaty', ref(T + 'Treaty'), 'The treaty, for a BILATERAL reference (UNTOC art. 18(7)). Since 1.2.')
member(types['RefusalGround'], 'legalReference', ref(T + 'LegalReference'), 'The provision the ground is taken from, required for the generic grounds added in 1.2 (rule MLAT-R-0110). Since 1.2.', after='appliesTo')

codes['ScriptCode'] = {'type': 'string', 'description': 'ISO 15924 four-letter script code, first letter upper case, for example Cyrl, Arab, Hans, Grek. Since 1.2.', 'minLength': 4, 'maxLength': 4, 'pattern': '^[A-Z][a-z]{3}$'}
types['OriginalScriptName'] = obj(
    'A person\'s name as written in its original, non-Latin script, beside the transliterated names, so that the '
    'executing authority can match records kept in that script (EIO annex A section E(i): name; UNTOC art. 18(15)(e): '
    'identity). Since 1.2.',
    [('script', ref(C + 'ScriptCode'), 'ISO 15924 code of the script.'),
     ('familyNames', arr(S()), 'Family name(s) in that script.'),
     ('givenNames', arr(S()), 'Given name(s) in that script.'),
     ('fullName', S(), 'The whole name as written, where the script or the naming custom does not separate family and given names.')],
    ['script'])
member(np, 'originalScriptNames', arr({'$ref': T + 'OriginalScriptName'}), 'The names in their original script(s). Since 1.2.')
member(np, 'pseudonym', S(), 'The designation under which a protected person appears in the proceedings when the name is withheld, with protection set (Directive 2012/29/EU art. 21; UNTOC art. 24(2)(a)); rule MLAT-R-0102. Since 1.2.')

ar = msg('AssistanceRequest')
ar['AssuranceKind'] = enum(
    'An assurance the requesting side gives: DEATH_PENALTY_NOT_SOUGHT — the death penalty will not be sought; '
    'DEATH_PENALTY_NOT_CARRIED_OUT — if imposed, it will not be carried out (ECHR Protocols 6 and 13; Charter of '
    'Fundamental Rights art. 19(2); national laws on assistance, for example Australia\'s Mutual Assistance in Criminal '
    'Matters Act 1987 s 8(1A)); SPECIALITY — the evidence will be used only for the proceedings stated (UNTOC art. 18(19)); '
    'OTHER. Since 1.2.', ['DEATH_PENALTY_NOT_SOUGHT', 'DEATH_PENALTY_NOT_CARRIED_OUT', 'SPECIALITY', 'OTHER'])
ar['Assurance'] = obj(
    'An assurance the requesting side gives with a request, for example that the death penalty will not be sought '
    '(rule MLAT-R-0111). Since 1.2.',
    [('kind', ref('#/definitions/AssuranceKind'), 'The assurance.'),
     ('givenBy', ref(MT + 'Authority'), 'The authority that gives it, where it is not the issuing authority.'),
     ('offenceRefs', arr({'$ref': MT + 'LocalId'}, unique=True), 'Ids of the offences it covers; absent means every offence.'),
     ('text', ref(MT + 'MultilingualText'), 'The assurance in words, with OTHER and wherever the requested State needs its wording.')],
    ['kind'])
member(ar['AssistanceRequest'], 'assurances', arr({'$ref': '#/definitions/Assurance'}), 'Assurances the requesting side gives (rule MLAT-R-0111). Since 1.2.')

# ---------------------------------------------------------------- 10. Asset recovery, Budapest 29-31, service, hearings, costs (issue 21)
add_values(codes['MeasureType'], CODES + 'MeasureType', [('CONFISCATION', 'ASSET_RECOVERY')],
           'Since 1.2: CONFISCATION — giving effect to a confiscation order of the requesting State, or submitting the '
           'request to the competent authorities to obtain a confiscation order, including without a criminal '
           'conviction, with details.confiscation for the order, the property and the return asked for, checked by rule '
           'MLAT-R-0114 (UNCAC art. 54(1)(a)–(c) and 55(1)(a)–(b); UNTOC art. 13(1)(a)–(b); VIENNA_1988 art. 5(4)).')
add_values(codes['UrgencyReason'], CODES + 'UrgencyReason', [('ASSETS_ABOUT_TO_BE_MOVED', 'OTHER')],
           'Since 1.2: ASSETS_ABOUT_TO_BE_MOVED — property is about to be moved, transferred or disposed of, so that it '
           'must be frozen or seized at once (UNCAC art. 54(2)(a)–(b); UNTOC art. 13(2); Directive 2014/41/EU art. 32(2)).')
add_values(codes['DocumentType'], CODES + 'DocumentType', [
    ('SUMMONS', 'OTHER'), ('PROOF_OF_SERVICE', 'OTHER'), ('CONFISCATION_ORDER', 'COURT_DECISION'),
], 'Since 1.2: SUMMONS — a summons to appear, to be served (ETS 030 art. 7(1) and (3); UNTOC art. 18(3)(b)); '
   'PROOF_OF_SERVICE — a receipt dated and signed by the person served, or a declaration of the form and date of '
   'service (ETS 030 art. 7(2)); CONFISCATION_ORDER — a legally admissible copy of a confiscation order of the '
   'requesting State (UNCAC art. 55(3)(b); UNTOC art. 13(3)).')

types['ConfiscationBasis'] = enum(
    'What a confiscation rests on: CONVICTION_BASED — an order made after a criminal conviction (UNCAC art. 31(1) and '
    '55(1)(b)); NON_CONVICTION_BASED — confiscation without a criminal conviction, where the offender cannot be '
    'prosecuted by reason of death, flight or absence or in other appropriate cases (UNCAC art. 54(1)(c)); '
    'ORDER_TO_BE_OBTAINED — no order yet: the requested State is asked to obtain one under its own law (UNCAC art. '
    '55(1)(a); UNTOC art. 13(1)(a)). Since 1.2.', ['CONVICTION_BASED', 'NON_CONVICTION_BASED', 'ORDER_TO_BE_OBTAINED'])
types['NonConvictionReason'] = enum(
    'Why there is no conviction behind a confiscation (UNCAC art. 54(1)(c)): DEATH, FLIGHT, ABSENCE of the offender, '
    'or OTHER appropriate cases (explained). Since 1.2.', ['DEATH', 'FLIGHT', 'ABSENCE', 'OTHER'])
types['ConfiscationOrder'] = obj(
    'A confiscation order of the requesting State on which a request rests (UNCAC art. 55(1)(b) and 55(3)(b): a '
    'legally admissible copy of the order, a statement of the extent to which its execution is requested, of the '
    'measures taken to notify bona fide third parties and ensure due process, and that the order is final; UNTOC art. '
    '13(3)). Since 1.2.',
    [('issuedBy', ref(T + 'Authority'), 'The court or authority that made the order.'),
     ('issuedOn', ref(T + 'Date'), 'Date of the order.'),
     ('reference', S(), 'The court\'s file or case number.'),
     ('final', B, 'Whether the order is final, no longer open to ordinary appeal (UNCAC art. 55(3)(b)).'),
     ('finalSince', ref(T + 'Date'), 'Date on which the order became final.'),
     ('documentRef', ref(T + 'LocalId'), 'Id of the attachment holding the legally admissible copy of the order (document type CONFISCATION_ORDER; UNCAC art. 55(3)(b)).'),
     ('extentOfExecution', ref(T + 'MultilingualText'), 'The extent to which execution of the order is requested (UNCAC art. 55(3)(b)).'),
     ('thirdPartyNotice', ref(T + 'MultilingualText'), 'The measures taken to give adequate notice to bona fide third parties and to ensure due process (UNCAC art. 55(3)(b); art. 31(9)).')],
    ['issuedBy', 'issuedOn', 'final'])
types['ReturnBasis'] = enum(
    'Why confiscated property is to be returned (UNCAC art. 57(3)): EMBEZZLED_PUBLIC_FUNDS — embezzlement of public '
    'funds or laundering of embezzled public funds (arts 17 and 23), returned to the requesting State on a final '
    'judgement in it (art. 57(3)(a)); PRIOR_OWNERSHIP_OR_DAMAGE — any other offence of the Convention, where the '
    'requesting State reasonably establishes its prior ownership or the requested State recognises damage to it '
    '(art. 57(3)(b)); OTHER_PRIORITY_CONSIDERATION — all other cases: priority consideration to return to the '
    'requesting State, to prior legitimate owners or to compensation of victims (art. 57(3)(c)); SHARING_ARRANGEMENT — '
    'an agreement or arrangement for the final disposal or sharing of the property (UNCAC art. 57(5); UNTOC art. '
    '14(3)). Since 1.2.', ['EMBEZZLED_PUBLIC_FUNDS', 'PRIOR_OWNERSHIP_OR_DAMAGE', 'OTHER_PRIORITY_CONSIDERATION', 'SHARING_ARRANGEMENT'])
types['ReturnBeneficiary'] = enum(
    'Who is to receive returned property (UNCAC art. 57(3)(c); UNTOC art. 14(2)): REQUESTING_STATE, '
    'PRIOR_LEGITIMATE_OWNER, VICTIMS (compensation). Since 1.2.', ['REQUESTING_STATE', 'PRIOR_LEGITIMATE_OWNER', 'VICTIMS'])
types['AssetReturnRequest'] = obj(
    'The return of confiscated property that a request asks for (UNCAC art. 57(2)–(5); UNTOC art. 14(2)). Since 1.2.',
    [('basis', ref(T + 'ReturnBasis'), 'Why the property is to be returned.'),
     ('beneficiary', ref(T + 'ReturnBeneficiary'), 'Who is to receive it.'),
     ('account', ref(T + 'FinancialAccount'), 'The account into which the property or its value is to be paid.'),
     ('agreement', ref(T + 'LegalReference'), 'The agreement or arrangement for the disposal of the property, where there is one (UNCAC art. 57(5)).'),
     ('explanation', ref(T + 'MultilingualText'), 'How prior ownership or damage is established, or other explanation (art. 57(3)(b)).')],
    ['basis', 'beneficiary'])
types['ConfiscationDetails'] = obj(
    'Confiscation of property (measure CONFISCATION): the order it rests on, the property and the return asked for '
    '(UNCAC arts 54, 55 and 57; UNTOC arts 12–14; VIENNA_1988 art. 5(4)). Rule MLAT-R-0114 checks it. Since 1.2.',
    [('basis', ref(T + 'ConfiscationBasis'), 'What the confiscation rests on.'),
     ('order', ref(T + 'ConfiscationOrder'), 'The confiscation order, for CONVICTION_BASED and NON_CONVICTION_BASED (UNCAC art. 55(3)(b)).'),
     ('nonConvictionReason', ref(T + 'NonConvictionReason'), 'Why there is no conviction, for NON_CONVICTION_BASED (UNCAC art. 54(1)(c)).'),
     ('valueBased', B, 'Whether the confiscation is of property whose value corresponds to the proceeds, not of the proceeds themselves (UNCAC art. 31(1)(a); UNTOC art. 12(1)(a)).'),
     ('amount', ref(T + 'MonetaryAmount'), 'The amount to be recovered, for a value-based confiscation.'),
     ('assets', arr({'$ref': T + 'Asset'}), 'The property to be confiscated, with location and estimated value (UNCAC art. 55(3)(a)).'),
     ('returnRequested', ref(T + 'AssetReturnRequest'), 'The return asked for (UNCAC art. 57).')],
    ['basis'])
member(types['MeasureDetails'], 'confiscation', ref(T + 'ConfiscationDetails'), 'Details of a confiscation (measure CONFISCATION; UNCAC art. 55). Since 1.2.')

types['AssetDispositionKind'] = enum(
    'What became of property, reported by the requested State: FROZEN, SEIZED (UNCAC art. 54(2); UNTOC art. 13(2)); '
    'CONFISCATED (UNCAC art. 55(1)); RETURNED — returned to the requesting State or the owner (UNCAC art. 57); SHARED '
    '— disposed of under a sharing agreement (UNCAC art. 57(5); UNTOC art. 14(3)); RELEASED — the freezing or seizure '
    'lifted, with notice first where possible (UNCAC art. 55(8)); RETAINED — confiscated and kept by the requested State '
    '(UNCAC art. 57(1)). Since 1.2.', ['FROZEN', 'SEIZED', 'CONFISCATED', 'RETURNED', 'SHARED', 'RELEASED', 'RETAINED'])
types['DeductionKind'] = enum(
    'What was deducted from property before its return: EXPENSES — reasonable expenses of the investigations, '
    'prosecutions or judicial proceedings that led to the return (UNCAC art. 57(4)); THIRD_PARTY_CLAIM — rights of bona '
    'fide third parties satisfied (UNCAC art. 31(9); art. 57(3)); SHARE_RETAINED — the share kept under a sharing '
    'arrangement (UNCAC art. 57(5); UNTOC art. 14(3)(b)); OTHER — another deduction, explained. Since 1.2.', ['EXPENSES', 'THIRD_PARTY_CLAIM', 'SHARE_RETAINED', 'OTHER'])
types['Deduction'] = obj(
    'One deduction from property returned (UNCAC art. 57(4)). Since 1.2.',
    [('kind', ref(T + 'DeductionKind'), 'What was deducted.'),
     ('amount', ref(T + 'MonetaryAmount'), 'The amount deducted, in the currency of the gross amount (rule MLAT-R-0115).'),
     ('explanation', ref(T + 'MultilingualText'), 'What the deduction covers.')],
    ['kind', 'amount'])
types['AssetDisposition'] = obj(
    'What became of property, with amounts (UNCAC arts 54, 55 and 57; UNTOC arts 13–14); for a return, the gross '
    'amount, each deduction and the net amount transferred, which rule MLAT-R-0115 checks add up. Since 1.2.',
    [('kind', ref(T + 'AssetDispositionKind'), 'What became of the property.'),
     ('assetRefs', arr({'$ref': T + 'LocalId'}, unique=True), 'Ids of the assets concerned (Asset.id); absent means all the property of the measure.'),
     ('decidedOn', ref(T + 'Date'), 'Date of the decision or act.'),
     ('decidedBy', ref(T + 'Authority'), 'The authority that decided.'),
     ('grossAmount', ref(T + 'MonetaryAmount'), 'The value realised or confiscated before deductions.'),
     ('deductions', arr({'$ref': T + 'Deduction'}), 'Deductions before the return (UNCAC art. 57(4)).'),
     ('netAmount', ref(T + 'MonetaryAmount'), 'The amount transferred: the gross amount less every deduction (rule MLAT-R-0115).'),
     ('transferredOn', ref(T + 'Date'), 'Date of the transfer, for RETURNED and SHARED.'),
     ('transferredTo', ref(T + 'FinancialAccount'), 'The account the amount was paid into.'),
     ('agreement', ref(T + 'LegalReference'), 'The agreement or arrangement under which the property was returned or shared (UNCAC art. 57(5)).'),
     ('note', ref(T + 'MultilingualText'), 'Further information.')],
    ['kind'])
member(types['MeasureOutcome'], 'assetDispositions', arr({'$ref': T + 'AssetDisposition'}), 'What became of the property of a freezing, seizure, confiscation or asset recovery measure, with amounts and deductions (UNCAC arts 55 and 57). Since 1.2.')

types['ServiceResult'] = obj(
    'Whether and how documents were served, for a SERVICE_OF_DOCUMENTS measure (ETS 030 art. 7(1)–(2): proof of '
    'service by a receipt dated and signed by the person served or a declaration of the form and date of service; EU '
    'MLA Convention 2000 art. 5). Rule MLAT-R-0116 checks it. Since 1.2.',
    [('served', B, 'Whether the documents were served.'),
     ('servedOn', ref(T + 'Date'), 'Date of service.'),
     ('method', ref(T + 'ServiceMethod'), 'How they were served.'),
     ('servedPersonRef', ref(T + 'LocalId'), 'Id of the person served, where not the addressee named in the request.'),
     ('proofRef', ref(T + 'LocalId'), 'Id of the evidence item or attachment holding the proof of service (document type PROOF_OF_SERVICE; ETS 030 art. 7(2)).'),
     ('notServedReason', ref(T + 'MultilingualText'), 'Why the documents were not served (ETS 030 art. 7(2)).')],
    ['served'])
member(types['MeasureOutcome'], 'service', ref(T + 'ServiceResult'), 'The result of a service of documents (ETS 030 art. 7(2)). Since 1.2.')
types['Appearance'] = obj(
    'Where and when the person served is summoned to appear (ETS 030 art. 7(3): a summons to appear must reach the '
    'requested Party a set time before the appearance; UNTOC art. 18(3)(b)). Rule MLAT-R-0117 checks the time. Since 1.2.',
    [('at', ref(E + 'Instant'), 'Date and time of the appearance, in UTC.'),
     ('timeZone', S(64, pattern='^[A-Za-z]+(/[A-Za-z0-9_+-]+)*$', examples=['Europe/Paris']), 'IANA time zone of the place of appearance, for the local time shown to the person summoned.'),
     ('place', ref(T + 'Address'), 'Where the person is to appear.'),
     ('before', ref(T + 'Authority'), 'The court or authority before which the person is to appear.')],
    ['at'])
member(types['ServiceOfDocumentsDetails'], 'appearance', ref(T + 'Appearance'), 'For a summons: when, where and before whom the person is to appear (ETS 030 art. 7(3)). Since 1.2.')
member(rh, 'endsAt', ref(E + 'Instant'), 'End of the time slot reserved for the hearing, in UTC; with scheduledAt and timeZone the slot both sides book (EU MLA Convention 2000 art. 10(4)); rule MLAT-R-0117 checks it ends after it starts. Since 1.2.', after='scheduledAt')

types['CostKind'] = enum(
    'Kind of cost of execution: ORDINARY — ordinary costs, normally borne by the requested or executing State (UNTOC '
    'art. 18(28); Directive 2014/41/EU art. 21(1)); EXTRAORDINARY — expenses of a substantial or extraordinary nature '
    '(UNTOC art. 18(28); EIO art. 21(2)); EXPERT_FEES — fees of experts (ETS 030 art. 20; ETS 182 art. 5); '
    'INTERPRETATION — interpreters (EU MLA Convention 2000 art. 10(7)); TRANSFER_OF_PERSONS — transfer of persons in '
    'custody (ETS 030 art. 20; EIO art. 22(10)); TELECOMMUNICATION — costs of a videoconference link or interception '
    '(EU MLA Convention 2000 art. 10(7); EIO art. 21(3)); OTHER — another cost, described. Since 1.2.',
    ['ORDINARY', 'EXTRAORDINARY', 'EXPERT_FEES', 'INTERPRETATION', 'TRANSFER_OF_PERSONS', 'TELECOMMUNICATION', 'OTHER'])
types['CostBearer'] = enum(
    'Who bears a cost: EXECUTING_STATE, ISSUING_STATE (by agreement or under the instrument, for example EIO art. '
    '21(2)(b) and 22(10)), SHARED. Since 1.2.', ['EXECUTING_STATE', 'ISSUING_STATE', 'SHARED'])
types['CostItem'] = obj(
    'One cost of execution, reported so that it can be reimbursed or shared (UNTOC art. 18(28); UNCAC art. 46(28); '
    'ETS 030 art. 20; Directive 2014/41/EU art. 21). Since 1.2.',
    [('kind', ref(T + 'CostKind'), 'Kind of cost.'),
     ('amount', ref(T + 'MonetaryAmount'), 'The amount.'),
     ('borneBy', ref(T + 'CostBearer'), 'Who bears it.'),
     ('measureRefs', arr({'$ref': T + 'LocalId'}, unique=True), 'Ids of the measures the cost arose in; absent means the whole request.'),
     ('description', ref(T + 'MultilingualText'), 'What the cost covers.')],
    ['kind', 'amount', 'borneBy'])
er = msg('ExecutionReport')['ExecutionReport']
member(er, 'costs', arr({'$ref': MT + 'CostItem'}), 'Costs of the execution, each with who bears it (UNTOC art. 18(28); ETS 030 art. 20; Directive 2014/41/EU art. 21). Since 1.2.')
member(er, 'reimbursementRequested', B, 'Whether the executing side asks for the costs borne by the issuing side to be reimbursed (ETS 030 art. 20; EIO art. 21(2)). Since 1.2.')

# Budapest arts 29-31: a preservation request that knows only an identifier, its confirmation, the art. 30 disclosure, the art. 31 link
pres = msg('PreservationOrder')['PreservationOrder']
pres['required'].remove('addressee')
made_optional['messages/PreservationOrder.schema.json#/definitions/PreservationOrder'] = ['addressee']
pres['description'] = pres['description'].replace(
    'addressee: The designated establishment or legal representative addressed (EPOC annex I section B)',
    'addressee: The designated establishment or legal representative addressed (EPOC annex I section B); since 1.2 '
    'absent in a Budapest art. 29 request that knows only an identifier or the location of the system (art. 29(2)(d)), '
    'required otherwise by rule MLAT-R-0113')
member(msg('AssistanceRequest')['AssistanceRequest'], 'preservationRequests', arr({'$ref': MT + 'RequestReference'}),
       'The preservation requests or orders whose preserved data this request seeks to have searched, seized or '
       'disclosed (Budapest Convention art. 31 and art. 29(2)(f) and (7); Regulation (EU) 2023/1543 art. 11(1)); rule '
       'MLAT-R-0119. Since 1.2.')

message_file('PreservationResponse', 'Envelope of a PreservationResponse: the requested Party answers a preservation request. Since 1.2.', {
    'PreservationResponse': obj(
        'Body of a PreservationResponse: the requested Party confirms that it preserved the data of a Budapest art. 29 '
        'request and until when (art. 29(3) and (7)), warns that preservation will not ensure their future availability '
        '(art. 29(6)), refuses (art. 29(4)–(5)), and discloses the traffic data identifying a service provider in another '
        'State and the path of the communication (art. 30). Rule MLAT-R-0118 checks it. Since 1.2.',
        [('preservationRequest', ref(MT + 'RequestReference'), 'The preservation request answered.'),
         ('respondedAt', ref(ME + 'Instant'), 'When the answer was given.'),
         ('result', ref('#/definitions/PreservationResult'), 'What was done.'),
         ('preservedUntil', ref(MT + 'Date'), 'Date until which the data are preserved: at least 60 days (art. 29(7)).'),
         ('dataRequestRefs', arr({'$ref': MT + 'LocalId'}, unique=True), 'Ids of the data requests the result concerns; absent means all.'),
         ('refusalGrounds', arr({'$ref': MT + 'RefusalGround'}), 'The grounds of a refusal: political offence or essential interests (art. 29(5); art. 30(2)), or dual criminality under a reservation (art. 29(4)).'),
         ('availabilityWarning', ref(MT + 'MultilingualText'), 'Why preservation will not ensure the future availability of the data or would prejudice the investigation (art. 29(6)).'),
         ('trafficDisclosures', arr({'$ref': '#/definitions/TrafficDisclosure'}), 'Traffic data disclosed to identify a service provider in another State and the path of the communication (art. 30(1)).'),
         ('note', ref(MT + 'MultilingualText'), 'Any other information.')],
        ['preservationRequest', 'respondedAt', 'result']),
    'PreservationResult': enum(
        'PRESERVED — the data are preserved (Budapest Convention art. 29(3)); PARTIALLY_PRESERVED — some of them; '
        'NOT_FOUND — no data were found to preserve; AVAILABILITY_AT_RISK — preservation will not ensure future '
        'availability, the requesting Party to decide whether to go on (art. 29(6)); REFUSED — refused (art. 29(4)–(5)).',
        ['PRESERVED', 'PARTIALLY_PRESERVED', 'NOT_FOUND', 'AVAILABILITY_AT_RISK', 'REFUSED']),
    'TrafficDisclosure': obj(
        'Traffic data disclosed under Budapest Convention art. 30(1): enough to identify the service provider in another '
        'State involved in the transmission and the path of the communication, so that the requesting Party can ask '
        'that State for preservation in turn. Since 1.2.',
        [('dataRequestRef', ref(MT + 'LocalId'), 'Id of the data request whose preservation revealed it.'),
         ('providerState', ref(MC + 'CountryCode'), 'The State of the other service provider (which may be the requesting State itself).'),
         ('providerName', S(), 'Name of the other service provider, where known.'),
         ('identifiers', arr({'$ref': MT + 'DataIdentifier'}), 'The identifiers disclosed: IP addresses, ports, time stamps of the hop (art. 30(1)).'),
         ('path', ref(MT + 'MultilingualText'), 'The path of the communication as far as it is known.')],
        ['providerState']),
})
hd['properties']['messageType']['enum'] += ['PreservationResponse']

# ---------------------------------------------------------------- write
rules = os.path.join(DST, 'rules.json')
kept_rules = open(rules, encoding='utf-8').read() if os.path.exists(rules) else None
if os.path.isdir(DST):
    shutil.rmtree(DST)
for p, d in sorted(files.items()):
    out = os.path.join(DST, p)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    open(out, 'w', encoding='utf-8').write(json.dumps(d, indent=2, ensure_ascii=False) + '\n')
if kept_rules is not None:  # written by eng/generate-rules-json.py from the C# rules, not derived from 1.1
    open(rules, 'w', encoding='utf-8').write(kept_rules)
open(os.path.join(DST, 'index.json'), 'w').write(json.dumps({'version': '1.2', 'date': '2026-12-03', 'status': 'draft'}, indent=2) + '\n')

added = ['ClosureNotice', 'WithdrawalAcknowledgement', 'EvidenceReceipt', 'EnforcingAuthorityDecision', 'PreservationResponse']
decl = {
    'from': '1.2', 'to': '1.1',
    'description': 'Declared down-conversion of release 1.2 to 1.1. enumFallbacks: each value added in 1.2 and the 1.1 '
                   'value it falls back to, per code list (file#/definitions/Name, or the inline enum\'s schema location). '
                   'messageTypesAdded: types 1.1 lacks; down-converting one fails with MLAT-CONV-LOSSY. rejectOnDowngrade: '
                   'JSON pointers (instance paths, \'*\' for any array index) whose presence makes down-conversion fail with '
                   'MLAT-CONV-LOSSY instead of parking. enumRejectOnDowngrade: enum values added with no equivalent in 1.1 '
                   '(per code list); a message using one fails down-conversion with MLAT-CONV-LOSSY. membersMadeOptional: '
                   'members 1.1 requires that 1.2 may omit (per definition); a message that omits one is not valid 1.1, so '
                   'down-conversion fails with MLAT-CONV-TARGET-INVALID.',
    'enumFallbacks': fallbacks,
    'messageTypesAdded': added,
    'rejectOnDowngrade': [],
    'enumRejectOnDowngrade': rejected,
    'membersMadeOptional': made_optional,
}
open('schemas/conversions/1.2-to-1.1.json', 'w', encoding='utf-8').write(json.dumps(decl, indent=2, ensure_ascii=False) + '\n')
print('1.2:', len(files), 'files;', sum(len(v) for v in fallbacks.values()), 'enum values with fallbacks')
