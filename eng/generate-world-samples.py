#!/usr/bin/env python3
"""Generates the 1.2 samples of issue 21 (legal bases and codes beyond the EU): full valid requests under a bilateral
treaty identified by its parties and date (US-MX), the Harare Scheme (KE-GB), the Inter-American Convention sent in
advance through INTERPOL and confirmed (US-AR, with a death-penalty assurance), reciprocity between Kosovo and Albania
(original-script names, a protected victim under a pseudonym), an ECOWAS refusal on political-offence grounds, and a
single-defect rule case for every new rule and profile. Run from anywhere after eng/generate-1.2-samples.py (which
rewrites every 1.2 case of samples/manifest.json): this script replaces only the cases it writes. Every valid sample
marks its people and authorities as fictitious test data (names with -Test/-Prueba, example.* domains)."""
import json, os, copy, uuid
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
V = '1.2'
NS = uuid.UUID("0b6f3c2a-9d84-4e1b-a7c5-21e3f4d5c6b7")
cases = []


def mid(name):
    return str(uuid.uuid5(NS, name))


def T(text, lang='en'):
    return {"entries": [{"lang": lang, "text": text, "original": True}]}


def load(p):
    return json.load(open('samples/' + p, encoding='utf-8'))


def dump(p, d):
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, 'w', encoding='utf-8').write(json.dumps(d, indent=2, ensure_ascii=False) + '\n')


def case(kind, mt, name, doc, desc, findings=(), rule=None, severity="ERROR", profile=None):
    f = f"{V}/{kind}/{mt if kind != 'rules' else rule}/{name}.json"
    dump('samples/' + f, doc)
    c = {"id": f[:-5], "file": f, "version": V, "messageType": mt}
    if rule:
        c.update({"kind": "rule", "rule": rule})
    c.update({"expectValid": (not findings) or severity == "WARNING",
              "expectedFindings": [{"code": code, "pointer": p} for code, p in findings], "description": desc})
    if profile:
        c["profile"] = profile
    cases.append(c)


def valid(mt, name, doc, desc):
    case('valid', mt, name, doc, desc)


def rule_case(rule, name, base, change, pointers, desc, severity="ERROR", profile=None):
    d = copy.deepcopy(base)
    if change:
        change(d)
    kind = "violates" if pointers else "satisfies"
    cid = f"{kind}-{name}"
    old = d["header"]["messageId"]
    d["header"]["messageId"] = mid(f"{V}/rules/{rule}/{cid}")
    if d["header"]["conversationId"] == old:
        d["header"]["conversationId"] = d["header"]["messageId"]
    case('rules', d["header"]["messageType"], cid, d, desc, [(rule, p) for p in pointers], rule=rule, severity=severity, profile=profile)


def request_header(name, sender, recipient, **extra):
    m = mid(name)
    h = {"version": V, "messageType": "AssistanceRequest", "messageId": m, "conversationId": m,
         "createdAt": "2026-12-03T10:00:00Z", "sender": sender, "recipient": recipient, "language": "en"}
    h.update(extra)
    return h


# ---------------------------------------------------------------- US -> MX: bilateral treaty identified by parties and date
# (signature 9 December 1987 and entry into force 3 May 1991 as the U.S. Treaties in Force list them; not re-checked here)
base = load('1.2/valid/AssistanceRequest/uncac-ke-ch-asset-tracing-freezing.json')
us_oia = {"country": "US", "authorityId": "US:DOJ-OIA", "name": "Office of International Affairs, U.S. Department of Justice", "role": "CENTRAL_AUTHORITY"}
us_usao = {"id": "US:USAO-SDTX", "country": "US", "name": "United States Attorney's Office for the Southern District of Texas", "type": "PUBLIC_PROSECUTOR",
           "address": {"street": "1000 Louisiana Street", "city": "Houston", "region": "TX", "country": "US"},
           "contact": {"name": "Jordan Example-Test", "function": "Assistant United States Attorney", "phones": ["+17135679000"], "emails": ["mla@usao-sdtx.example.gov"], "languages": ["en", "es"]}}
mx = {"country": "MX", "authorityId": "MX:FGR-DGPI", "name": "Fiscalía General de la República, Dirección General de Procedimientos Internacionales", "role": "RECEIVING"}
usmx = {"header": request_header("us-mx", us_oia, mx, route="CENTRAL_AUTHORITY"), "body": {
    "profile": "MLA_BILATERAL",
    "legalBasis": [{"instrument": "BILATERAL", "article": "1",
                    "title": "Treaty on Cooperation between the United States of America and the United Mexican States for Mutual Legal Assistance",
                    "treaty": {"stateParties": ["US", "MX"], "signedOn": "1987-12-09", "inForceSince": "1991-05-03"}}],
    "issuingAuthority": us_usao,
    "centralAuthority": {"id": "US:DOJ-OIA", "country": "US", "name": "Office of International Affairs, U.S. Department of Justice", "type": "CENTRAL_AUTHORITY"},
    "executingState": "MX",
    "executingAuthority": {"id": "MX:FGR-DGPI", "country": "MX", "name": "Fiscalía General de la República, Dirección General de Procedimientos Internacionales", "type": "CENTRAL_AUTHORITY", "languages": ["es"]},
    "proceedings": {"type": "CRIMINAL", "stage": "INVESTIGATION",
                    "nature": T("Federal grand jury investigation into the laundering of the proceeds of fentanyl trafficking through Mexican bank accounts."),
                    "conductingAuthority": {"id": "US:USAO-SDTX", "country": "US", "name": "United States Attorney's Office for the Southern District of Texas", "type": "PUBLIC_PROSECUTOR"}},
    "persons": [{"id": "p1", "familyNames": ["Ejemplo-Prueba"], "givenNames": ["Luis"], "sex": "MALE", "dateOfBirth": "1979-06-14",
                 "placeOfBirth": {"city": "Monterrey", "country": "MX"}, "nationalities": ["MX"],
                 "addresses": [{"type": "LAST_KNOWN", "address": {"city": "Monterrey", "region": "Nuevo León", "country": "MX"}}], "languagesUnderstood": ["es", "en"]}],
    "parties": [{"personRef": "p1", "role": "SUSPECT"}],
    "factsSummary": T("Between March 2024 and June 2025 the suspect received USD 2.4 million in cash deposits in Houston, Texas, from the sale of fentanyl and wired the money in 37 transfers to two accounts at Banco Ejemplo, S.A. in Monterrey."),
    "offences": [{"id": "o1", "description": T("Laundering of monetary instruments."),
                  "legalClassifications": [{"statute": {"instrument": "NATIONAL", "article": "1956", "title": "Title 18, United States Code", "state": "US"}, "label": "Laundering of monetary instruments"}],
                  "maximumPenalty": {"type": "CUSTODIAL", "maximum": "P20Y"}, "period": {"from": "2024-03-01", "to": "2025-06-30"}}],
    "measures": [
        {"id": "m1", "type": "BANK_ACCOUNT_INFORMATION", "description": T("Identify every account held by or for the suspect at Banco Ejemplo, S.A."),
         "subjectRefs": ["p1"], "offenceRefs": ["o1"],
         "details": {"bankAccounts": {"reasonsRelevant": T("The accounts received the wired proceeds."), "reasonsHeldInExecutingState": T("U.S. wire records name Banco Ejemplo, S.A., Monterrey, as the beneficiary bank."), "accountHolderRefs": ["p1"], "institutions": ["Banco Ejemplo, S.A., Monterrey"]}}},
        {"id": "m2", "type": "BANK_OPERATIONS_INFORMATION", "description": T("Certified statements and records of incoming and outgoing transfers of the two accounts."),
         "subjectRefs": ["p1"], "offenceRefs": ["o1"],
         "details": {"bankOperations": {"reasonsRelevant": T("The statements show where the proceeds went after they arrived in Mexico."), "period": {"from": "2024-03-01", "to": "2025-06-30"},
                                        "accounts": [{"accountNumber": "012580001234567891", "institution": "Banco Ejemplo, S.A.", "holderRef": "p1"}]}}}],
    "purpose": T("To trace the proceeds for the prosecution of the suspect for money laundering and to prepare a request for their forfeiture."),
    "issuedOn": "2026-12-02"}}
valid("AssistanceRequest", "bilateral-us-mx-bank-records", usmx,
      "A U.S. request to Mexico for bank records under the bilateral MLA treaty, identified by its parties and its dates (treaty) beside its title; needs no OTHER code and no profile other than MLA_BILATERAL.")
rule_case("MLAT-R-0109", "treaty-parties-are-the-two-states", usmx, None, [], "Derived from valid/AssistanceRequest/bilateral-us-mx-bank-records: the treaty's parties are the United States and Mexico.")
rule_case("MLAT-R-0109", "treaty-of-other-states", usmx, lambda d: d['body']['legalBasis'][0]['treaty'].update(stateParties=["US", "CA"]),
          ["/body/legalBasis/0/treaty/stateParties"], "The same request naming a treaty between the United States and Canada: it does not bind Mexico.")
rule_case("MLAT-R-0059", "bilateral-named-by-treaty", usmx, lambda d: d['body']['legalBasis'][0].pop('title'), [], "Derived from valid/AssistanceRequest/bilateral-us-mx-bank-records: the treaty is named by its identification alone, without a title or URI (such a request cannot go down to 1.1, where MLAT-R-0059 needs the title or URI).")
rule_case("MLAT-R-0059", "bilateral-not-named", usmx, lambda d: [d['body']['legalBasis'][0].pop(k) for k in ('treaty', 'title')], ["/body/legalBasis/0/title"],
          "The same request without the treaty's identification, title or URI.")

# ---------------------------------------------------------------- KE -> GB: Harare Scheme (MLA_REGIONAL)
harare = copy.deepcopy(base)
harare['header'] = request_header("ke-gb-harare", base['header']['sender'],
                                  {"country": "GB", "authorityId": "GB:UKCA", "name": "UK Central Authority, Home Office", "role": "RECEIVING"}, route="CENTRAL_AUTHORITY")
hb = harare['body']
hb['profile'] = "MLA_REGIONAL"
hb['legalBasis'] = [{"instrument": "HARARE_SCHEME", "title": "Scheme relating to Mutual Legal Assistance in Criminal Matters within the Commonwealth"}]
hb['executingState'] = "GB"
hb['executingAuthority'] = {"id": "GB:UKCA", "country": "GB", "name": "UK Central Authority, Home Office", "type": "CENTRAL_AUTHORITY", "languages": ["en"]}
hb['proceedings']['conductingAuthority']['type'] = "ANTI_CORRUPTION_AGENCY"
hb['measures'] = [m for m in hb['measures'] if m['id'] in ('m1', 'm2')]
hb['measures'][0]['details']['bankAccounts']['reasonsHeldInExecutingState'] = T("Kenyan bank records show twelve transfers to Example Bank plc, London.")
hb['measures'][0]['details']['bankAccounts']['institutions'] = ["Example Bank plc, London"]
hb['measures'][0]['description'] = T("Identify all accounts held or controlled by the suspect or Example Holdings Ltd in the United Kingdom and trace the movement of funds received from Kenya.")
hb['measures'][1]['details']['bankOperations']['accounts'] = [{"accountNumber": "20-00-00 12345678", "institution": "Example Bank plc", "holderRef": "lp1"}]
for k in ('urgency', 'formalitiesRequested', 'attachments', 'confidentiality'):
    hb.pop(k, None)
hb['purpose'] = T("To trace the proceeds of the bribes for the prosecution of the suspect in Kenya.")
valid("AssistanceRequest", "harare-ke-gb-bank-records", harare,
      "A Kenyan request to the United Kingdom under the Harare Scheme (profile MLA_REGIONAL, legal basis HARARE_SCHEME), investigated by the Ethics and Anti-Corruption Commission (ANTI_CORRUPTION_AGENCY); no longer has to pretend to be MLA_BILATERAL.")
rule_case("MLAT-R-0014", "harare-nationality-stated", harare, None, [], "Derived from valid/AssistanceRequest/harare-ke-gb-bank-records: the suspect's nationality is stated.", severity="WARNING")
rule_case("MLAT-R-0014", "harare-nationality-missing", harare, lambda d: d['body']['persons'][0].pop('nationalities'), ["/body/persons/0/nationalities"],
          "The same Harare request without the suspect's nationality: the check runs for regional requests since 1.2.", severity="WARNING")
rule_case("MLAT-R-0056", "regional-profile-regional-basis", harare, None, [], "Derived from valid/AssistanceRequest/harare-ke-gb-bank-records: MLA_REGIONAL rests on the Harare Scheme.")
rule_case("MLAT-R-0056", "regional-profile-untoc-basis", harare, lambda d: d['body'].update(legalBasis=[{"instrument": "UNTOC", "article": "18"}]), ["/body/legalBasis"],
          "The same request labelled MLA_REGIONAL but resting on UNTOC: the regional rules would run for a UNTOC request.")

# ---------------------------------------------------------------- US -> AR: Inter-American Convention, advance copy through INTERPOL, confirmation
ar_fgn = {"country": "AR", "authorityId": "AR:MRECIC-DAJI", "name": "Dirección de Asistencia Jurídica Internacional, Ministerio de Relaciones Exteriores", "role": "RECEIVING"}
ia = copy.deepcopy(usmx)
ia['header'] = request_header("us-ar-advance", us_oia, ar_fgn, route="INTERPOL", advanceCopy=True)
ib = ia['body']
ib['profile'] = "MLA_REGIONAL"
ib['legalBasis'] = [{"instrument": "INTER_AMERICAN_MLA_1992", "article": "7", "title": "Inter-American Convention on Mutual Assistance in Criminal Matters"}]
ib['executingState'] = "AR"
ib['executingAuthority'] = {"id": "AR:MRECIC-DAJI", "country": "AR", "name": "Dirección de Asistencia Jurídica Internacional", "type": "CENTRAL_AUTHORITY", "languages": ["es"]}
ib['urgency'] = {"level": "URGENT", "reasons": ["EVIDENCE_DESTRUCTION_RISK"], "explanation": T("The suspect's associate is closing the accounts.")}
ib['proceedings']['nature'] = T("Federal prosecution for the murder of a federal witness and the laundering of the payment for it.")
ib['persons'][0].update({"familyNames": ["Modelo-Prueba"], "givenNames": ["Carlos"], "nationalities": ["AR"], "placeOfBirth": {"city": "Rosario", "country": "AR"},
                         "addresses": [{"type": "LAST_KNOWN", "address": {"city": "Buenos Aires", "country": "AR"}}]})
ib['factsSummary'] = T("On 4 May 2026 a federal witness was shot dead in Houston, Texas; the suspect paid the killer USD 50 000 from an account in Buenos Aires.")
ib['offences'] = [
    {"id": "o1", "description": T("Murder of a witness to prevent testimony."),
     "legalClassifications": [{"statute": {"instrument": "NATIONAL", "article": "1512", "title": "Title 18, United States Code", "state": "US"}, "label": "Tampering with a witness by killing"}],
     "maximumPenalty": {"type": "DEATH_PENALTY"}, "period": {"from": "2026-05-04", "to": "2026-05-04"}},
    {"id": "o2", "description": T("Laundering of monetary instruments."),
     "legalClassifications": [{"statute": {"instrument": "NATIONAL", "article": "1956", "title": "Title 18, United States Code", "state": "US"}, "label": "Laundering of monetary instruments"}],
     "maximumPenalty": {"type": "CUSTODIAL", "maximum": "P20Y"}}]
for m in ib['measures']:
    m['offenceRefs'] = ["o1", "o2"]
ib['measures'][0]['details']['bankAccounts']['institutions'] = ["Banco Ejemplo Argentino S.A., Buenos Aires"]
ib['measures'][0]['details']['bankAccounts']['reasonsHeldInExecutingState'] = T("The payment to the killer came from Banco Ejemplo Argentino S.A., Buenos Aires.")
ib['measures'][0]['description'] = T("Identify every account held by or for the suspect at Banco Ejemplo Argentino S.A.")
ib['measures'][1]['details']['bankOperations']['accounts'] = [{"accountNumber": "0720000788000012345678", "institution": "Banco Ejemplo Argentino S.A.", "holderRef": "p1"}]
ib['measures'][1]['details']['bankOperations']['period'] = {"from": "2026-01-01", "to": "2026-06-30"}
ib['purpose'] = T("To prove the payment for the murder in the prosecution of the suspect.")
ib['assurances'] = [{"kind": "DEATH_PENALTY_NOT_SOUGHT", "offenceRefs": ["o1"],
                     "givenBy": {"id": "US:DOJ-CRM", "country": "US", "name": "Criminal Division, U.S. Department of Justice", "type": "PUBLIC_PROSECUTOR"},
                     "text": T("The United States will not seek the death penalty against the suspect for this offence.")}]
valid("AssistanceRequest", "inter-american-us-ar-advance-interpol", ia,
      "An urgent U.S. request to Argentina under the Inter-American Convention (MLA_REGIONAL), sent in advance through INTERPOL; the murder offence carries the death penalty with no invented maximum, and the request gives the assurance that it will not be sought.")
conf = copy.deepcopy(ia)
conf['header'] = request_header("us-ar-confirmation", us_oia, ar_fgn, route="CENTRAL_AUTHORITY", confirmsAdvanceCopy=ia['header']['messageId'])
conf['header']['conversationId'] = ia['header']['conversationId']
valid("AssistanceRequest", "inter-american-us-ar-confirmation", conf,
      "The same request confirmed through the central authorities (UNTOC art. 18(14) practice the Convention follows), linked to the advance copy by confirmsAdvanceCopy and the conversation.")
rule_case("MLAT-R-0111", "assurance-given", ia, None, [], "Derived from valid/AssistanceRequest/inter-american-us-ar-advance-interpol: the capital offence is covered by the assurance.", severity="WARNING")
rule_case("MLAT-R-0111", "no-assurance", ia, lambda d: d['body'].pop('assurances'), ["/body/offences/0/maximumPenalty/type"],
          "The same request without the assurance: many requested States refuse assistance for a capital offence without one.", severity="WARNING")
rule_case("MLAT-R-0111", "assurance-for-other-offence", ia, lambda d: d['body']['assurances'][0].update(offenceRefs=["o2"]), ["/body/offences/0/maximumPenalty/type"],
          "The assurance names only the laundering offence, not the capital one.", severity="WARNING")
rule_case("MLAT-R-0112", "life-without-maximum", ia, lambda d: d['body']['offences'][0].update(maximumPenalty={"type": "CUSTODIAL", "lifeImprisonment": True}), [],
          "The murder offence punished by life imprisonment: no maximum needs to be invented.")
rule_case("MLAT-R-0112", "custodial-without-maximum", ia, lambda d: d['body']['offences'][1]['maximumPenalty'].pop('maximum'), ["/body/offences/1/maximumPenalty/maximum"],
          "The laundering offence's custodial penalty without a maximum and without life imprisonment.")

# ---------------------------------------------------------------- XK -> AL: reciprocity, original script, protected victim
xk = {"country": "XK", "authorityId": "XK:MD-DBJN", "name": "Ministry of Justice, Department for International Legal Cooperation", "role": "CENTRAL_AUTHORITY"}
al = {"country": "AL", "authorityId": "AL:MD-DMJN", "name": "Ministry of Justice, Directorate of International Judicial Cooperation", "role": "RECEIVING"}
rec = {"header": request_header("xk-al-reciprocity", xk, al, route="CENTRAL_AUTHORITY"), "body": {
    "profile": "MLA_RECIPROCITY",
    "legalBasis": [{"instrument": "RECIPROCITY", "title": "Law on International Legal Cooperation in Criminal Matters", "state": "XK"}],
    "issuingAuthority": {"id": "XK:PTH-PR", "country": "XK", "name": "Basic Prosecution Office of Prishtina", "type": "PUBLIC_PROSECUTOR",
                         "contact": {"name": "Arta Shembull-Test", "function": "Prosecutor", "phones": ["+38338000000"], "emails": ["mla@pth-pr.example.org"], "languages": ["sq", "sr", "en"]}},
    "executingState": "AL",
    "proceedings": {"type": "CRIMINAL", "stage": "INVESTIGATION", "nature": T("Investigation into trafficking in human beings for sexual exploitation."),
                    "conductingAuthority": {"id": "XK:PTH-PR", "country": "XK", "name": "Basic Prosecution Office of Prishtina", "type": "PUBLIC_PROSECUTOR"}},
    "persons": [
        {"id": "p1", "familyNames": ["Petrović-Test"], "givenNames": ["Marko"], "sex": "MALE", "dateOfBirth": "1985-09-21", "nationalities": ["RS"],
         "originalScriptNames": [{"script": "Cyrl", "familyNames": ["Петровић-Тест"], "givenNames": ["Марко"]}],
         "addresses": [{"type": "RESIDENCE", "address": {"city": "Durrës", "country": "AL"}}], "languagesUnderstood": ["sr", "sq"]},
        {"id": "p2", "familyNames": [], "pseudonym": "V-1", "protection": ["VICTIM", "MINOR"], "sex": "FEMALE", "nationalities": ["XK"]}],
    "parties": [{"personRef": "p1", "role": "WITNESS"}, {"personRef": "p2", "role": "VICTIM"}],
    "factsSummary": T("In 2025 the victim, then 16, was recruited in Prishtina and taken to Durrës, where she was exploited; the witness rented the flat in which she was held."),
    "offences": [{"id": "o1", "description": T("Trafficking in persons."),
                  "legalClassifications": [{"statute": {"instrument": "NATIONAL", "article": "165", "title": "Criminal Code", "state": "XK"}, "label": "Trafficking in persons"}],
                  "maximumPenalty": {"type": "CUSTODIAL", "maximum": "P15Y"}, "period": {"from": "2025-02-01", "to": "2025-08-31"}}],
    "measures": [{"id": "m1", "type": "HEARING_WITNESS", "description": T("Hearing of the witness on the rental of the flat and the persons he saw there."),
                  "subjectRefs": ["p1"], "offenceRefs": ["o1"]}],
    "purpose": T("To establish who held the victim in Durrës for the prosecution of the traffickers in Kosovo."),
    "issuedOn": "2026-12-02"}}
valid("AssistanceRequest", "reciprocity-xk-al-witness-hearing", rec,
      "A request from Kosovo (XK) to Albania on the basis of reciprocity (MLA_RECIPROCITY): the witness's name also in Cyrillic script, the minor victim designated by a pseudonym with her name withheld.")
rule_case("MLAT-R-0102", "protected-victim-pseudonym", rec, None, [], "Derived from valid/AssistanceRequest/reciprocity-xk-al-witness-hearing: the protected victim has no name but a pseudonym.")
rule_case("MLAT-R-0102", "pseudonym-without-protection", rec, lambda d: d['body']['persons'][1].pop('protection'), ["/body/persons/1/familyNames"],
          "The same victim under a pseudonym but not marked as protected: a withheld name needs a protection category.")
rule_case("MLAT-R-0056", "reciprocity-profile-bilateral-basis", rec, lambda d: d['body'].update(legalBasis=[{"instrument": "BILATERAL", "title": "Agreement on legal assistance"}]), ["/body/legalBasis"],
          "The same request labelled MLA_RECIPROCITY but resting on a bilateral agreement.")

# ---------------------------------------------------------------- GH -> NG: ECOWAS refusal on political-offence grounds
gh = {"country": "GH", "authorityId": "GH:OAG-MOJ", "name": "Office of the Attorney-General and Ministry of Justice", "role": "CENTRAL_AUTHORITY"}
ng = {"country": "NG", "authorityId": "NG:FMOJ-CA", "name": "Central Authority Unit, Federal Ministry of Justice", "role": "ISSUING"}
req_id = mid("ng-gh-request")
refusal = {"header": {"version": V, "messageType": "RefusalNotice", "messageId": mid("gh-ng-refusal"), "conversationId": req_id, "inReplyTo": req_id,
                      "createdAt": "2026-12-03T11:00:00Z", "sender": gh, "recipient": ng, "language": "en"},
           "body": {"request": {"messageId": req_id, "issuingReference": "FMOJ/MLA/2026/311", "authorityId": "NG:FMOJ-CA"},
                    "scope": "WHOLE",
                    "grounds": [{"code": "POLITICAL_OFFENCE",
                                 "legalReference": {"instrument": "ECOWAS_MLA_1992", "title": "Refusal of assistance"},
                                 "explanation": T("The request concerns statements made by the person as leader of an opposition party during an election campaign; the requested State regards the offence as political.")}],
                    "decidedOn": "2026-12-02"}}
valid("RefusalNotice", "ecowas-gh-ng-political-offence", refusal,
      "Ghana refuses a Nigerian request under the ECOWAS Convention on political-offence grounds: a generic ground with the provision it is taken from, instead of OTHER and free text.")
rule_case("MLAT-R-0110", "generic-ground-with-provision", refusal, None, [], "Derived from valid/RefusalNotice/ecowas-gh-ng-political-offence.")
rule_case("MLAT-R-0110", "generic-ground-without-provision", refusal, lambda d: d['body']['grounds'][0].pop('legalReference'), ["/body/grounds/0/legalReference"],
          "The same refusal without the provision the ground is taken from.")
rule_case("MLAT-R-0110", "generic-ground-against-eio", refusal, None, ["/body/grounds/0/code"],
          "The same refusal validated as the answer to an EIO (profile forced to EIO): EIO art. 11(1) lists the only grounds.", profile="EIO")

# ---------------------------------------------------------------- EIO issued by a financial intelligence unit
eio = load('1.2/valid/AssistanceRequest/eio-de-fr-bank-records-fraud.json')
def fiu(d):
    d['body']['issuingAuthority'].update(type="FINANCIAL_INTELLIGENCE_UNIT", id="DE:FIU", name="Financial Intelligence Unit (Zentralstelle für Finanztransaktionsuntersuchungen)")
    d['body'].pop('validatingAuthority', None)
    d['body'].pop('validatedOn', None)
    d['body'].pop('mainContact', None)
rule_case("MLAT-R-0001", "fiu-without-validation", eio, fiu, ["/body/validatingAuthority", "/body/validatedOn"],
          "Derived from valid/AssistanceRequest/eio-de-fr-bank-records-fraud: an EIO issued by a financial intelligence unit (not a judicial authority, art. 2(c)(ii)) without validation.")

m = json.load(open('samples/manifest.json', encoding='utf-8'))
ids = {c['id'] for c in cases}
m['cases'] = [c for c in m['cases'] if c['id'] not in ids] + cases
open('samples/manifest.json', 'w', encoding='utf-8').write(json.dumps(m, indent=2, ensure_ascii=False) + '\n')
print(V, len(cases), 'cases')
