#!/usr/bin/env python3
"""Writes schemas/capabilities/1.1/capabilities.schema.json as capabilities 1.0 plus the country profile (issue 19): a
MINOR, additive step — one new OPTIONAL member `requirements` and its definitions; nothing of 1.0 is changed, so every
1.0 document is a 1.1 document (CountryProfileSchemaTests prove it on every negotiation sample). The code lists a
profile uses (instruments, profiles, measure types, urgency levels, routes, dual-criminality assessments) are copied from
the newest release, schemas/1.2, and a test fails when they drift apart. Run from anywhere; then regenerate nothing
else (the capabilities schema is not part of a release index). Each addition names its source in its description."""
import json, os, copy
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
RELEASE = 'schemas/1.2'
src = json.load(open('schemas/capabilities/1.0/capabilities.schema.json', encoding='utf-8'))
codes = json.load(open(f'{RELEASE}/common/codes.schema.json', encoding='utf-8'))['definitions']
types = json.load(open(f'{RELEASE}/common/types.schema.json', encoding='utf-8'))['definitions']
env = json.load(open(f'{RELEASE}/envelope.schema.json', encoding='utf-8'))['definitions']

doc = copy.deepcopy(src)
doc['$id'] = doc['$id'].replace('/capabilities/1.0/', '/capabilities/1.1/')
doc['description'] = doc['description'] + ' Since capabilities 1.1 the document can also be the party\'s country profile: the requirements a request must meet to be executed (member requirements, specification §10.7).'
doc['properties']['capabilitiesVersion']['description'] = 'Version of this document format: 1.1, or 1.0 for a document without requirements.'
doc['properties']['capabilitiesVersion']['enum'] = ['1.0', '1.1']
props = list(doc['properties'].items())
i = [k for k, _ in props].index('signatures')
props.insert(i, ('requirements', {'$ref': '#/definitions/Requirements'}))
doc['properties'] = dict(props)
d = doc['definitions']


def copied(name, source=codes):
    s = copy.deepcopy(source[name])
    s['description'] = s['description'].split(' The meaning and legal source')[0] + f' (copied from {RELEASE}; kept equal by a test).'
    return s


for name in ['InstrumentCode', 'MeasureType', 'UrgencyLevel', 'TransmissionRoute']:
    d[name] = copied(name)
d['DualCriminalityAssessment'] = copied('DualCriminalityAssessment', types)
d['Duration'] = copy.deepcopy(types['Duration'])
d['AuthorityId'] = copy.deepcopy(env['AuthorityId'])
d['AuthorityId'].pop('examples', None)
d['Duration'].pop('examples', None)
d['LanguageCode'] = {'type': 'string', 'description': 'ISO 639-1 code.', 'pattern': '^[a-z]{2}$'}
d['IccsCode'] = copy.deepcopy(codes['IccsCode'])
d['IccsCode'].pop('examples', None)


def arr(desc, item, unique=True):
    a = {'type': 'array', 'description': desc, 'minItems': 1, 'items': item}
    if unique:
        a['uniqueItems'] = True
    return a


REFNOTE = 'Members defined by reference (a $ref carries no description of its own): '
COMMON_REFS = 'source: Where the item comes from, or that it is illustrative. | effectiveFrom: First day the item applies. | effectiveUntil: Last day the item applies, when it has an end.'


def item(desc, members, required, refs=''):
    p = {
        'id': {'type': 'string', 'description': 'The item\'s id, unique in the document; MLAT-REQ-* findings name it.', 'pattern': '^[a-z0-9][a-z0-9.-]{0,99}$'},
    }
    p.update(members)
    p['source'] = {'$ref': '#/definitions/RequirementSource'}
    p['effectiveFrom'] = {'$ref': '#/definitions/Date'}
    p['effectiveUntil'] = {'$ref': '#/definitions/Date'}
    p['note'] = {'type': 'string', 'description': 'A short note for the sender, in English; never checked.', 'minLength': 1, 'maxLength': 2000}
    return {'type': 'object', 'description': desc + ' ' + REFNOTE + (refs + ' | ' if refs else '') + COMMON_REFS,
            'required': ['id'] + required + ['source', 'effectiveFrom'], 'additionalProperties': False, 'properties': p}


d['RequirementSource'] = {
    'type': 'object',
    'description': 'Where a requirement comes from (specification §10.7): PUBLISHED — the citation names a published text (a declaration or reservation deposited with the treaty depositary, a notification under a directive, a statute, a central authority\'s published guidance) that was read; ILLUSTRATIVE — the item shows the format and names the provision that allows such a requirement, but no published text was verified: never rely on it.',
    'required': ['status', 'citation'], 'additionalProperties': False,
    'properties': {
        'status': {'type': 'string', 'description': 'PUBLISHED or ILLUSTRATIVE.', 'enum': ['PUBLISHED', 'ILLUSTRATIVE']},
        'citation': {'type': 'string', 'description': 'The legal source in words: instrument, article, and the declaration or document (for example "ETS 030 art. 5(1); reservation of Germany, 2 October 1976").', 'minLength': 1, 'maxLength': 500},
        'url': {'type': 'string', 'description': 'Where the text is published.', 'format': 'uri', 'pattern': '^https?://[^ ]+$', 'maxLength': 2000},
    },
}
measures = lambda desc: arr(desc, {'$ref': '#/definitions/MeasureType'})
d['LanguageRequirement'] = item('Languages in which requests under the instrument are accepted (EIO art. 5(2) and 33(1)(b); ETS 030 art. 16(2); UNTOC art. 18(14); UNCAC art. 46(14)).', {
    'urgency': arr('The urgency levels of header and body the list applies to; absent = every level. A profile that accepts more languages in urgent cases lists them in an item for URGENT and EMERGENCY.', {'$ref': '#/definitions/UrgencyLevel'}),
    'languages': arr('ISO 639-1 codes of the accepted languages; the request\'s header.language must be one of them.', {'$ref': '#/definitions/LanguageCode'}),
}, ['languages'])
d['Declaration'] = item('A reservation or declaration the party made under the instrument. Informational unless it has excludedOffences, which the checker applies (MLAT-REQ-OFFENCE-EXCLUDED).', {
    'kind': {'type': 'string', 'description': 'RESERVATION or DECLARATION, as deposited.', 'enum': ['RESERVATION', 'DECLARATION']},
    'article': {'type': 'string', 'description': 'The article of the instrument it concerns, for example "5" or "16(2)".', 'minLength': 1, 'maxLength': 50},
    'summary': {'type': 'string', 'description': 'What it says, in a sentence (the citation gives the text).', 'minLength': 1, 'maxLength': 2000},
    'excludedOffences': arr('ICCS codes (any level; a code covers every code it prefixes) of offences for which the party does not give assistance under this declaration (for example fiscal offences, ETS 030 art. 2(a)).', {'$ref': '#/definitions/IccsCode'}),
}, ['kind', 'article', 'summary'])
d['DualCriminalityRequirement'] = item('Measures the party executes only when the conduct is punishable under its law too (ETS 030 art. 5(1)(a); UNTOC art. 18(9); EIO art. 11(1)(g)): every offence the measure relates to must carry a dualCriminality statement with an accepted assessment.', {
    'measures': measures('The measure types concerned.'),
    'accepted': arr('Assessments that satisfy the requirement; absent = PUNISHABLE_IN_BOTH_STATES only.', {'$ref': '#/definitions/DualCriminalityAssessment'}),
}, ['measures'])
d['PenaltyThreshold'] = item('A minimum maximum penalty for measures (ETS 030 art. 5(1)(b) with ETS 024 art. 2(1): an extraditable offence; EIO art. 11(1)(h)): every offence the measure relates to must state a maximum custodial penalty of at least the minimum.', {
    'measures': measures('The measure types concerned.'),
    'minimum': {'$ref': '#/definitions/Duration'},
}, ['measures', 'minimum'], 'minimum: The least maximum penalty (an ISO 8601 duration, for example P1Y).')
d['MeasureRestriction'] = item('A measure the party does not execute under the instrument, or executes only under conditions (ETS 030 art. 5; EIO art. 10 and 11; UNTOC art. 18(21)).', {
    'measure': {'$ref': '#/definitions/MeasureType'},
    'execution': {'type': 'string', 'description': 'NOT_EXECUTED: requests for the measure are refused; CONDITIONAL: executed when every condition holds.', 'enum': ['NOT_EXECUTED', 'CONDITIONAL']},
    'conditions': arr('For CONDITIONAL: JUDICIAL_AUTHORISATION — the request is issued or validated by a judge, court or investigating judge (checked); CONSISTENT_WITH_LAW — execution is consistent with the party\'s law (ETS 030 art. 5(1)(c); stated, not checkable on a draft).', {'type': 'string', 'description': 'A condition code.', 'enum': ['JUDICIAL_AUTHORISATION', 'CONSISTENT_WITH_LAW']}),
}, ['measure', 'execution'], 'measure: The measure type.')
d['ChannelRequirement'] = item('How requests reach the party (ETS 030 art. 15; ETS 182 art. 4; UNTOC art. 18(13); EIO art. 7): the transmission routes accepted, optionally only for some measures or urgency levels, and the central or competent authority that receives them.', {
    'measures': measures('The measure types the item applies to; absent = every measure.'),
    'urgency': arr('The urgency levels the item applies to; absent = every level.', {'$ref': '#/definitions/UrgencyLevel'}),
    'routes': arr('Accepted routes; the request\'s header.route must be one of them (a request without a route does not meet the item).', {'$ref': '#/definitions/TransmissionRoute'}),
    'authority': {'$ref': '#/definitions/ReceivingAuthority'},
}, ['routes'], 'authority: The authority that receives such requests; when given, header.recipient.authorityId must be it.')
d['ReceivingAuthority'] = {'type': 'object', 'description': 'The central or competent authority that receives requests. ' + REFNOTE + 'authorityId: Its authority id.', 'required': ['authorityId'], 'additionalProperties': False,
                           'properties': {'authorityId': {'$ref': '#/definitions/AuthorityId'}, 'name': {'type': 'string', 'description': 'Its official name.', 'minLength': 1, 'maxLength': 300}}}
d['SignatureRequirement'] = item('Signatures a request must carry (specification §7.4): the roles that must sign, and the algorithms accepted. Checked on the signed envelope, not on the draft.', {
    'roles': arr('Signer roles (trust-list roles) that must each sign the request.', {'type': 'string', 'description': 'A signer role.', 'enum': ['ISSUING', 'VALIDATING']}),
    'algorithms': copy.deepcopy(src['properties']['signatureAlgorithms']),
}, ['roles'])
d['EncryptionRequirement'] = item('Encryption the party requires (specification §9): the certificate to encrypt to and the accepted algorithms.', {
    'certificate': {'type': 'string', 'description': 'The encryption certificate, DER in standard base64.', 'minLength': 100, 'maxLength': 20000, 'pattern': '^[A-Za-z0-9+/]+={0,2}$'},
    'algorithms': copy.deepcopy(src['properties']['encryptionAlgorithms']),
}, ['certificate'])
d['CostsRule'] = item('Who bears the costs of execution (ETS 030 art. 20; UNTOC art. 18(28); EIO art. 21): informational, never checked.', {
    'rule': {'type': 'string', 'description': 'REQUESTED_PARTY_BEARS — ordinary costs borne by the requested party; EXPERT_AND_TRANSFER_COSTS_REFUNDED — experts\' fees and transfers of persons refunded (ETS 030 art. 20); EXTRAORDINARY_COSTS_CONSULTED — costs of a substantial or extraordinary nature agreed beforehand (UNTOC art. 18(28); EIO art. 21(2)).', 'enum': ['REQUESTED_PARTY_BEARS', 'EXPERT_AND_TRANSFER_COSTS_REFUNDED', 'EXTRAORDINARY_COSTS_CONSULTED']},
}, ['rule'])
instr = item('What the party requires of requests under one instrument it accepts. A request whose profile maps to an instrument the document does not list is MLAT-REQ-INSTRUMENT.', {
    'instrument': {'$ref': '#/definitions/InstrumentCode'},
    'languages': arr('Accepted languages (MLAT-REQ-LANGUAGE).', {'$ref': '#/definitions/LanguageRequirement'}, False),
    'declarations': arr('Reservations and declarations (MLAT-REQ-OFFENCE-EXCLUDED for excludedOffences).', {'$ref': '#/definitions/Declaration'}, False),
    'dualCriminality': arr('Dual-criminality requirements per measure (MLAT-REQ-DUAL-CRIMINALITY).', {'$ref': '#/definitions/DualCriminalityRequirement'}, False),
    'penaltyThresholds': arr('Minimum penalty thresholds (MLAT-REQ-PENALTY-THRESHOLD).', {'$ref': '#/definitions/PenaltyThreshold'}, False),
    'measures': arr('Measures not executed or executed only under conditions (MLAT-REQ-MEASURE-NOT-EXECUTED, MLAT-REQ-MEASURE-CONDITION).', {'$ref': '#/definitions/MeasureRestriction'}, False),
    'channels': arr('Routes and receiving authorities (MLAT-REQ-CHANNEL, MLAT-REQ-AUTHORITY).', {'$ref': '#/definitions/ChannelRequirement'}, False),
    'signatures': {'$ref': '#/definitions/SignatureRequirement'},
    'encryption': {'$ref': '#/definitions/EncryptionRequirement'},
    'costs': arr('Costs rules (informational).', {'$ref': '#/definitions/CostsRule'}, False),
}, ['instrument'], 'instrument: The instrument. | signatures: Required signer roles and algorithms. | encryption: The encryption certificate and algorithms.')
d['InstrumentRequirements'] = instr
d['Requirements'] = {
    'type': 'object',
    'description': 'The party\'s country profile (specification §10.7): per instrument it accepts, what a request must meet. A sender checks a draft against it before signing (mlat validate --recipient); every unmet item is an MLAT-REQ-* finding naming the item and its source.',
    'required': ['instruments'], 'additionalProperties': False,
    'properties': {'instruments': arr('One entry per instrument the party executes requests under.', {'$ref': '#/definitions/InstrumentRequirements'}, False)},
}
os.makedirs('schemas/capabilities/1.1', exist_ok=True)
with open('schemas/capabilities/1.1/capabilities.schema.json', 'w', encoding='utf-8', newline='\n') as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write('\n')
