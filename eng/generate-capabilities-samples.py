#!/usr/bin/env python3
"""Writes samples/capabilities: six country profiles (capabilities 1.1 documents with requirements, specification §10.7)
and, per profile, the requirement cases of the conformance kit in samples/capabilities/cases/<profile>/: a draft that
meets the profile (expected: no MLAT-REQ finding) and one draft per kind of requirement the profile states that misses
exactly that requirement (expected: that code at that pointer). Run from anywhere.

Sources: an item is PUBLISHED only where its text was read in a published source (named in the citation, with the
address it was read at); everything else is ILLUSTRATIVE and names the provision that allows such a requirement. The
party ids (DE:BfJ, ...) are ids of this standard's examples, not registered directory entries."""
import copy, json, os, shutil
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
OUT = 'samples/capabilities'

COE_030 = 'http://www.conventions.coe.int/Treaty/Commun/ListeDeclarations.asp?NT=030&CM=11&DF=03/05/2012&CL=ENG&VL=1'


def pub(citation, url=None):
    s = {'status': 'PUBLISHED', 'citation': citation}
    if url:
        s['url'] = url
    return s


def ill(citation):
    return {'status': 'ILLUSTRATIVE', 'citation': citation}


def it(id_, source, since, **members):
    return {'id': id_, **members, 'source': source, 'effectiveFrom': since}


VERSIONS = [{'version': '1.2', 'status': 'ACTIVE', 'send': ['AssistanceRequest', 'AcknowledgementOfReceipt', 'EvidenceTransmission'],
             'receive': ['AssistanceRequest', 'AcknowledgementOfReceipt', 'EvidenceTransmission']}]


def doc(country, authority, name, instruments, languages):
    return {'capabilitiesVersion': '1.1', 'party': {'country': country, 'authorityId': authority, 'name': name,
            'endpoint': f'https://mlat.{country.lower()}.example/inbox'}, 'issuedAt': '2026-11-01T00:00:00Z', 'versions': VERSIONS,
            'signatureAlgorithms': ['ES256', 'PS256'], 'encryptionAlgorithms': ['ECDH-ES+A256KW+A256GCM'], 'languages': languages,
            'requirements': {'instruments': instruments}}


PROFILES = {}

# Germany: the ETS 030 reservation and declaration as deposited (Council of Europe Treaty Office list), the language
# and central authority from Germany's PC-OC national procedures table, the EIO language as reported by EIO-LAPD.
PCOC_DE = 'https://paperzz.com/doc/7713020/federal-republic-of-germany1-%E2%80%92-national-procedures-for-mu...'
PROFILES['de-bfj'] = doc('DE', 'DE:BfJ', 'Bundesamt für Justiz', [
    it('de.ets030', pub('ETS 030, in force for Germany from 1 January 1977 (instrument of ratification deposited 2 October 1976)', COE_030), '1977-01-01', instrument='ETS_030',
       languages=[it('de.ets030.languages', pub('ETS 030 art. 16(2); PC-OC national procedures table of Germany (updated 4 February 2014): requests and annexed documents to be translated into German (English or French accepted only on the basis of reciprocity)', PCOC_DE), '1977-01-01', languages=['de'])],
       declarations=[
           it('de.ets030.art5', pub('ETS 030 art. 5(1); reservation of Germany of 2 October 1976: search and seizure of property only if the conditions of art. 5(1)(a) and (c) are met', COE_030), '1977-01-01',
              kind='RESERVATION', article='5', summary='Search and seizure only when the offence is punishable under German law too and execution is consistent with German law.'),
           it('de.ets030.art7', pub('ETS 030 art. 7(3); declaration of Germany of 2 October 1976: a summons on an accused person is executed, on principle, only if received at least one month before the date set for appearance', COE_030), '1977-01-01',
              kind='DECLARATION', article='7(3)', summary='Summonses for accused persons must arrive at least one month before the appearance.'),
       ],
       dualCriminality=[it('de.ets030.dual-criminality.search', pub('ETS 030 art. 5(1)(a); reservation of Germany of 2 October 1976', COE_030), '1977-01-01', measures=['SEARCH_AND_SEIZURE'])],
       measures=[it('de.ets030.search.consistent-with-law', pub('ETS 030 art. 5(1)(c); reservation of Germany of 2 October 1976', COE_030), '1977-01-01', measure='SEARCH_AND_SEIZURE', execution='CONDITIONAL', conditions=['CONSISTENT_WITH_LAW'])],
       channels=[
           it('de.ets030.channel', pub('ETS 030 art. 15(1); PC-OC national procedures table of Germany (updated 4 February 2014): central authority the Federal Office of Justice, Bonn', PCOC_DE), '1977-01-01', routes=['CENTRAL_AUTHORITY'], authority={'authorityId': 'DE:BfJ', 'name': 'Bundesamt für Justiz'}),
           it('de.ets030.channel.urgent', ill('ETS 030 art. 15(2): in urgent cases letters rogatory may go directly between judicial authorities'), '1977-01-01', urgency=['URGENT', 'EMERGENCY'], routes=['DIRECT_JUDICIAL']),
       ],
       costs=[it('de.ets030.costs', ill('ETS 030 art. 20'), '1977-01-01', rule='EXPERT_AND_TRANSFER_COSTS_REFUNDED')]),
    it('de.eio', ill('Directive 2014/41/EU art. 36(1): transposition by 22 May 2017'), '2017-05-22', instrument='EIO_DIRECTIVE_2014_41',
       languages=[it('de.eio.languages', pub('Directive 2014/41/EU art. 5(2) and 33(1)(b); Germany accepts EIOs in German only, also in urgent cases, as reported by the EIO-LAPD project (2 August 2021)', 'https://eio-lapd.eu/2021/08/02/new-revelations-from-the-report-on-the-implementation-of-directive-2014-41-eu-regarding-the-european-investigation-order-in-criminal-matters/'), '2017-05-22', languages=['de'])],
       channels=[it('de.eio.channel', ill('Directive 2014/41/EU art. 7(1): direct transmission from issuing to executing authority'), '2017-05-22', routes=['DIRECT_JUDICIAL'])]),
], ['de'])

# France: the receiving office of the Ministry of Justice as published in the EJN Fiches Belges; the rest illustrative.
FB_FR = 'https://www.ejn-crimjust.europa.eu/ejn/EJN_FichesBelgesResult/RO/406/273/-1'
PROFILES['fr-bepi'] = doc('FR', 'FR:MJ-DACG-BEPI', "Ministère de la Justice, DACG, Bureau de l'entraide pénale internationale", [
    it('fr.eio', ill('Directive 2014/41/EU art. 36(1); Code de procédure pénale, Book IV, Title X, Chapter II, Section 1'), '2017-05-22', instrument='EIO_DIRECTIVE_2014_41',
       languages=[it('fr.eio.languages', ill('Directive 2014/41/EU art. 5(2) and 33(1)(b): the languages France notified'), '2017-05-22', languages=['fr'])],
       dualCriminality=[it('fr.eio.dual-criminality.coercive', ill('Directive 2014/41/EU art. 11(1)(g) and 11(2): dual criminality for coercive measures, except listed offences of annex D'), '2017-05-22',
                           measures=['SEARCH_AND_SEIZURE', 'INTERCEPTION_OF_TELECOMMUNICATIONS'], accepted=['PUNISHABLE_IN_BOTH_STATES', 'LISTED_OFFENCE'])],
       measures=[it('fr.eio.search.judicial', ill('Directive 2014/41/EU art. 2(c)(ii) and 10(1)(b): a search only on an order a court or an investigating judge issued or validated'), '2017-05-22', measure='SEARCH_AND_SEIZURE', execution='CONDITIONAL', conditions=['JUDICIAL_AUTHORISATION'])],
       channels=[it('fr.eio.channel', ill('Directive 2014/41/EU art. 7(1): direct transmission to the competent executing authority'), '2017-05-22', routes=['DIRECT_JUDICIAL'])]),
    it('fr.ets030', ill('ETS 030, in force for France from 21 August 1967 (per the Netherlands treaty database)'), '1967-08-21', instrument='ETS_030',
       note='The EJN Fiches Belges for France state that a French translation is not required under ETS 030 art. 16 but recommended; the profile therefore states no language requirement.',
       declarations=[it('fr.ets030.excluded-category', ill('ETS 030 art. 2(a): assistance may be refused for fiscal offences; France\'s position not verified'), '1967-08-21',
                        kind='RESERVATION', article='2(a)', summary='Illustrative only: shows how a party states a category of offences it gives no assistance for; ICCS section 08 (acts against public order, authority and provisions of the State) stands for the category.', excludedOffences=['08'])],
       channels=[it('fr.ets030.channel', pub('EJN Fiches Belges, France, measure 406: the authority designated by France to receive requests is the Ministry of Justice, Directorate of Criminal Affairs and Pardons, Office of International Mutual Legal Assistance in Criminal Matters, 13 place Vendôme, Paris', FB_FR), '1967-08-21',
                    routes=['CENTRAL_AUTHORITY'], authority={'authorityId': 'FR:MJ-DACG-BEPI', 'name': "Bureau de l'entraide pénale internationale"})]),
], ['fr'])

# United Kingdom: no EIO since it left the EU (a draft EIO gets MLAT-REQ-INSTRUMENT); the UK Central Authority from
# the Home Office guidelines; the tax reciprocity statement from the UK briefing; the rest illustrative.
UK_GUIDE = 'https://archive.li/GGVpr'
UK_BRIEF = 'https://docslib.org/doc/8537066/1-united-kingdom-briefing-on-international-cooperation-in'
PROFILES['gb-ukca'] = doc('GB', 'GB:UKCA', 'UK Central Authority, Home Office', [
    it('gb.ets030', ill('ETS 030, date of entry into force for the United Kingdom not verified'), '1991-11-27', instrument='ETS_030',
       languages=[it('gb.ets030.languages', ill('ETS 030 art. 16(2): requests in English'), '1991-11-27', languages=['en'])],
       declarations=[it('gb.ets030.tax-reciprocity', pub('United Kingdom Briefing on International Cooperation in Criminal Matters: reciprocity is required in all requests for assistance in tax matters (a policy statement, not a deposited declaration)', UK_BRIEF), '2014-01-01',
                        kind='DECLARATION', article='2(a)', summary='Assistance in tax matters only on the basis of reciprocity.')],
       dualCriminality=[it('gb.ets030.dual-criminality.search', ill('ETS 030 art. 5(1)(a)'), '1991-11-27', measures=['SEARCH_AND_SEIZURE', 'FREEZING'])],
       channels=[it('gb.ets030.channel', pub('Requests for Mutual Legal Assistance in Criminal Matters, Guidelines for Authorities Outside of the United Kingdom, 11th edition (Judicial Co-operation Unit, Home Office, January 2014)', UK_GUIDE), '2014-01-01',
                    routes=['CENTRAL_AUTHORITY'], authority={'authorityId': 'GB:UKCA', 'name': 'UK Central Authority'})]),
], ['en'])

# United States: every item illustrative (no published text was verified with the search tool).
PROFILES['us-oia'] = doc('US', 'US:DOJ-OIA', 'Office of International Affairs, Criminal Division, U.S. Department of Justice', [
    it('us.untoc', ill('UNTOC, ratified by the United States'), '2005-12-03', instrument='UNTOC',
       languages=[it('us.untoc.languages', ill('UNTOC art. 18(14): language notified to the Secretary-General'), '2005-12-03', languages=['en'])],
       measures=[it('us.untoc.interception', ill('UNTOC art. 18(21)(c): a measure the requested State could not take for a similar domestic offence'), '2005-12-03', measure='INTERCEPTION_OF_TELECOMMUNICATIONS', execution='NOT_EXECUTED')],
       channels=[it('us.untoc.channel', ill('UNTOC art. 18(13): the central authority designated'), '2005-12-03', routes=['CENTRAL_AUTHORITY'], authority={'authorityId': 'US:DOJ-OIA', 'name': 'Office of International Affairs'})],
       costs=[it('us.untoc.costs', ill('UNTOC art. 18(28)'), '2005-12-03', rule='EXTRAORDINARY_COSTS_CONSULTED')]),
], ['en'])

# Brazil: every item illustrative except the instrument's parliamentary approval, which was read.
PROFILES['br-drci'] = doc('BR', 'BR:MJSP-DRCI', 'Departamento de Recuperação de Ativos e Cooperação Jurídica Internacional', [
    it('br.untoc', pub('UNTOC, approved by Decreto Legislativo nº 231 of 29 May 2003 (entry into force for Brazil not verified; the date is illustrative)', 'https://www2.camara.leg.br/legin/fed/decleg/2003/decretolegislativo-231-29-maio-2003-496863-convencao-1-pl.html'), '2004-02-28', instrument='UNTOC',
       languages=[it('br.untoc.languages', ill('UNTOC art. 18(14): Portuguese'), '2004-02-28', languages=['pt'])],
       dualCriminality=[it('br.untoc.dual-criminality.coercive', ill('UNTOC art. 18(9): dual criminality for coercive measures'), '2004-02-28', measures=['SEARCH_AND_SEIZURE', 'BANK_ACCOUNT_INFORMATION'])],
       channels=[it('br.untoc.channel', ill('UNTOC art. 18(13): the central authority designated'), '2004-02-28', routes=['CENTRAL_AUTHORITY'], authority={'authorityId': 'BR:MJSP-DRCI', 'name': 'DRCI'})]),
], ['pt'])

# Kenya: the central authority and the written request to it from the Mutual Legal Assistance Act 2011 (ss. 5, 8);
# the rest illustrative.
KE_ACT = 'https://iccdb.hrlc.net/data/doc/856/keyword/445/'
PROFILES['ke-oag'] = doc('KE', 'KE:OAG-CA', 'Office of the Attorney-General, Central Authority', [
    it('ke.untoc', ill('UNTOC, ratified by Kenya'), '2011-12-02', instrument='UNTOC',
       languages=[it('ke.untoc.languages', ill('UNTOC art. 18(14): English'), '2011-12-02', languages=['en'])],
       penaltyThresholds=[it('ke.untoc.threshold.interception', ill('Mutual Legal Assistance Act 2011 s. 27: interception only for serious offences'), '2011-12-02', measures=['INTERCEPTION_OF_TELECOMMUNICATIONS'], minimum='P4Y')],
       measures=[it('ke.untoc.interception.judicial', ill('Mutual Legal Assistance Act 2011 s. 27: interception on a court order'), '2011-12-02', measure='INTERCEPTION_OF_TELECOMMUNICATIONS', execution='CONDITIONAL', conditions=['JUDICIAL_AUTHORISATION'])],
       channels=[it('ke.untoc.channel', pub('Mutual Legal Assistance Act 2011 (Kenya) s. 5(2): the Office of the Attorney-General is the Central Authority; s. 8(1): a request shall be made in writing to the Central Authority', KE_ACT), '2011-12-02',
                    routes=['CENTRAL_AUTHORITY'], authority={'authorityId': 'KE:OAG-CA', 'name': 'Office of the Attorney-General'})]),
], ['en'])


def strip_none(x):
    if isinstance(x, dict):
        return {k: strip_none(v) for k, v in x.items() if v is not None}
    if isinstance(x, list):
        return [strip_none(v) for v in x]
    return x


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write('\n')


if os.path.isdir(f'{OUT}/cases'):
    shutil.rmtree(f'{OUT}/cases')
for name, profile in PROFILES.items():
    write(f'{OUT}/{name}.json', strip_none(profile))

BASES = {'ETS_030': 'ets030-no-it-search-and-seizure', 'UNTOC': 'untoc-br-es-witness-videoconference', 'EIO_DIRECTIVE_2014_41': 'eio-de-fr-bank-records-fraud'}
PROFILE_OF = {'ETS_030': 'MLA_ETS030', 'UNTOC': 'MLA_UNTOC', 'EIO_DIRECTIVE_2014_41': 'EIO'}
SIMPLE = {'SEARCH_AND_SEIZURE': 'Search of the premises named in the request and seizure of the records found (test data).',
          'FREEZING': 'Freezing of the balance of the account named in the request (test data).',
          'BANK_ACCOUNT_INFORMATION': 'Information on the accounts held by the suspect (test data).',
          'INTERCEPTION_OF_TELECOMMUNICATIONS': 'Interception of the telephone line named in the request for 30 days (test data).'}


def texts(node):
    """Every multilingual text object in a draft."""
    if isinstance(node, dict):
        if isinstance(node.get('entries'), list) and all(isinstance(e, dict) and 'lang' in e for e in node['entries']):
            yield node
        for v in node.values():
            yield from texts(v)
    elif isinstance(node, list):
        for v in node:
            yield from texts(v)


def relang(draft, lang):
    """Writes the draft in `lang`: the header language, and an entry in it for every text (MLAT-R-0029)."""
    draft['header']['language'] = lang
    for t in texts(draft):
        if not any(e['lang'] == lang for e in t['entries']):
            entry = copy.deepcopy(next((e for e in t['entries'] if e.get('original')), t['entries'][0]))
            entry.update({'lang': lang, 'original': False, 'translation': {'method': 'HUMAN', 'by': 'Sworn translator (test data)', 'at': draft['header']['createdAt']}})
            t['entries'].append(entry)


def applies(item, urgency, types=()):
    return (not item.get('urgency') or urgency in item['urgency']) and (not item.get('measures') or any(t in item['measures'] for t in types))


def base_draft(profile, entry):
    draft = json.load(open(f"samples/1.2/valid/AssistanceRequest/{BASES[entry['instrument']]}.json", encoding='utf-8'))
    h, b = draft['header'], draft['body']
    party = profile['party']
    b['profile'] = PROFILE_OF[entry['instrument']]
    b['executingState'] = party['country']
    b.pop('executingAuthority', None)
    urgency = (b.get('urgency') or {}).get('level', 'NORMAL')
    # Every measure the profile constrains (and does not refuse) is asked for, so that the draft meets each item.
    wanted = []
    for group in ('dualCriminality', 'penaltyThresholds'):
        for x in entry.get(group, []):
            wanted += x['measures'][:1]
    wanted += [m['measure'] for m in entry.get('measures', []) if m['execution'] == 'CONDITIONAL']
    lang0 = b['measures'][0]['description']['entries'][0]['lang']
    for t in dict.fromkeys(wanted):
        if not any(m['type'] == t for m in b['measures']):
            b['measures'].append({'id': f'm{len(b["measures"]) + 1}', 'type': t, 'description': {'entries': [{'lang': lang0, 'text': SIMPLE[t], 'original': True}]}})
    if entry.get('dualCriminality'):
        for o in b.get('offences', []):
            o['dualCriminality'] = {'assessment': 'PUNISHABLE_IN_BOTH_STATES'}
    if any('JUDICIAL_AUTHORISATION' in m.get('conditions', []) for m in entry.get('measures', [])):
        b['validatingAuthority'] = {'id': f"{party['country']}:Test-Court", 'country': b['issuingAuthority']['country'], 'name': 'Investigating judge (test data)', 'type': 'INVESTIGATING_JUDGE'}
        b['validatingAuthority']['id'] = b['issuingAuthority']['country'] + ':Test-Investigating-Judge'
    types = [m['type'] for m in b['measures']]
    channel = next((c for c in entry.get('channels', []) if applies(c, urgency, types)), None)
    if channel:
        h['route'] = channel['routes'][0]
        if 'authority' in channel:
            h['recipient'] = {'country': party['country'], 'authorityId': channel['authority']['authorityId'], 'name': channel['authority'].get('name', party['name']), 'role': 'RECEIVING'}
        else:
            h['recipient'] = {'country': party['country'], 'authorityId': party['country'] + ':Test-Executing-Authority', 'name': 'Executing authority (test data)', 'role': 'EXECUTING'}
    else:
        h['recipient'] = {'country': party['country'], 'authorityId': party['authorityId'], 'name': party['name'], 'role': 'RECEIVING'}
    langs = [x for x in entry.get('languages', []) if applies(x, urgency)]
    relang(draft, langs[0]['languages'][0] if langs else h['language'])
    return draft, urgency, types


def write_cases(profiles, out, write):
    for name, profile in profiles.items():
        for entry in profile['requirements']['instruments']:
            draft, urgency, types = base_draft(profile, entry)
            folder = f"{out}/cases/{name}/{entry['id']}"
            case = lambda n, d, expected: write(f'{folder}/{n}.json', {'profile': f'{name}.json', 'message': d, 'expected': [{'code': c, 'pointer': p} for c, p in expected]})
            case('meets', draft, [])
            d = copy.deepcopy(draft)
            # A bilateral treaty none of the sample profiles lists; the legal basis follows the profile (MLAT-R-0056).
            d['body']['profile'] = 'MLA_BILATERAL'
            d['body']['legalBasis'] = [{'instrument': 'BILATERAL', 'title': 'Treaty on mutual legal assistance in criminal matters (test data)'}]
            case('misses-instrument', d, [('MLAT-REQ-INSTRUMENT', '/body/profile')])
            langs = [x for x in entry.get('languages', []) if applies(x, urgency)]
            if langs:
                d = copy.deepcopy(draft)
                accepted = {l for x in langs for l in x['languages']}
                relang(d, next(l for l in ('it', 'es', 'pl') if l not in accepted))
                case('misses-language', d, [('MLAT-REQ-LANGUAGE', '/header/language')])
            if any(applies(c, urgency, types) for c in entry.get('channels', [])):
                d = copy.deepcopy(draft)
                d['header']['route'] = 'DIPLOMATIC'
                case('misses-channel', d, [('MLAT-REQ-CHANNEL', '/header/route')])
                if any('authority' in c for c in entry['channels'] if applies(c, urgency, types)):
                    d = copy.deepcopy(draft)
                    d['header']['recipient']['authorityId'] = d['header']['recipient']['country'] + ':Another-Authority'
                    case('misses-authority', d, [('MLAT-REQ-AUTHORITY', '/header/recipient/authorityId')])
            if entry.get('dualCriminality') and draft['body'].get('offences'):
                d = copy.deepcopy(draft)
                del d['body']['offences'][0]['dualCriminality']
                case('misses-dual-criminality', d, [('MLAT-REQ-DUAL-CRIMINALITY', '/body/offences/0/dualCriminality')])
            if entry.get('penaltyThresholds'):
                d = copy.deepcopy(draft)
                for o in d['body']['offences']:
                    o['maximumPenalty'] = {'type': 'CUSTODIAL', 'maximum': 'P6M'}
                case('misses-penalty-threshold', d, [('MLAT-REQ-PENALTY-THRESHOLD', f'/body/offences/{j}/maximumPenalty') for j in range(len(d['body']['offences']))])
            for m in entry.get('measures', []):
                d = copy.deepcopy(draft)
                if m['execution'] == 'NOT_EXECUTED':
                    lang0 = d['body']['measures'][0]['description']['entries'][0]['lang']
                    d['body']['measures'].append({'id': 'mx', 'type': m['measure'], 'description': {'entries': [{'lang': lang0, 'text': SIMPLE[m['measure']], 'original': True}]}})
                    relang(d, d['header']['language'])
                    case('misses-measure-not-executed', d, [('MLAT-REQ-MEASURE-NOT-EXECUTED', f"/body/measures/{len(d['body']['measures']) - 1}/type")])
                elif 'JUDICIAL_AUTHORISATION' in m.get('conditions', []):
                    del d['body']['validatingAuthority']
                    case('misses-measure-condition', d, [('MLAT-REQ-MEASURE-CONDITION', '/body/validatingAuthority')])
            for x in entry.get('declarations', []):
                if x.get('excludedOffences') and draft['body'].get('offences'):
                    d = copy.deepcopy(draft)
                    d['body']['offences'][0]['iccs'] = x['excludedOffences'][0] + '01'
                    case('misses-offence-excluded', d, [('MLAT-REQ-OFFENCE-EXCLUDED', '/body/offences/0/iccs')])


write_cases(PROFILES, OUT, write)
