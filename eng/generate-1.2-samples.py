#!/usr/bin/env python3
"""Generates samples/1.2 (full, minimal and single-defect invalid samples of the four 1.2 message types; 1.2 copies of
every valid 1.1 sample; 1.2 samples of 1.1 types that use the 1.2 additions; rule samples of MLAT-R-0101..0108) and
rewrites the 1.2 cases of samples/manifest.json. Run from anywhere after eng/generate-1.2-schemas.py; review the diff.
SampleManifestTests, RuleSampleTests, AjvInteropTests and SampleConversionTests prove the expectations."""
import copy, json, os, sys
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
sys.path.insert(0, 'eng')
from samplegen import T, dump, load, SampleSet

V = '1.2'
S = SampleSet(V, "6a1d2e3f-4b5c-4d6e-8f70-8192a3b4c5d6")
mid, case, valid, rule_case, cases = S.mid, S.case, S.valid, S.rule_case, S.cases


def hdr(mt, name, sender, recipient, lang='en', reply=None, conv=None, **extra):
    m = mid(name)
    h = {"version": V, "messageType": mt, "messageId": m, "conversationId": conv or m}
    if reply:
        h["inReplyTo"] = reply
    h.update({"createdAt": "2026-12-02T09:00:00Z", "sender": sender, "recipient": recipient, "language": lang})
    h.update(extra)
    return h


def invalid(mt, name, doc, code, pointer, desc):
    codes = code if isinstance(code, list) else [code]
    case('invalid', mt, name, doc, desc, [(c, pointer) for c in codes])


def mutate(doc, path, value=None, delete=False):
    d = copy.deepcopy(doc)
    cur = d
    for p in path[:-1]:
        cur = cur[p]
    if delete:
        del cur[path[-1]]
    else:
        cur[path[-1]] = value
    return d


def setp(path, value=None, delete=False):
    def f(d):
        cur = d
        for p in path[:-1]:
            cur = cur[p]
        if delete:
            del cur[path[-1]]
        else:
            cur[path[-1]] = value
    return f


# ---------------------------------------------------------------- parties
DE_STA = {"country": "DE", "authorityId": "DE:StA-Muenchen-I", "name": "Staatsanwaltschaft München I", "role": "ISSUING"}
FR_PQ = {"country": "FR", "authorityId": "FR:TJ-Paris-Parquet", "name": "Parquet du tribunal judiciaire de Paris", "role": "EXECUTING"}
IE_SP = {"country": "IE", "authorityId": "IE:Example-Cloud-Ltd", "name": "Example Cloud Services Ltd", "role": "SERVICE_PROVIDER", "establishmentType": "DESIGNATED_ESTABLISHMENT"}
IE_DPP_P = {"country": "IE", "authorityId": "IE:DPP", "name": "Office of the Director of Public Prosecutions", "role": "ENFORCING_AUTHORITY"}
IE_DPP = {"id": "IE:DPP", "country": "IE", "name": "Office of the Director of Public Prosecutions", "type": "PUBLIC_PROSECUTOR"}
FR_PQ_A = {"id": "FR:TJ-Paris-Parquet", "country": "FR", "name": "Parquet du tribunal judiciaire de Paris", "type": "PUBLIC_PROSECUTOR"}
CONTACT_FR = {"name": "Claire Exemple", "function": "Substitute du procureur, section internationale", "phones": ["+33144325100"], "emails": ["entraide.parquet@tj-paris.example.fr"], "languages": ["fr", "en"]}
REQ = "3f6c2a51-8d0e-4b7a-9c11-2e5f7a9b0c41"  # the DE->FR bank-records EIO of the 1.0 samples
REQREF = {"messageId": REQ, "issuingReference": "123 Js 4567/26", "executingReference": "PARQ-EIO-26/1187"}
EPOC = "7b1c0002-2f4e-4a6b-9c1d-000000000002"  # the 1.1 full EPOC sample
EPOCREF = {"messageId": EPOC, "issuingReference": "125 Js 4711/26-EPOC1", "issuedOn": "2026-11-27"}
REPLY = dict(reply=REQ, conv=REQ)

# ---------------------------------------------------------------- ClosureNotice
cn_min = {"header": hdr("ClosureNotice", "cn-min", FR_PQ, {**DE_STA}, 'fr', **REPLY),
          "body": {"request": {"messageId": REQ}, "closedOn": "2027-03-20", "closedBy": FR_PQ_A, "reason": "EXECUTED"}}
cn_full = {"header": hdr("ClosureNotice", "cn-full", FR_PQ, DE_STA, 'fr', **REPLY, ourReference="PARQ-EIO-26/1187", yourReference="123 Js 4567/26", contact=CONTACT_FR),
           "body": {"request": REQREF, "closedOn": "2027-03-20", "closedBy": FR_PQ_A, "reason": "PARTIALLY_EXECUTED", "measureRefs": ["m1", "m2"],
                    "explanation": T("Les relevés bancaires ont été transmis ; la mesure m2 n'a pu être exécutée que pour 2025.", 'fr'), "evidenceStillToFollow": False}}
valid("ClosureNotice", "minimal", cn_min, "Minimal closure: the request by messageId, date, closing authority, reason EXECUTED (EIO art. 16; UNTOC art. 18(24)).")
valid("ClosureNotice", "full-partially-executed", cn_full, "Paris closes its file on the Munich bank-records EIO, partly executed, with both file references and a named contact in the header (1.2 additions).")
invalid("ClosureNotice", "missing-reason", mutate(cn_min, ["body", "reason"], delete=True), "schema.required", "/body/reason", "Derived from minimal: the reason is required.")
invalid("ClosureNotice", "unknown-reason", mutate(cn_min, ["body", "reason"], "ARCHIVED"), "schema.enum", "/body/reason", "Derived from minimal: ARCHIVED is not a closure reason.")
invalid("ClosureNotice", "missing-closed-by", mutate(cn_min, ["body", "closedBy"], delete=True), "schema.required", "/body/closedBy", "Derived from minimal: the authority that closed the file is required.")

# ---------------------------------------------------------------- WithdrawalAcknowledgement
WN = "e1d5c7a2-6b3f-5a4e-9d8c-7b6a5f4e3d2c"
wa_min = {"header": hdr("WithdrawalAcknowledgement", "wa-min", FR_PQ, DE_STA, 'fr', reply=WN, conv=REQ),
          "body": {"withdrawalId": WN, "request": {"messageId": REQ}, "acknowledgedAt": "2027-01-15T10:00:00Z"}}
wa_full = {"header": hdr("WithdrawalAcknowledgement", "wa-full", FR_PQ, DE_STA, 'fr', reply=WN, conv=REQ, ourReference="PARQ-EIO-26/1187", yourReference="123 Js 4567/26", contact=CONTACT_FR),
           "body": {"withdrawalId": WN, "request": REQREF, "acknowledgedAt": "2027-01-15T10:00:00Z", "measuresStopped": ["m2"], "measuresAlreadyExecuted": ["m1"],
                    "evidenceToBeTransferred": True, "note": T("Les relevés déjà obtenus pour m1 seront transmis comme demandé.", 'fr')}}
valid("WithdrawalAcknowledgement", "minimal", wa_min, "Minimal acknowledgement of a withdrawal: the WithdrawalNotice's messageId, the request, when it was acted on (UNTOC art. 18(24)).")
valid("WithdrawalAcknowledgement", "full-partial-stop", wa_full, "Partial withdrawal acknowledged: m2 stopped, m1 already executed and its evidence still transferred as asked.")
invalid("WithdrawalAcknowledgement", "missing-withdrawal-id", mutate(wa_min, ["body", "withdrawalId"], delete=True), "schema.required", "/body/withdrawalId", "Derived from minimal: the withdrawal acknowledged must be named.")
invalid("WithdrawalAcknowledgement", "acknowledged-at-not-utc", mutate(wa_min, ["body", "acknowledgedAt"], "2027-01-15T11:00:00+01:00"), "schema.pattern", "/body/acknowledgedAt", "Derived from minimal: the instant is not in UTC with Z.")
invalid("WithdrawalAcknowledgement", "empty-measures-stopped", mutate(wa_min, ["body", "measuresStopped"], []), "schema.minItems", "/body/measuresStopped", "Derived from minimal: an empty list of stopped measures.")

# ---------------------------------------------------------------- EvidenceReceipt
ET = "250a84ad-15dd-5849-8f60-a3fe9bfdfa2d"  # the 1.1 minimal EvidenceTransmission sample
er_min = {"header": hdr("EvidenceReceipt", "er-min", {**DE_STA}, {**FR_PQ, "role": "EXECUTING"}, 'de', reply=ET, conv=REQ),
          "body": {"transmissionId": ET, "receivedAt": "2027-02-10T15:30:00Z", "attachments": [{"attachmentRef": "A1", "status": "RECEIVED_INTACT"}], "complete": True}}
er_full = {"header": hdr("EvidenceReceipt", "er-full", DE_STA, FR_PQ, 'de', reply=ET, conv=REQ, ourReference="123 Js 4567/26", yourReference="PARQ-EIO-26/1187",
                         contact={"name": "Oberstaatsanwältin Test", "phones": ["+4989559700"], "emails": ["poststelle@sta-m1.example.de"], "languages": ["de", "fr"]}),
           "body": {"transmissionId": ET, "request": REQREF, "receivedAt": "2027-02-10T15:30:00Z",
                    "attachments": [{"attachmentRef": "A1", "status": "RECEIVED_INTACT", "sha256": "utVUNCbKUmi-wxHa-XTA7AyJ21O5m3oAQ1OKuJOq48g"}],
                    "complete": True, "note": T("Eingang vollständig; Hashwert stimmt mit dem Manifest überein.", 'de')}}
er_bad = mutate(er_full, ["body", "attachments"], [{"attachmentRef": "A1", "status": "DIGEST_MISMATCH", "sha256": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}])
er_bad = mutate(er_bad, ["body", "complete"], False)
er_bad["header"]["messageId"] = mid("er-mismatch")
valid("EvidenceReceipt", "minimal", er_min, "Minimal receipt of the one-document transmission: received intact (EIO art. 13(1)).")
valid("EvidenceReceipt", "full-digest-matches", er_full, "Munich confirms the transmission with the digest it computed, which matches the manifest; both references and a contact.")
valid("EvidenceReceipt", "digest-mismatch", er_bad, "The digest computed on receipt differs from the manifest: the receipt says so per attachment and complete is false.")
invalid("EvidenceReceipt", "missing-complete", mutate(er_min, ["body", "complete"], delete=True), "schema.required", "/body/complete", "Derived from minimal: complete is required.")
invalid("EvidenceReceipt", "unknown-status", mutate(er_min, ["body", "attachments", 0, "status"], "OK"), "schema.enum", "/body/attachments/0/status", "Derived from minimal: OK is not a receipt status.")
invalid("EvidenceReceipt", "digest-not-base64url", mutate(er_min, ["body", "attachments", 0, "sha256"], "b9c3" * 16), "schema.pattern", "/body/attachments/0/sha256", "Derived from minimal: a hexadecimal digest where base64url is expected.")

# ---------------------------------------------------------------- EnforcingAuthorityDecision
ed_min = {"header": hdr("EnforcingAuthorityDecision", "ed-min", IE_DPP_P, DE_STA, 'en', reply=EPOC, conv=EPOC),
          "body": {"order": {"messageId": EPOC}, "decision": "NO_GROUNDS_RAISED", "decidedAt": "2026-11-28T16:00:00Z", "enforcingAuthority": IE_DPP}}
ed_full = {"header": hdr("EnforcingAuthorityDecision", "ed-full", IE_DPP_P, DE_STA, 'en', reply=EPOC, conv=EPOC, copies=[IE_SP], ourReference="DPP-EE-2026-0091", yourReference="125 Js 4711/26-EPOC1",
                         contact={"name": "International Unit", "function": "Duty solicitor", "phones": ["+35318588500"], "emails": ["international@dpp.example.ie"], "languages": ["en", "ga"]}),
           "body": {"order": EPOCREF, "decision": "GROUNDS_RAISED", "decidedAt": "2026-11-29T10:00:00Z", "enforcingAuthority": IE_DPP,
                    "grounds": ["IMMUNITY_OR_PRESS_FREEDOM"], "dataRequestRefs": ["d1"],
                    "explanation": T("The e-mail account d1 is used by a journalist for source communications protected under Irish law."),
                    "conditionsOnUse": T("Data of d2 may be used only for the investigation of the ransomware offence.")}}
valid("EnforcingAuthorityDecision", "minimal-no-grounds", ed_min, "Minimal: the Irish enforcing authority raises no ground for refusal on the notified EPOC (Regulation (EU) 2023/1543 art. 10(2)).")
valid("EnforcingAuthorityDecision", "full-grounds-raised", ed_full, "Grounds raised under art. 12(1)(a) for one data request, conditions on use for the other; the service provider is copied (header.copies).")
invalid("EnforcingAuthorityDecision", "unknown-ground", mutate(ed_full, ["body", "grounds", 0], "PUBLIC_ORDER"), "schema.enum", "/body/grounds/0", "Derived from full: PUBLIC_ORDER is not an art. 12(1) ground.")
invalid("EnforcingAuthorityDecision", "missing-decided-at", mutate(ed_min, ["body", "decidedAt"], delete=True), "schema.required", "/body/decidedAt", "Derived from minimal: the decision instant is required (art. 12(1) time limits).")
invalid("EnforcingAuthorityDecision", "unknown-header-role", mutate(ed_min, ["header", "sender", "role"], "ENFORCING"), "schema.enum", "/header/sender/role", "Derived from minimal: ENFORCING is not a party role (ENFORCING_AUTHORITY is).")

# ---------------------------------------------------------------- 1.2 copies of every valid 1.1 sample
m = json.load(open('samples/manifest.json', encoding='utf-8'))
for c in [c for c in m['cases'] if c['version'] == '1.1' and c['expectValid'] and c['file'].startswith('1.1/valid/')]:
    d = load(c['file'])
    d['header']['version'] = V
    f = '1.2/' + c['file'][4:]
    dump('samples/' + f, d)
    cases.append({"id": f[:-5], "file": f, "version": V, "messageType": c['messageType'], "expectValid": True, "expectedFindings": [],
                  "description": "The 1.1 sample " + c['id'] + " written as 1.2: nothing in a 1.1 type changed, so only header.version differs."})

# ---------------------------------------------------------------- 1.2 additions in 1.1 types
ar = load('1.1/valid/AssistanceRequest/eio-de-fr-bank-records-fraud.json')
ar['header'].update({"version": V, "messageId": mid("ar-additions"), "conversationId": mid("ar-additions"), "route": "DIRECT_JUDICIAL",
                     "copies": [{"country": "DE", "authorityId": "DE:BfJ", "name": "Bundesamt für Justiz", "role": "CENTRAL_AUTHORITY"}],
                     "ourReference": "123 Js 4567/26", "contact": {"name": "Oberstaatsanwältin Test", "function": "Dezernentin", "phones": ["+4989559700"], "emails": ["poststelle@sta-m1.example.de"], "languages": ["de", "fr", "en"]},
                     "handling": {"level": "CONFIDENTIAL", "needToKnow": True}})
b = ar['body']
b['offences'][0]['dualCriminality'] = {"assessment": "PUNISHABLE_IN_BOTH_STATES", "executingStateProvisions": [{"instrument": "NATIONAL", "article": "313-1", "title": "Code pénal", "state": "FR"}]}
b['offences'][0].setdefault('maximumPenalty', {"type": "CUSTODIAL", "maximum": "P5Y"})['maximumFine'] = {"amount": "375000", "currency": "EUR"}
b['proceedings']['additionalTypes'] = ["LEGAL_PERSON_LIABILITY"]
b.setdefault('deadlines', [])
b['deadlines'] = [dict(dl, **{"id": f"dl{i+1}", "origin": "REQUESTED", "startEvent": "FIXED_DATE"}) for i, dl in enumerate(b['deadlines'])] or [
    {"kind": "EXECUTION", "dueAt": "2027-03-31T23:59:59Z", "id": "dl1", "measureRefs": ["m1"], "origin": "REQUESTED", "startEvent": "FIXED_DATE",
     "reason": T("Die Hauptverhandlung ist für Mai 2027 anberaumt.", 'de')}]
if 'confidentiality' in b:
    b['confidentiality']['specialityConditions'] = ["PROCEEDINGS_STATED_ONLY", "NO_ONWARD_TRANSFER"]
valid("AssistanceRequest", "eio-1-2-additions", ar, "The DE->FR bank-records EIO using 1.2 additions in a 1.1 type: route, copy to the central authority, our reference, named contact, handling marking; dual-criminality statement with the French provision and its state; maximum fine; additional proceedings type; deadline with id, origin and start event. Converts to 1.1 with every addition parked.")

gps = load('1.1/valid/AssistanceRequest/minimal.json')
gps['header'].update({"version": V, "messageId": mid("ar-gps"), "conversationId": mid("ar-gps"), "route": "CENTRAL_AUTHORITY", "handling": {"level": "COVERT", "needToKnow": True}})
gps['body']['measures'] = [{"id": "m1", "type": "GPS_TRACKING", "description": T("Anbringung eines GPS-Senders am Fahrzeug des Beschuldigten für 30 Tage.", 'de')},
                           {"id": "m2", "type": "HEARING_BY_VIDEOCONFERENCE", "description": T("Vernehmung des geschützten Zeugen per Videokonferenz.", 'de'),
                            "subjectRefs": ["p1"],
                            "details": {"remoteHearing": {"mode": "VIDEOCONFERENCE", "personRef": "p1", "conductingAuthority": {"id": "AT:StA-Wien", "country": "AT", "name": "Staatsanwaltschaft Wien", "type": "PUBLIC_PROSECUTOR"}, "scheduledAt": "2027-01-20T09:00:00Z", "timeZone": "Europe/Prague",
                                                          "technicalArrangements": T("Verbindungstest am 19. Januar um 14 Uhr über die Justiz-Videokonferenzanlage.", 'de'),
                                                          "interpreter": "EXECUTING_STATE", "interpreterLanguages": ["ku"], "interpreterLanguagesIso6393": ["ckb"]}}}]
gps['body']['persons'] = [{"id": "p1", "familyNames": ["Zeuge-Test"], "protection": ["PROTECTED_WITNESS"], "languagesUnderstood": ["ku"], "languagesUnderstoodIso6393": ["ckb"]}]
gps['body']['parties'] = [{"personRef": "p1", "role": "WITNESS"}]
valid("AssistanceRequest", "eio-gps-covert-videoconference-sorani", gps, "A covert EIO (handling COVERT) for GPS tracking (falls back to OTHER_ASSISTANCE in 1.1) and a videoconference hearing of a protected witness with date, time zone, technical arrangements and a Sorani (ckb, ISO 639-3) interpreter provided by the executing State.")

su = load('1.1/valid/StatusUpdate/full-delay-notice.json')
su['header'].update({"version": V, "messageId": mid("su-phase"), "ourReference": "PARQ-EIO-26/1187", "yourReference": "123 Js 4567/26"})
su['body']['phase'] = "IN_EXECUTION"
su['body']['delay']['deadlineRefs'] = ["dl1"]
valid("StatusUpdate", "phase-in-execution-delay-moves-deadline", su, "The delay notice with the request-level phase IN_EXECUTION and the id of the deadline the delay moves (1.2 additions, parked in 1.1).")
su_rcv = {"header": hdr("StatusUpdate", "su-received", FR_PQ, DE_STA, 'fr', **REPLY, ourReference="PARQ-EIO-26/1187", contact=CONTACT_FR),
          "body": {"request": REQREF, "asOf": "2026-11-20T08:00:00Z", "phase": "RECEIVED", "outcomes": []}}
valid("StatusUpdate", "received-not-yet-assigned", su_rcv, "Received, not yet assigned: phase RECEIVED and no measure outcome, with no invented outcome (UNTOC art. 18(24)). 1.1 cannot express it: down-conversion is refused with MLAT-CONV-TARGET-INVALID at /body/outcomes.")

cs = load('1.1/valid/Consultation/full-costs-lithuania-sweden.json')
cs_ans = {"header": {**cs['header'], "version": V, "messageId": mid("cs-answer"), "inReplyTo": cs['header']['messageId'],
                     "sender": cs['header']['recipient'] | {"role": "ISSUING"}, "recipient": cs['header']['sender'] | {"role": "EXECUTING"}},
          "body": {"request": cs['body']['request'], "topic": "COSTS", "text": T("We answer your proposals P1 and P2."), "costEstimate": cs['body']['costEstimate'],
                   "answers": [{"consultationId": cs['header']['messageId'], "proposalRef": "P1", "answer": "REJECT", "reason": T("No budget for cost sharing this year.")},
                               {"consultationId": cs['header']['messageId'], "proposalRef": "P2", "answer": "COUNTER_PROPOSAL", "counterProposal": T("Analysis of the 60 priority samples plus 20 chosen by the laboratory.")}]}}
valid("Consultation", "answers-reject-and-counter", cs_ans, "Sweden answers the Lithuanian cost proposals by id: P1 rejected, P2 countered (EIO art. 21(2)).")
cs_consent = {"header": hdr("Consultation", "cs-consent", DE_STA, FR_PQ, 'en', **REPLY),
              "body": {"request": REQREF, "topic": "CONSENT_TO_OTHER_USE", "text": T("We ask for consent to use the bank statements received in the related tax-evasion proceedings 124 Js 99/27."),
                       "proposals": [{"id": "C1", "text": T("Use of evidence items E1 and E2 in proceedings 124 Js 99/27.")}], "replyBy": "2027-03-01T12:00:00Z"}}
valid("Consultation", "consent-to-other-use", cs_consent, "A request for consent to other use (UNTOC art. 18(19); EU MLA Convention 2000 art. 23(1)(c)); falls back to topic CONDITIONS in 1.1.")

po = load('1.1/valid/ProductionOrder/minimal.json')
po['header'].update({"version": V, "messageId": mid("po-cets9"), "conversationId": mid("po-cets9"), "route": "NETWORK_24_7", "language": "en",
                     "sender": {"country": "DE", "authorityId": "DE:BKA-24-7", "name": "Bundeskriminalamt, 24/7-Kontaktstelle", "role": "REQUESTING"},
                     "recipient": {"country": "IE", "authorityId": "IE:GNCCB-24-7", "name": "Garda National Cyber Crime Bureau, 24/7 point of contact", "role": "RECEIVING"}})
pb = po['body']
pb.update({"profile": "CETS224_ART9", "emergency": True,
           "dataRequests": [{"id": "d1", "identifier": {"type": "ICCID", "value": "8935301234567890123"}, "timeRange": {"start": "2026-12-01T00:00:00Z", "end": "2026-12-02T08:00:00Z"},
                             "categories": ["SUBSCRIBER", "TRAFFIC"], "subcategories": ["SUBSCRIBER_NAME", "SUBSCRIBER_ADDRESS", "TRAFFIC_LOCATION"]},
                            {"id": "d2", "identifier": {"type": "IMEI", "value": "490154203237518"}, "timeRange": {"start": "2026-12-01T00:00:00Z", "end": "2026-12-02T08:00:00Z"},
                             "categories": ["TRAFFIC"], "subcategories": ["TRAFFIC_LOCATION", "TRAFFIC_DATE_TIME_DURATION"]}],
           "deadlines": [{"kind": "PRODUCTION", "dueAt": "2026-12-02T17:00:00Z", "id": "dl1", "origin": "REQUESTED", "startEvent": "RECEIPT", "measureRefs": ["d1", "d2"],
                          "reason": T("A kidnapped child is believed to be with the holder of the SIM card.")}]})
# The header language is English: the free texts the 1.1 minimal order carries (MLAT-R-0063) are given in English (MLAT-R-0029).
if 'factsSummary' in pb:
    pb['factsSummary'] = T("A child was abducted on 1 December 2026; the abductor is believed to use the SIM card and the handset named below.")
for offence in pb.get('offences', []):
    offence['description'] = T("Abduction of a child.")
valid("ProductionOrder", "cets224-art9-emergency-iccid-imei", po, "A CETS 224 art. 9 emergency request through the 24/7 network (route NETWORK_24_7) for subscriber and location data of an ICCID and an IMEI, with annex I section F subcategories and a deadline with id and start event; profile falls back to CETS224_ART7 (which in 1.1 covers arts 7 to 9) and ICCID to OTHER in 1.1.")
po2 = load('1.1/valid/ProductionOrder/full-emergency-epoc-traffic-content.json')
po2['header'].update({"version": V, "messageId": mid("po-epoc"), "conversationId": mid("po-epoc"), "recipient": IE_SP, "copies": [IE_DPP_P]})
for dl in po2['body']['deadlines']:
    dl.update({"kind": "EPOC_EMERGENCY_8_HOURS", "id": "dl1", "origin": "STATUTORY", "startEvent": "RECEIPT"})
po2['body']['deadlines'].append({"kind": "ENFORCING_REVIEW_96_HOURS", "dueAt": "2026-12-01T08:10:00Z", "id": "dl2", "origin": "STATUTORY", "startEvent": "NOTIFICATION",
                                 "basis": {"instrument": "REGULATION_2023_1543", "article": "12", "paragraph": "1"}})
valid("ProductionOrder", "epoc-service-provider-role-statutory-deadlines", po2, "The emergency EPOC addressed to the SERVICE_PROVIDER role with its designated establishment, the enforcing authority copied, and the 8-hour and 96-hour statutory deadlines as their own kinds (Regulation (EU) 2023/1543 arts 10(4), 12(1)).")
po3 = load('1.1/valid/ProductionOrder/minimal.json')
po3['header'].update({"version": V, "messageId": mid("po-exempt"), "conversationId": mid("po-exempt")})
po3['body']['enforcingAuthority'] = {"notified": False, "exemption": "OFFENCE_AND_PERSON_IN_ISSUING_STATE"}
valid("ProductionOrder", "enforcing-authority-not-notified-art8-2", po3, "An EPOC whose enforcing authority is not notified, with the art. 8(2) reason (offence and person in the issuing State).")

imp = load('1.1/valid/ImpossibilityNotice/minimal.json')
imp['header'].update({"version": V, "messageId": mid("imp-copy"), "conversationId": mid("imp-copy"), "sender": IE_SP, "copies": [IE_DPP_P]})
valid("ImpossibilityNotice", "copy-to-enforcing-authority", imp, "An annex III impossibility notice from the service provider, copied to the enforcing authority (header.copies, role ENFORCING_AUTHORITY).")

et = load('1.1/valid/EvidenceTransmission/minimal-one-document.json')
et['header'].update({"version": V, "messageId": mid("et-dp"), "handling": {"level": "CONFIDENTIAL", "needToKnow": True}})
et['body']['dataProtection'] = {"specialityConditions": ["PROCEEDINGS_STATED_ONLY", "CONSENT_REQUIRED_FOR_OTHER_USE"], "processingConditions": T("Les données ne peuvent être conservées au-delà de la clôture de la procédure.", 'fr'),
                                "retainUntil": "2029-12-31", "consentForOtherUseRequired": True}
et['body']['items'][0]['dataProtection'] = {"eraseBy": "2030-06-30"}
valid("EvidenceTransmission", "data-protection-conditions", et, "Evidence sent with coded speciality conditions, processing conditions (Directive (EU) 2016/680 art. 9(3)), retention and erasure dates.")

adv = load('1.1/valid/AssistanceRequest/untoc-br-es-witness-videoconference.json')
adv['header'].update({"version": V, "messageId": mid("adv"), "conversationId": mid("adv"), "route": "INTERPOL", "advanceCopy": True})
valid("AssistanceRequest", "untoc-advance-copy-interpol", adv, "An urgent UNTOC request sent in advance through INTERPOL (advanceCopy, UNTOC art. 18(14)).")
conf = copy.deepcopy(adv)
conf['header'].update({"messageId": mid("adv-confirm"), "route": "CENTRAL_AUTHORITY", "confirmsAdvanceCopy": mid("adv")})
del conf['header']['advanceCopy']
valid("AssistanceRequest", "untoc-confirmation-of-advance-copy", conf, "The formal request through the central authorities confirming the advance copy by its messageId (UNTOC art. 18(14)).")

unk = load('1.1/valid/AssistanceRequest/minimal.json')
unk['header'].update({"version": V, "messageId": mid("unknown-suspect"), "conversationId": mid("unknown-suspect")})
unk['body']['persons'] = [{"id": "p1", "familyNames": [], "identityUnknown": True, "identifyingDescription": T("Männlich, etwa 30 Jahre, fuhr den grauen Lieferwagen mit tschechischem Kennzeichen.", 'de')}]
valid("AssistanceRequest", "unknown-suspect-without-name", unk, "An unknown suspect with no invented family name: familyNames empty, identityUnknown, what is known as text. 1.1 requires a family name: down-conversion is refused with MLAT-CONV-TARGET-INVALID.")

# invalid samples on 1.2 additions in 1.1 types
invalid("AssistanceRequest", "unknown-route", mutate(ar, ["header", "route"], "E_MAIL"), "schema.enum", "/header/route", "Derived from eio-1-2-additions: E_MAIL is not a transmission route.")
invalid("AssistanceRequest", "iso-639-3-in-iso-639-1-list", mutate(gps, ["body", "persons", 0, "languagesUnderstood"], ["ckb"]), "schema.enum", "/body/persons/0/languagesUnderstood/0", "Derived from eio-gps-covert-videoconference-sorani: an ISO 639-3 code in the ISO 639-1 list (it belongs in languagesUnderstoodIso6393).")
invalid("StatusUpdate", "unknown-phase", mutate(su_rcv, ["body", "phase"], "PENDING"), "schema.enum", "/body/phase", "Derived from received-not-yet-assigned: PENDING is not a request phase.")
invalid("AssistanceRequest", "handling-without-level", mutate(ar, ["header", "handling"], {"needToKnow": True}), "schema.required", "/header/handling/level", "Derived from eio-1-2-additions: a handling marking needs its level.")

# 1.1 message naming a 1.2-only type
neg = copy.deepcopy(cn_min)
neg['header']['version'] = '1.1'
f = "1.1/invalid/ClosureNotice/type-not-in-1.1.json"
dump('samples/' + f, neg)
cases.append({"id": f[:-5], "file": f, "version": "1.1", "messageType": "ClosureNotice", "expectValid": False,
              "expectedFindings": [{"code": "MLAT-TYPE-UNKNOWN", "pointer": "/header/messageType"}], "description": "A 1.2 ClosureNotice labelled version 1.1: the type does not exist in 1.1."})

# ---------------------------------------------------------------- rule samples MLAT-R-0101..0108
po_imei = copy.deepcopy(po)
rule_case("MLAT-R-0101", "iccid-and-imei", po_imei, None, [], "Derived from valid/ProductionOrder/cets224-art9-emergency-iccid-imei: a well-formed ICCID and an IMEI whose Luhn check digit is right.")
rule_case("MLAT-R-0101", "imei-check-digit", po_imei, setp(["body", "dataRequests", 1, "identifier", "value"], "490154203237519"), ["/body/dataRequests/1/identifier/value"], "Derived from the same order: the IMEI's last digit fails the Luhn check (3GPP TS 23.003).")
rule_case("MLAT-R-0101", "e164-without-plus", po_imei, setp(["body", "dataRequests", 0, "identifier"], {"type": "PHONE_E164", "value": "0049891234567"}), ["/body/dataRequests/0/identifier/value"], "Derived from the same order: a national dialling form where E.164 is declared.")
rule_case("MLAT-R-0102", "unknown-suspect", unk, None, [], "Derived from valid/AssistanceRequest/unknown-suspect-without-name: no family name, marked identityUnknown.")
rule_case("MLAT-R-0102", "single-name-person", unk, lambda d: d['body']['persons'][0].update({"givenNames": ["Bilal"], "identityUnknown": False}), [], "A person known by a single name: no family name, a given name.")
rule_case("MLAT-R-0102", "no-name-not-marked-unknown", unk, lambda d: d['body']['persons'][0].pop('identityUnknown'), ["/body/persons/0/familyNames"], "No family name, no given name and not marked identityUnknown.")
rule_case("MLAT-R-0103", "received-with-phase", su_rcv, None, [], "Derived from valid/StatusUpdate/received-not-yet-assigned: no outcome, phase RECEIVED.")
rule_case("MLAT-R-0103", "no-outcome-no-phase", su_rcv, lambda d: d['body'].pop('phase'), ["/body/outcomes"], "No measure outcome and no phase: the status update says nothing.")
cets8 = copy.deepcopy(po)
cets8['body'].update({"profile": "CETS224_ART8", "emergency": False, "offences": [{"id": "o1", "description": T("Online fraud against elderly victims using a rented SIM card.")}],
                      "factsSummary": T("Between September and November 2026, victims were called from the SIM card and persuaded to transfer savings.")})
cets8['header']['route'] = "CENTRAL_AUTHORITY"
rule_case("MLAT-R-0104", "offences-and-facts", cets8, None, [], "A CETS 224 art. 8 request naming the offence and summarising the facts.")
rule_case("MLAT-R-0104", "no-offences-no-facts", cets8, lambda d: (d['body'].pop('offences'), d['body'].pop('factsSummary')), ["/body/factsSummary", "/body/offences"], "The same request without offences and facts.")
rule_case("MLAT-R-0105", "emergency", po, None, [], "Derived from valid/ProductionOrder/cets224-art9-emergency-iccid-imei: an art. 9 request marked emergency.")
rule_case("MLAT-R-0105", "not-emergency", po, setp(["body", "emergency"], False), ["/body/emergency"], "The same art. 9 request not marked as an emergency.")
eu2000 = load('1.1/valid/AssistanceRequest/minimal.json')
eu2000['header'].update({"version": V, "sender": {"country": "IE", "authorityId": "IE:CA-DOJ", "name": "Central Authority for Mutual Assistance, Department of Justice", "role": "CENTRAL_AUTHORITY"}, "language": "en", "route": "CENTRAL_AUTHORITY"})
eu2000['body'].update({"profile": "MLA_EU_2000", "issuingAuthority": {"id": "IE:CA-DOJ", "country": "IE", "name": "Central Authority for Mutual Assistance, Department of Justice", "type": "CENTRAL_AUTHORITY"},
                       "legalBasis": [{"instrument": "EU_MLA_CONVENTION_2000", "article": "10"}],
                       "factsSummary": T("On 2 August 2026 a cyclist was injured in a road accident in Dublin; the witness, now living in Brno, saw the accident."),
                       "purpose": T("To obtain the witness's account for the prosecution of the driver (ETS 030 art. 14(1)(b), which the Convention supplements)."),
                       "measures": [{"id": "m1", "type": "HEARING_WITNESS", "description": T("Hearing of a witness to a road accident on 2 August 2026.")}]})
for offence in eu2000['body'].get('offences', []):
    offence['description'] = T("Dangerous driving causing bodily harm.")
rule_case("MLAT-R-0106", "legal-basis-named", eu2000, None, [], "An Irish request to Czechia under the EU MLA Convention 2000 (Ireland does not take part in the EIO Directive) naming the Convention.")
rule_case("MLAT-R-0106", "legal-basis-other", eu2000, setp(["body", "legalBasis"], [{"instrument": "ETS_030", "article": "3"}]), ["/body/legalBasis"], "The same request naming only ETS 030.")
rule_case("MLAT-R-0107", "grounds-listed", ed_full, None, [], "Derived from valid/EnforcingAuthorityDecision/full-grounds-raised.")
rule_case("MLAT-R-0107", "grounds-raised-none-listed", ed_full, lambda d: d['body'].pop('grounds'), ["/body/grounds"], "GROUNDS_RAISED without any ground.")
rule_case("MLAT-R-0107", "no-grounds-but-listed", ed_min, setp(["body", "grounds"], ["NE_BIS_IN_IDEM"]), ["/body/grounds"], "NO_GROUNDS_RAISED with a ground listed.")
rule_case("MLAT-R-0108", "counter-proposal-text", cs_ans, None, [], "Derived from valid/Consultation/answers-reject-and-counter.")
rule_case("MLAT-R-0108", "counter-without-text", cs_ans, lambda d: d['body']['answers'][1].pop('counterProposal'), ["/body/answers/1/counterProposal"], "COUNTER_PROPOSAL without saying what is proposed.")

S.write_manifest(drop=lambda c: c['version'] == V or c['id'].startswith('1.1/invalid/ClosureNotice/'))
