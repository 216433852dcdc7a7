#!/usr/bin/env python3
"""Generates the 1.2 samples of issue 21 (legal bases and codes beyond the EU): full valid requests under a bilateral
treaty identified by its parties and date (US-MX), the Harare Scheme (KE-GB), the Inter-American Convention sent in
advance through INTERPOL and confirmed (US-AR, with a death-penalty assurance), reciprocity between Kosovo and Albania
(original-script names, a protected victim under a pseudonym), an ECOWAS refusal on political-offence grounds; a
Nigerian UNCAC request to Switzerland to freeze, confiscate and return embezzled funds and the Swiss return report; a
Budapest art. 29 request through the 24/7 network that knows only an IP address, its art. 29 confirmation, the art. 30
disclosure and the art. 31 request; a summons with its appearance and the proof of service with costs; and a
single-defect rule case for every new rule and profile. Run from anywhere after eng/generate-1.2-samples.py (which
rewrites every 1.2 case of samples/manifest.json): this script replaces only the cases it writes. Every valid sample
marks its people and authorities as fictitious test data (names with -Test/-Prueba, example.* domains)."""
import copy, os, sys
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
sys.path.insert(0, 'eng')
from samplegen import T, load, SampleSet

V = '1.2'
S = SampleSet(V, "0b6f3c2a-9d84-4e1b-a7c5-21e3f4d5c6b7")
mid, case, valid, rule_case = S.mid, S.case, S.valid, S.rule_case


def insert_after(d, key, name, value):
    """A copy of d with name: value placed right after key."""
    out = {}
    for k, v in d.items():
        out[k] = v
        if k == key:
            out[name] = value
    return out


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
# An urgent request states its deadline (MLAT-R-0124), placed after the urgency as in the schema's member order.
ib = ia['body'] = insert_after(ib, 'urgency', 'deadlines', [{"kind": "EXECUTION", "dueAt": "2026-12-17T17:00:00Z", "origin": "REQUESTED",
                                                            "reason": T("The associate is closing the accounts; the records must be obtained before the accounts are closed.")}])
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

# ---------------------------------------------------------------- NG -> CH: UNCAC freezing, confiscation and return of embezzled funds
ng_ca = {"country": "NG", "authorityId": "NG:FMOJ-CA", "name": "Central Authority Unit, Federal Ministry of Justice", "role": "CENTRAL_AUTHORITY"}
ch_foj = {"country": "CH", "authorityId": "CH:BJ-FOJ", "name": "Federal Office of Justice", "role": "RECEIVING"}
ng_court = {"id": "NG:FHC-ABJ", "country": "NG", "name": "Federal High Court, Abuja Judicial Division", "type": "COURT"}
ch_account = {"iban": "CH5604835012345678009", "institution": "Banque Exemple (Suisse) SA", "holderRef": "lp1"}
ng_account = {"accountNumber": "3000012345", "institution": "Central Bank of Nigeria, Recovered Assets Account"}
ngch = {"header": request_header("ng-ch-uncac-confiscation", ng_ca, ch_foj, route="CENTRAL_AUTHORITY"), "body": {
    "profile": "MLA_UNCAC",
    "legalBasis": [{"instrument": "UNCAC", "article": "46"}, {"instrument": "UNCAC", "article": "55", "paragraph": "1", "point": "b"},
                   {"instrument": "UNCAC", "article": "57", "paragraph": "3", "point": "a"}],
    "issuingAuthority": {"id": "NG:OAGF", "country": "NG", "name": "Office of the Attorney General of the Federation", "type": "PUBLIC_PROSECUTOR",
                         "contact": {"name": "Ngozi Apere-Test", "function": "Director, Central Authority Unit", "phones": ["+2349000000000"], "emails": ["mla@fmoj.example.ng"], "languages": ["en"]}},
    "executingState": "CH",
    "executingAuthority": {"id": "CH:BJ-FOJ", "country": "CH", "name": "Federal Office of Justice", "type": "CENTRAL_AUTHORITY", "languages": ["de", "fr", "it", "en"]},
    "urgency": {"level": "URGENT", "reasons": ["ASSETS_ABOUT_TO_BE_MOVED"], "explanation": T("The company's director has instructed the bank to transfer the balance to an account in a third State.")},
    "deadlines": [{"id": "dl1", "kind": "EXECUTION", "dueAt": "2026-12-07T17:00:00Z", "measureRefs": ["m1"], "origin": "REQUESTED",
                   "reason": T("The transfer instructed by the director is to be executed on 8 December 2026.")}],
    "proceedings": {"type": "CRIMINAL", "stage": "EXECUTION_OF_SENTENCE", "nature": T("Execution of the confiscation order made on the conviction of a former state governor for the embezzlement of public funds."),
                    "conductingAuthority": {"id": "NG:OAGF", "country": "NG", "name": "Office of the Attorney General of the Federation", "type": "PUBLIC_PROSECUTOR"}},
    "persons": [{"id": "p1", "familyNames": ["Apere-Prueba"], "givenNames": ["Tunde"], "sex": "MALE", "dateOfBirth": "1961-04-12", "nationalities": ["NG"],
                 "addresses": [{"type": "LAST_KNOWN", "address": {"city": "Abuja", "country": "NG"}}], "languagesUnderstood": ["en", "yo"]}],
    "legalPersons": [{"id": "lp1", "name": "Example Trading Ltd", "registeredSeat": {"city": "Road Town", "country": "VG"}}],
    "parties": [{"personRef": "p1", "role": "CONVICTED_PERSON"}, {"personRef": "lp1", "role": "THIRD_PARTY", "roleDetail": "Holder of the account into which the embezzled funds were paid"}],
    "factsSummary": T("From 2015 to 2019 the convicted person, then governor of a state, diverted USD 2.7 million of state funds through fictitious contracts to Example Trading Ltd, which holds an account in Geneva."),
    "offences": [{"id": "o1", "description": T("Embezzlement of public funds by a public official."),
                  "legalClassifications": [{"statute": {"instrument": "NATIONAL", "article": "115", "title": "Corrupt Practices and Other Related Offences Act 2000", "state": "NG"}, "label": "Embezzlement of public funds"}],
                  "maximumPenalty": {"type": "CUSTODIAL", "maximum": "P7Y"}, "period": {"from": "2015-01-01", "to": "2019-05-29"}}],
    "measures": [
        {"id": "m1", "type": "FREEZING", "description": T("Freeze the balance of the account at once, pending the execution of the confiscation order."),
         "subjectRefs": ["lp1"], "offenceRefs": ["o1"],
         "details": {"provisionalMeasure": {"disposition": "REMAIN_IN_EXECUTING_STATE",
                                            "assets": [{"id": "as1", "kind": "BANK_ACCOUNT", "account": ch_account, "estimatedValue": {"amount": "2700000.00", "currency": "USD"}, "holderRef": "lp1"}]}}},
        {"id": "m2", "type": "CONFISCATION", "description": T("Give effect to the final confiscation order of the Federal High Court and return the confiscated funds to Nigeria."),
         "subjectRefs": ["p1", "lp1"], "offenceRefs": ["o1"],
         "details": {"confiscation": {
             "basis": "CONVICTION_BASED",
             "order": {"issuedBy": ng_court, "issuedOn": "2025-10-14", "reference": "FHC/ABJ/CR/121/2021", "final": True, "finalSince": "2026-03-02", "documentRef": "a1",
                       "extentOfExecution": T("The whole balance of the account, up to USD 2 700 000."),
                       "thirdPartyNotice": T("The order was served on Example Trading Ltd, which took part in the proceedings and whose appeal was dismissed; notice was published in two national newspapers.")},
             "assets": [{"id": "as1", "kind": "BANK_ACCOUNT", "account": ch_account, "estimatedValue": {"amount": "2700000.00", "currency": "USD"}, "holderRef": "lp1"}],
             "returnRequested": {"basis": "EMBEZZLED_PUBLIC_FUNDS", "beneficiary": "REQUESTING_STATE", "account": ng_account,
                                 "explanation": T("The funds are public funds of the state embezzled by its governor; the conviction and the confiscation order are final.")}}}}],
    "purpose": T("To execute the final confiscation order and recover the embezzled public funds."),
    "issuedOn": "2026-12-02",
    "attachments": [{"id": "a1", "fileName": "fhc-abuja-confiscation-order.pdf", "mediaType": "application/pdf", "size": "84211",
                     "sha256": "q1vNtb3DkO0mQ7l8dC9s5uZr2P1x4Y7wE0aB6cD8fGh", "documentType": "CONFISCATION_ORDER", "language": "en"}]}}
valid("AssistanceRequest", "uncac-ng-ch-freeze-confiscate-return", ngch,
      "A Nigerian UNCAC request to Switzerland to freeze an account at once (urgency: assets about to be moved), give effect to a final confiscation order (court, date, finality, notice to third parties, art. 55(3)(b)) and return the embezzled public funds (art. 57(3)(a)); property item by item with value and currency.")
conf_at = "/body/measures/1/details/confiscation"
rule_case("MLAT-R-0114", "conviction-based-final-order", ngch, None, [], "Derived from valid/AssistanceRequest/uncac-ng-ch-freeze-confiscate-return: a final order with the notice to third parties.")
rule_case("MLAT-R-0114", "order-not-final", ngch, lambda d: d['body']['measures'][1]['details']['confiscation']['order'].update(final=False),
          [conf_at + "/order/final", conf_at + "/returnRequested/basis"], "The same request whose conviction-based order is not yet final: UNCAC art. 55(3)(b) asks for a final order, and art. 57(3)(a) returns embezzled funds on a final judgement.")
rule_case("MLAT-R-0114", "no-third-party-notice", ngch, lambda d: d['body']['measures'][1]['details']['confiscation']['order'].pop('thirdPartyNotice'),
          [conf_at + "/order/thirdPartyNotice"], "The same request without the measures taken to notify bona fide third parties (art. 55(3)(b)).")
rule_case("MLAT-R-0114", "no-details", ngch, lambda d: d['body']['measures'][1].pop('details'), ["/body/measures/1/details/confiscation"], "The same confiscation measure without its details.")
def ncb(d):
    c = d['body']['measures'][1]['details']['confiscation']
    c['basis'] = "NON_CONVICTION_BASED"
    c['returnRequested']['basis'] = "PRIOR_OWNERSHIP_OR_DAMAGE"
rule_case("MLAT-R-0114", "non-conviction-without-reason", ngch, ncb, [conf_at + "/nonConvictionReason"],
          "The same request as a non-conviction-based confiscation that does not say why there is no conviction (art. 54(1)(c)).")
rule_case("MLAT-R-0114", "non-conviction-with-reason", ngch, lambda d: (ncb(d), d['body']['measures'][1]['details']['confiscation'].update(nonConvictionReason="FLIGHT")), [],
          "The same non-conviction-based confiscation: the offender fled (art. 54(1)(c)).")

ch_sender = {"country": "CH", "authorityId": "CH:BJ-FOJ", "name": "Federal Office of Justice", "role": "EXECUTING"}
ng_recipient = {"country": "NG", "authorityId": "NG:FMOJ-CA", "name": "Central Authority Unit, Federal Ministry of Justice", "role": "ISSUING"}
ret = {"header": {"version": V, "messageType": "ExecutionReport", "messageId": mid("ch-ng-asset-return"), "conversationId": ngch['header']['messageId'],
                  "inReplyTo": ngch['header']['messageId'], "createdAt": "2027-09-15T10:00:00Z", "sender": ch_sender, "recipient": ng_recipient, "language": "en",
                  "ourReference": "BJ-RH-2026-4411", "yourReference": "FMOJ/CAU/MLA/2026/88"},
       "body": {"request": {"messageId": ngch['header']['messageId'], "issuingReference": "FMOJ/CAU/MLA/2026/88", "executingReference": "BJ-RH-2026-4411", "authorityId": "NG:FMOJ-CA"},
                "final": True, "completedOn": "2027-09-14",
                "outcomes": [
                    {"measureRef": "m1", "status": "EXECUTED", "assetDispositions": [{"kind": "FROZEN", "assetRefs": ["as1"], "decidedOn": "2026-12-04",
                                                                                     "decidedBy": {"id": "CH:MP-GE", "country": "CH", "name": "Ministère public du canton de Genève", "type": "PUBLIC_PROSECUTOR"}}]},
                    {"measureRef": "m2", "status": "EXECUTED", "assetDispositions": [
                        {"kind": "CONFISCATED", "assetRefs": ["as1"], "decidedOn": "2027-06-30", "grossAmount": {"amount": "2693410.55", "currency": "USD"},
                         "decidedBy": {"id": "CH:MP-GE", "country": "CH", "name": "Ministère public du canton de Genève", "type": "PUBLIC_PROSECUTOR"}},
                        {"kind": "RETURNED", "assetRefs": ["as1"], "decidedOn": "2027-09-01", "grossAmount": {"amount": "2693410.55", "currency": "USD"},
                         "deductions": [{"kind": "EXPENSES", "amount": {"amount": "18250.00", "currency": "USD"}, "explanation": T("Costs of the exequatur proceedings in Geneva (UNCAC art. 57(4)).")}],
                         "netAmount": {"amount": "2675160.55", "currency": "USD"}, "transferredOn": "2027-09-14", "transferredTo": ng_account,
                         "agreement": {"instrument": "BILATERAL", "title": "Memorandum of understanding on the return of the confiscated funds",
                                       "treaty": {"stateParties": ["CH", "NG"], "signedOn": "2027-08-20"}}}]}],
                "costs": [{"kind": "EXPERT_FEES", "amount": {"amount": "4200.00", "currency": "CHF"}, "borneBy": "EXECUTING_STATE", "measureRefs": ["m2"],
                           "description": T("Forensic accountant's report on the account.")}],
                "reimbursementRequested": False,
                "summary": T("The account was frozen the day the request arrived; the confiscation order was declared enforceable and the funds, less the costs of the proceedings, were returned to the Federal Republic of Nigeria.")}}
valid("ExecutionReport", "uncac-ch-ng-asset-return", ret,
      "Switzerland reports to Nigeria that the account was frozen and confiscated and the funds returned: gross amount, the deduction of reasonable expenses (UNCAC art. 57(4)), net amount, date and account of the transfer, the return arrangement (art. 57(5)), and a cost of execution.")
disp = "/body/outcomes/1/assetDispositions/1"
rule_case("MLAT-R-0115", "amounts-add-up", ret, None, [], "Derived from valid/ExecutionReport/uncac-ch-ng-asset-return: 2 693 410.55 less 18 250.00 is 2 675 160.55.")
rule_case("MLAT-R-0115", "net-does-not-add-up", ret, lambda d: d['body']['outcomes'][1]['assetDispositions'][1]['netAmount'].update(amount="2693410.55"),
          [disp + "/netAmount/amount"], "The same return whose net amount forgets the deduction.")
rule_case("MLAT-R-0115", "deduction-in-other-currency", ret, lambda d: d['body']['outcomes'][1]['assetDispositions'][1]['deductions'][0]['amount'].update(currency="CHF"),
          [disp + "/deductions/0/amount/currency"], "The same return with the deduction in Swiss francs: the amounts cannot be checked against each other.")
rule_case("MLAT-R-0115", "returned-without-transfer", ret, lambda d: [d['body']['outcomes'][1]['assetDispositions'][1].pop(k) for k in ('netAmount', 'transferredOn')],
          [disp + "/netAmount", disp + "/transferredOn"], "The same return without the amount transferred and the date of transfer.")

# ---------------------------------------------------------------- US -> DE: Budapest art. 29 through the 24/7 network, art. 29 and 30 answers, art. 31 request
bud = load('1.2/valid/PreservationOrder/full-budapest-art29.json')
us_247 = {"country": "US", "authorityId": "US:DOJ-CCIPS", "name": "Computer Crime and Intellectual Property Section", "role": "REQUESTING"}
de_247 = {"country": "DE", "authorityId": "DE:BKA-SO", "name": "Bundeskriminalamt, 24/7 contact point", "role": "EXECUTING"}
bud['header'] = {"version": V, "messageType": "PreservationOrder", "messageId": mid("us-de-art29"), "conversationId": mid("us-de-art29"),
                 "createdAt": "2026-12-01T02:40:00Z", "sender": us_247, "recipient": de_247, "language": "en", "route": "NETWORK_24_7", "ourReference": "CCIPS-247-2026-1187"}
bb = bud['body']
bb.pop('addressee')
bb['dataRequests'] = [{"id": "d1", "identifier": {"type": "IPV4", "value": "203.0.113.45", "port": "8443", "observedAt": "2026-11-29T21:14:07Z"},
                       "timeRange": {"start": "2026-11-29T00:00:00Z", "end": "2026-11-30T00:00:00Z"}, "categories": ["SUBSCRIBER", "TRAFFIC"]}]
bb['deadlines'][0]['dueAt'] = "2027-01-30T23:59:59Z"
bb['factsSummary'] = T("On 29 November 2026 a ransomware operator connected from the IP address to the victim hospital's network in Ohio and encrypted its patient records.")
bb['custodianInformation'] = T("The IP address belongs to a block that the regional Internet registry lists as allocated to a hosting network in Frankfurt am Main; the provider is not known.")
bb['necessity'] = T("Connection logs of hosting networks are commonly kept for seven days only.")
bb['offences'][0].update(description=T("Damaging a protected computer by ransomware and extortion."),
                         legalClassifications=[{"statute": {"instrument": "NATIONAL", "article": "1030", "title": "18 U.S.C.", "state": "US"}, "label": "Fraud and related activity in connection with computers"}],
                         maximumPenalty={"type": "CUSTODIAL", "maximum": "P10Y"})
bb['issuedOn'] = "2026-12-01"
valid("PreservationOrder", "budapest-art29-us-de-ip-only", bud,
      "A U.S. request to Germany through the 24/7 network (Budapest art. 29 and 35) to preserve the data of an IP address, port and time: the provider is not known, so the request has no addressee and describes the custodian as far as known (art. 29(2)(d)).")
rule_case("MLAT-R-0113", "budapest-without-addressee", bud, None, [], "Derived from valid/PreservationOrder/budapest-art29-us-de-ip-only: a Budapest art. 29 request needs no addressee.")
def epoc_pr(d):
    d['body']['profile'] = "EPOC_PR"
    d['body']['issuingAuthority'] = {"id": "FR:TJ-Paris-Parquet", "country": "FR", "name": "Parquet du tribunal judiciaire de Paris", "type": "PUBLIC_PROSECUTOR"}
rule_case("MLAT-R-0113", "epoc-pr-without-addressee", bud, epoc_pr, ["/body/addressee"],
          "The same request turned into a French EPOC-PR: a European Preservation Order goes to a designated establishment or legal representative (Regulation (EU) 2023/1543 art. 7).")

bud_ref = {"messageId": bud['header']['messageId'], "issuingReference": "CCIPS-247-2026-1187", "authorityId": "US:DOJ-CCIPS"}
def pres_response(name, created, body, desc):
    d = {"header": {"version": V, "messageType": "PreservationResponse", "messageId": mid(name), "conversationId": bud['header']['messageId'],
                    "inReplyTo": bud['header']['messageId'], "createdAt": created, "sender": {**de_247, "role": "EXECUTING"},
                    "recipient": {**us_247, "role": "REQUESTING"}, "language": "en", "route": "NETWORK_24_7", "yourReference": "CCIPS-247-2026-1187"},
         "body": {"preservationRequest": bud_ref, **body}}
    valid("PreservationResponse", name, d, desc)
    return d
confirm = pres_response("budapest-art29-de-us-preserved", "2026-12-01T09:05:00Z",
                        {"respondedAt": "2026-12-01T09:05:00Z", "result": "PRESERVED", "preservedUntil": "2027-03-01", "dataRequestRefs": ["d1"],
                         "note": T("The hosting provider was identified and ordered to preserve the subscriber and connection data.")},
                        "Germany confirms through the 24/7 network that the data are preserved, and until when: 90 days, more than the 60 of Budapest art. 29(7).")
disclose = pres_response("budapest-art30-de-us-traffic-disclosure", "2026-12-02T14:30:00Z",
                         {"respondedAt": "2026-12-02T14:30:00Z", "result": "PRESERVED", "preservedUntil": "2027-03-01", "dataRequestRefs": ["d1"],
                          "trafficDisclosures": [{"dataRequestRef": "d1", "providerState": "RO", "providerName": "Example VPN S.R.L.",
                                                  "identifiers": [{"type": "IPV4", "value": "198.51.100.77", "port": "51820", "observedAt": "2026-11-29T21:13:58Z"}],
                                                  "path": T("The connection to the Frankfurt server was relayed by a VPN server of a provider in Bucharest.")}]},
                         "Executing the preservation, Germany finds that the connection came through a VPN provider in Romania and discloses at once enough traffic data to identify that provider and the path (Budapest art. 30(1)), so that the United States can ask Romania to preserve in turn.")
def invalid(mt, name, base, change, code, pointer, desc):
    d = copy.deepcopy(base)
    change(d)
    d["header"]["messageId"] = mid(f"{V}/invalid/{mt}/{name}")
    case('invalid', mt, name, d, desc, [(code, pointer)])


invalid("PreservationResponse", "unknown-result", confirm, lambda d: d['body'].update(result="KEPT"), "schema.enum", "/body/result",
        "Derived from valid/PreservationResponse/budapest-art29-de-us-preserved: KEPT is not a preservation result.")
invalid("PreservationResponse", "missing-responded-at", confirm, lambda d: d['body'].pop('respondedAt'), "schema.required", "/body/respondedAt",
        "Derived from valid/PreservationResponse/budapest-art29-de-us-preserved: the time of the answer is required (the 60 days of art. 29(7) run from it).")
invalid("PreservationResponse", "provider-state-not-a-country", disclose, lambda d: d['body']['trafficDisclosures'][0].update(providerState="ZZ"), "schema.enum",
        "/body/trafficDisclosures/0/providerState", "Derived from valid/PreservationResponse/budapest-art30-de-us-traffic-disclosure: ZZ is not an ISO 3166-1 country code.")
rule_case("MLAT-R-0118", "preserved-90-days", confirm, None, [], "Derived from valid/PreservationResponse/budapest-art29-de-us-preserved.")
rule_case("MLAT-R-0118", "preserved-30-days", confirm, lambda d: d['body'].update(preservedUntil="2026-12-31"), ["/body/preservedUntil"],
          "The same confirmation with data kept for 30 days only: art. 29(7) asks for at least 60.")
rule_case("MLAT-R-0118", "preserved-without-date", confirm, lambda d: d['body'].pop('preservedUntil'), ["/body/preservedUntil"],
          "The same confirmation without saying until when the data are kept.")
rule_case("MLAT-R-0118", "refused-on-fiscal-ground", confirm,
          lambda d: d['body'].update(result="REFUSED", refusalGrounds=[{"code": "FISCAL_OFFENCE", "legalReference": {"instrument": "ETS_185", "article": "29", "paragraph": "5"},
                                                                         "explanation": T("The requested Party regards the offence as fiscal.")}]) or d['body'].pop('preservedUntil'),
          ["/body/refusalGrounds/0/code"], "A refusal of preservation on a fiscal-offence ground: art. 29(5) allows only a political offence or essential interests (and dual criminality under an art. 29(4) reservation).")
rule_case("MLAT-R-0118", "refused-on-political-ground", confirm,
          lambda d: d['body'].update(result="REFUSED", refusalGrounds=[{"code": "POLITICAL_OFFENCE", "legalReference": {"instrument": "ETS_185", "article": "29", "paragraph": "5", "point": "a"},
                                                                         "explanation": T("The requested Party regards the offence as political.")}]) or d['body'].pop('preservedUntil'),
          [], "A refusal on a political-offence ground with its provision (art. 29(5)(a)).")

cyb = copy.deepcopy(usmx)
cyb['header'] = request_header("us-de-art31", {"country": "US", "authorityId": "US:DOJ-OIA", "name": "Office of International Affairs, U.S. Department of Justice", "role": "CENTRAL_AUTHORITY"},
                               {"country": "DE", "authorityId": "DE:BfJ", "name": "Bundesamt für Justiz", "role": "RECEIVING"}, route="CENTRAL_AUTHORITY", conversationId=bud['header']['messageId'])
cyb['header']['createdAt'] = "2026-12-20T10:00:00Z"
cb = cyb['body']
cb['profile'] = "MLA_CYBERCRIME"
cb['legalBasis'] = [{"instrument": "ETS_185", "article": "31", "title": "Convention on Cybercrime"}]
cb['issuingAuthority'] = {"id": "US:USAO-SDOH", "country": "US", "name": "United States Attorney's Office for the Southern District of Ohio", "type": "PUBLIC_PROSECUTOR",
                          "contact": {"name": "Morgan Example-Test", "function": "Assistant United States Attorney", "phones": ["+16144695715"], "emails": ["mla@usao-sdoh.example.gov"], "languages": ["en"]}}
cb['executingState'] = "DE"
cb['executingAuthority'] = {"id": "DE:BfJ", "country": "DE", "name": "Bundesamt für Justiz", "type": "CENTRAL_AUTHORITY", "languages": ["de"]}
cb['proceedings'] = {"type": "CRIMINAL", "stage": "INVESTIGATION", "nature": T("Federal investigation into a ransomware attack on a hospital."),
                     "conductingAuthority": {"id": "US:USAO-SDOH", "country": "US", "name": "United States Attorney's Office for the Southern District of Ohio", "type": "PUBLIC_PROSECUTOR"}}
cb['persons'] = [{"id": "p1", "familyNames": [], "identityUnknown": True, "identifyingDescription": T("The operator of the ransomware who connected from the preserved IP address.")}]
cb['parties'] = [{"personRef": "p1", "role": "SUSPECT"}]
cb['factsSummary'] = bb['factsSummary']
cb['offences'] = [{"id": "o1", "description": T("Damaging a protected computer by ransomware and extortion."),
                   "legalClassifications": [{"statute": {"instrument": "NATIONAL", "article": "1030", "title": "18 U.S.C.", "state": "US"}, "label": "Fraud and related activity in connection with computers"}],
                   "maximumPenalty": {"type": "CUSTODIAL", "maximum": "P10Y"}, "period": {"from": "2026-11-29", "to": "2026-11-29"}}]
cb['measures'] = [{"id": "m1", "type": "EXISTING_INFORMATION_OR_EVIDENCE", "description": T("Disclosure of the subscriber and connection data preserved at the hosting provider for the IP address 203.0.113.45, port 8443, on 29 November 2026."),
                   "subjectRefs": ["p1"], "offenceRefs": ["o1"]}]
cb['purpose'] = T("To identify the ransomware operator.")
cb['preservationRequests'] = [bud_ref]
cb['issuedOn'] = "2026-12-19"
valid("AssistanceRequest", "budapest-art31-us-de-disclosure-of-preserved", cyb,
      "The U.S. follow-up request under Budapest art. 31 (profile MLA_CYBERCRIME) for the disclosure of the data Germany preserved, linked to the art. 29 request by preservationRequests and the conversation.")
rule_case("MLAT-R-0119", "art31-names-preservation", cyb, None, [], "Derived from valid/AssistanceRequest/budapest-art31-us-de-disclosure-of-preserved.", severity="WARNING")
rule_case("MLAT-R-0119", "art31-without-preservation-link", cyb, lambda d: d['body'].pop('preservationRequests'), ["/body/preservationRequests"],
          "The same art. 31 request without naming the preservation it follows.", severity="WARNING")

# ---------------------------------------------------------------- NO -> IT: a summons with its appearance, proof of service, costs
ets = load('1.2/valid/AssistanceRequest/ets030-no-it-search-and-seizure.json')
ets['header'] = request_header("no-it-summons", ets['header']['sender'], ets['header']['recipient'], route="CENTRAL_AUTHORITY")
ets['header']['language'] = "nb"
eb = ets['body']
eb['measures'] = [m for m in eb['measures'] if m['type'] == 'SERVICE_OF_DOCUMENTS']
eb['measures'][0]['details']['serviceOfDocuments'].update(proofOfServiceRequested=True, appearance={
    "at": "2027-02-15T08:00:00Z", "timeZone": "Europe/Oslo", "place": {"street": "C. J. Hambros plass", "houseNumber": "4", "city": "Oslo", "country": "NO"},
    "before": {"id": "NO:OTR", "country": "NO", "name": "Oslo tingrett", "type": "COURT"}})
eb['attachments'] = [dict(a, documentType="SUMMONS") for a in eb['attachments'] if a['id'] == 'a1']
eb.pop('relatedRequests', None)
valid("AssistanceRequest", "ets030-no-it-summons-appearance", ets,
      "A Norwegian request to Italy under ETS 030 to serve a summons (document type SUMMONS) with the date, time zone, place and court of the appearance and a request for proof of service (art. 7), instead of OTHER and free text.")
rule_case("MLAT-R-0117", "appearance-after-request", ets, None, [], "Derived from valid/AssistanceRequest/ets030-no-it-summons-appearance.")
rule_case("MLAT-R-0117", "appearance-in-the-past", ets, lambda d: d['body']['measures'][0]['details']['serviceOfDocuments']['appearance'].update(at="2026-11-01T08:00:00Z"),
          ["/body/measures/0/details/serviceOfDocuments/appearance/at"], "The same summons for an appearance before the request was created.")
vc = load('1.2/valid/AssistanceRequest/untoc-br-es-witness-videoconference.json')
def slot(d, end):
    rh = [m for m in d['body']['measures'] if (m.get('details') or {}).get('remoteHearing')][0]['details']['remoteHearing']
    rh.update(scheduledAt="2027-01-20T13:00:00Z", endsAt=end, timeZone="America/Sao_Paulo")
vc_i = [i for i, m in enumerate(vc['body']['measures']) if (m.get('details') or {}).get('remoteHearing')][0]
rule_case("MLAT-R-0117", "hearing-slot-two-hours", vc, lambda d: slot(d, "2027-01-20T15:00:00Z"), [],
          "Derived from valid/AssistanceRequest/untoc-br-es-witness-videoconference: the videoconference is booked from 13:00 to 15:00 UTC, shown in São Paulo time.")
rule_case("MLAT-R-0117", "hearing-slot-ends-before-start", vc, lambda d: slot(d, "2027-01-20T12:00:00Z"),
          [f"/body/measures/{vc_i}/details/remoteHearing/endsAt"], "The same hearing whose slot ends before it starts.")

it_sender = {**ets['header']['recipient'], "role": "EXECUTING"}
no_recipient = {**ets['header']['sender'], "role": "ISSUING"}
served = {"header": {"version": V, "messageType": "ExecutionReport", "messageId": mid("it-no-service-report"), "conversationId": ets['header']['messageId'],
                     "inReplyTo": ets['header']['messageId'], "createdAt": "2027-01-12T11:00:00Z", "sender": it_sender, "recipient": no_recipient, "language": "it"},
          "body": {"request": {"messageId": ets['header']['messageId'], "authorityId": ets['header']['sender']['authorityId']},
                   "final": True, "completedOn": "2027-01-11",
                   "outcomes": [{"measureRef": "m2", "status": "EXECUTED", "evidenceRefs": ["E1"],
                                 "service": {"served": True, "servedOn": "2027-01-10", "method": "PERSONAL", "proofRef": "E1"}}],
                   "costs": [{"kind": "ORDINARY", "amount": {"amount": "0.00", "currency": "EUR"}, "borneBy": "EXECUTING_STATE",
                              "description": T("Notifica eseguita dalla polizia giudiziaria; nessuna spesa addebitata.", "it")}]}}
valid("ExecutionReport", "ets030-it-no-proof-of-service", served,
      "Italy reports that the summons was served in person on 10 January 2027, with the proof of service sent as evidence item E1 (ETS 030 art. 7(2)), and the costs of execution.")
rule_case("MLAT-R-0116", "served-with-date", served, None, [], "Derived from valid/ExecutionReport/ets030-it-no-proof-of-service.")
rule_case("MLAT-R-0116", "served-without-date", served, lambda d: d['body']['outcomes'][0]['service'].pop('servedOn'), ["/body/outcomes/0/service/servedOn"],
          "The same report saying the summons was served without the date of service.")
rule_case("MLAT-R-0116", "not-served-without-reason", served,
          lambda d: d['body']['outcomes'][0].update(status="NOT_EXECUTED", service={"served": False}, refusalGrounds=None) or d['body']['outcomes'][0].pop('refusalGrounds') or d['body']['outcomes'][0].pop('evidenceRefs'),
          ["/body/outcomes/0/service/notServedReason"], "The same report saying the summons was not served, without the reason.")

S.write_manifest()
