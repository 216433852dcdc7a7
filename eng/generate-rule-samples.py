#!/usr/bin/env python3
"""Generates samples/1.0/rules/<rule id>/{violates,satisfies}-*.json from the valid samples, one small defect (or one
positive case) each, and rewrites the rule cases of samples/manifest.json. Run from the repository root; review the diff.
Every sample is schema-valid; `dotnet test --filter RuleSample` proves the expected findings."""
import copy, json, os, uuid

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
VALID = os.path.join(ROOT, "samples", "1.0", "valid")
RULES = os.path.join(ROOT, "samples", "1.0", "rules")
NS = uuid.UUID("6c1f8a0e-3b1d-4f57-9a2e-1d0c5e7b9f10")

def load(rel):
    with open(os.path.join(VALID, rel), encoding="utf-8") as f:
        return json.load(f)

E = "AssistanceRequest/eio-de-fr-bank-records-fraud.json"
M = "AssistanceRequest/minimal.json"
U = "AssistanceRequest/untoc-br-es-witness-videoconference.json"
N = "AssistanceRequest/ets030-no-it-search-and-seizure.json"
K = "AssistanceRequest/uncac-ke-ch-asset-tracing-freezing.json"

def text(lang, t):
    return {"entries": [{"lang": lang, "text": t, "original": True}]}

def de(t):
    return text("de", t)

cases = []

def case(rule, name, base, mutate, findings, description, severity="ERROR", profile=None, request=None):
    kind = "violates" if findings else "satisfies"
    doc = load(base)
    if mutate:
        mutate(doc)
    cid = f"1.0/rules/{rule}/{kind}-{name}"
    old = doc["header"]["messageId"]
    new = str(uuid.uuid5(NS, cid))
    doc["header"]["messageId"] = new
    if doc["header"]["conversationId"] == old:
        doc["header"]["conversationId"] = new
    path = os.path.join(RULES, rule, f"{kind}-{name}.json")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    entry = {
        "id": cid,
        "file": f"1.0/rules/{rule}/{kind}-{name}.json",
        "version": "1.0",
        "messageType": doc["header"]["messageType"],
        "kind": "rule",
        "rule": rule,
        "expectValid": not findings or severity == "WARNING",
        "expectedFindings": [{"code": rule, "pointer": p} for p in findings],
        "description": f"Derived from valid/{base[:-5]}: {description}",
    }
    if profile:
        entry["profile"] = profile
    if request:
        entry["request"] = request if request.startswith("1.0/") else f"1.0/valid/{request}"
    cases.append(entry)

def pipe(*fs):
    def run(d):
        for f in fs:
            f(d)
    return run

def other_competent(d):
    d["body"]["issuingAuthority"].update({"id": "DE:HZA-Muenchen", "name": "Hauptzollamt München – Strafsachen- und Bußgeldstelle", "type": "OTHER_COMPETENT"})
    d["header"]["sender"].update({"authorityId": "DE:HZA-Muenchen", "name": "Hauptzollamt München – Strafsachen- und Bußgeldstelle"})

def minimal_other_competent(d):
    d["body"]["issuingAuthority"].update({"id": "AT:FA-Wien-FSt", "name": "Amt für Betrugsbekämpfung – Finanzstrafbehörde", "type": "OTHER_COMPETENT"})
    d["header"]["sender"].update({"authorityId": "AT:FA-Wien-FSt", "name": "Amt für Betrugsbekämpfung – Finanzstrafbehörde"})

# --- EIO --------------------------------------------------------------------------------------------------------------
case("MLAT-R-0001", "other-competent-without-validation", M, minimal_other_competent, ["/body/validatedOn", "/body/validatingAuthority"],
     "issued by a tax fraud authority (OTHER_COMPETENT) with no validating judicial authority and no validation date.")
case("MLAT-R-0001", "customs-authority-validated-by-judge", E, other_competent, [],
     "issued by a customs criminal-investigation office (OTHER_COMPETENT) and validated by the investigating judge on 19 November.")

case("MLAT-R-0002", "validated-by-police", E, lambda d: d["body"]["validatingAuthority"].update({"type": "POLICE", "name": "Polizeipräsidium München"}), ["/body/validatingAuthority/type"],
     "the EIO is 'validated' by a police headquarters, which is not a judicial authority (annex A section L).")
case("MLAT-R-0002", "validated-by-investigating-judge", E, None, [], "validated by an investigating judge.")

def add_measure(m):
    return lambda d: d["body"]["measures"].append(m)

INTERCEPT = {"id": "m3", "type": "INTERCEPTION_OF_TELECOMMUNICATIONS",
             "description": de("Überwachung des Mobilfunkanschlusses der Beschuldigten in Frankreich."),
             "subjectRefs": ["p1"], "offenceRefs": ["o1"],
             "details": {"interception": {"reasonsRelevant": de("Die Beschuldigte steuert die Weiterleitung der Gelder telefonisch."), "targetRefs": ["p1"]}}}
full_intercept = copy.deepcopy(INTERCEPT)
full_intercept["details"]["interception"].update({"targets": [{"type": "PHONE_E164", "value": "+33612345678"}], "duration": "P2M", "transmission": "IMMEDIATE", "transcription": False})
case("MLAT-R-0003", "interception-without-duration-or-technical-data", E, add_measure(INTERCEPT),
     ["/body/measures/2/details/interception/duration", "/body/measures/2/details/interception/technicalData"],
     "an interception of telecommunications names its subject but neither the desired duration nor the target identifier (art. 30(3)(b),(c)).")
case("MLAT-R-0003", "interception-with-target-and-duration", E, add_measure(full_intercept), [],
     "an interception of telecommunications with reasons, subject, a two-month duration and the target telephone number.")

TRANSFER = {"id": "m3", "type": "TEMPORARY_TRANSFER_TO_ISSUING_STATE",
            "description": de("Zeitweilige Überstellung der in Frankreich inhaftierten Beschuldigten zur Gegenüberstellung in München."),
            "subjectRefs": ["p1"], "details": {"detainedPersonTransfer": {"personRef": "p1", "direction": "TO_ISSUING_STATE"}}}
consented = copy.deepcopy(TRANSFER)
consented["details"]["detainedPersonTransfer"]["consent"] = "GIVEN"
case("MLAT-R-0004", "transfer-without-consent-statement", E, add_measure(TRANSFER), ["/body/measures/2/details/detainedPersonTransfer/consent"],
     "a temporary transfer of a detained person that does not say whether the person consented (section H1).")
case("MLAT-R-0004", "transfer-with-consent", E, add_measure(consented), [], "a temporary transfer to which the person has consented.")

VIDEO = {"id": "m3", "type": "HEARING_BY_VIDEOCONFERENCE",
         "description": de("Vernehmung des Geschädigten per Videokonferenz."),
         "subjectRefs": ["p2"], "details": {"remoteHearing": {"mode": "VIDEOCONFERENCE", "personRef": "p2"}}}
def p2_languages(d):
    d["body"]["persons"][1]["languagesUnderstood"] = ["de"]
def video_with_authority(d):
    p2_languages(d)
    m = copy.deepcopy(VIDEO)
    m["details"]["remoteHearing"]["conductingAuthority"] = copy.deepcopy(d["body"]["issuingAuthority"])
    d["body"]["measures"].append(m)
case("MLAT-R-0005", "videoconference-without-conducting-authority", E, pipe(p2_languages, add_measure(VIDEO)), ["/body/measures/2/details/remoteHearing/conductingAuthority"],
     "a hearing by videoconference that does not name the authority conducting it (section H2).")
case("MLAT-R-0005", "videoconference-conducted-by-prosecutor", E, video_with_authority, [], "a hearing by videoconference conducted by the issuing prosecutor.")

case("MLAT-R-0006", "bank-accounts-without-executing-state-reason", E, lambda d: d["body"]["measures"][0]["details"]["bankAccounts"].pop("reasonsHeldInExecutingState"),
     ["/body/measures/0/details/bankAccounts/reasonsHeldInExecutingState"], "bank account information without the reasons why the accounts are presumed held in France (section H4).")
case("MLAT-R-0006", "bank-accounts-with-reasons", E, None, [], "bank account information with both reasons of section H4.")

case("MLAT-R-0007", "bank-operations-without-period", E, lambda d: d["body"]["measures"][1]["details"]["bankOperations"].pop("period"),
     ["/body/measures/1/details/bankOperations/period"], "information on banking operations without the period concerned (section H5).")
case("MLAT-R-0007", "bank-operations-with-period", E, None, [], "information on banking operations with reasons and period.")

case("MLAT-R-0008", "annex-d-laundering-two-years", E, lambda d: d["body"]["offences"][1]["maximumPenalty"].update({"maximum": "P2Y"}),
     ["/body/offences/1/maximumPenalty/maximum"], "money laundering ticked as an annex D category with a maximum penalty of two years.")
case("MLAT-R-0008", "annex-d-fraud-ten-years", E, None, [], "annex D categories with maximum penalties of ten and five years.")

# --- urgency and deadlines (every profile / EIO) ---------------------------------------------------------------------
case("MLAT-R-0009", "urgent-without-reason", E, lambda d: d["body"]["urgency"].pop("reasons"), ["/body/urgency/reasons"],
     "urgency URGENT with an explanation but no coded reason.")
case("MLAT-R-0009", "urgent-person-in-custody", E, None, [], "urgency URGENT because the suspect is in custody.")
case("MLAT-R-0010", "execution-deadline-without-reason", E, lambda d: d["body"]["deadlines"][0].pop("reason"), ["/body/deadlines/0/reason"],
     "a shorter execution deadline (art. 12(2)) with no reason.")
case("MLAT-R-0010", "execution-deadline-with-reason", E, None, [], "a shorter execution deadline justified by the detention review.")

# --- UNTOC / UNCAC / ETS 030 / bilateral -----------------------------------------------------------------------------
case("MLAT-R-0011", "proceedings-without-conducting-authority", U, lambda d: d["body"]["proceedings"].pop("conductingAuthority"),
     ["/body/proceedings/conductingAuthority"], "the proceedings do not name the authority conducting them (UNTOC art. 18(15)(b)).")
case("MLAT-R-0011", "proceedings-complete", U, None, [], "nature of the proceedings and conducting authority stated.")
case("MLAT-R-0012", "uncac-without-facts", K, lambda d: d["body"].pop("factsSummary"), ["/body/factsSummary"],
     "an asset-tracing request under UNCAC without a summary of the facts (art. 46(15)(c)).")
case("MLAT-R-0012", "uncac-with-facts", K, None, [], "summary of the facts present.")
def bilateral_service_only(d):
    b = d["body"]
    b["profile"] = "MLA_BILATERAL"
    b["legalBasis"] = [{"instrument": "BILATERAL", "title": "Treaty between Norway and Italy on mutual assistance in criminal matters (test)"}]
    b["measures"] = [m for m in b["measures"] if m["type"] == "SERVICE_OF_DOCUMENTS"]
    b.pop("factsSummary")
case("MLAT-R-0012", "bilateral-service-only-without-facts", N, bilateral_service_only, [],
     "a request under a bilateral treaty for service of documents only: no summary of facts is needed.")
case("MLAT-R-0013", "ets030-without-purpose", N, lambda d: d["body"].pop("purpose"), ["/body/purpose"],
     "a letter rogatory that does not state the object of and reason for the request (ETS 030 art. 14(1)(b)).")
case("MLAT-R-0013", "ets030-with-purpose", N, None, [], "object and reason stated.")
case("MLAT-R-0014", "witness-without-nationality", U, lambda d: d["body"]["persons"][1].pop("nationalities"), ["/body/persons/1/nationalities"],
     "a person concerned without nationality (UNTOC art. 18(15)(e)); a warning only, as the nationality may be unknown.", severity="WARNING")
case("MLAT-R-0014", "persons-with-nationality", U, None, [], "every person concerned has a nationality.")
def no_offences(d):
    d["body"].pop("offences")
    for m in d["body"]["measures"]:
        m.pop("offenceRefs", None)
case("MLAT-R-0015", "search-without-offence", N, no_offences, ["/body/offences"],
     "a letter rogatory for search and seizure that does not state the offence (ETS 030 art. 14(2)).")
case("MLAT-R-0015", "search-with-offence-and-facts", N, None, [], "offence and summary of facts stated.")
def addressee_without_address(d):
    b = d["body"]
    service = next(m for m in b["measures"] if m["type"] == "SERVICE_OF_DOCUMENTS")
    ref = service["details"]["serviceOfDocuments"]["addresseeRef"]
    service.pop("location", None)
    next(p for p in b["persons"] if p["id"] == ref).pop("addresses")
def service_index(d):
    return next(i for i, m in enumerate(d["measures"]) if m["type"] == "SERVICE_OF_DOCUMENTS")
N_DOC = load(N)
case("MLAT-R-0016", "service-addressee-without-address", N, addressee_without_address,
     [f"/body/measures/{service_index(N_DOC['body'])}/details/serviceOfDocuments/addresseeRef"],
     "service of a summons on a person whose address is not given (ETS 030 art. 14(1)(d)).")
case("MLAT-R-0016", "service-addressee-with-address", N, None, [], "the person to be served has an address.")

# --- every profile ---------------------------------------------------------------------------------------------------
case("MLAT-R-0017", "measure-subject-not-in-request", E, lambda d: d["body"]["measures"][1].update({"subjectRefs": ["lp2"]}),
     ["/body/measures/1/subjectRefs/0"], "a measure's subject points to a legal person the request does not describe.")
case("MLAT-R-0017", "all-references-resolve", E, None, [], "every person and offence reference resolves.")
case("MLAT-R-0018", "two-measures-with-one-id", E, lambda d: d["body"]["measures"][1].update({"id": "m1"}), ["/body/measures/1/id"],
     "two measures share the id m1, so a reply cannot say which one it decides.")
case("MLAT-R-0018", "unique-ids", E, None, [], "person, offence and measure ids are unique.")
case("MLAT-R-0019", "two-attachments-with-one-id", E, lambda d: d["body"]["attachments"][1].update({"id": "a1"}), ["/body/attachments/1/id"],
     "the court decision and the translation are both listed as attachment a1.")
case("MLAT-R-0019", "unique-attachment-ids", E, None, [], "attachment ids a1 and a2.")
ET = "EvidenceTransmission/full-three-attachments-chain-of-custody.json"
case("MLAT-R-0020", "evidence-item-refers-to-unlisted-attachment", ET, lambda d: d["body"]["items"][1]["attachmentRefs"].append("A4"),
     ["/body/items/1/attachmentRefs/2"], "an evidence item refers to attachment A4, which the attachment manifest does not list.")
case("MLAT-R-0020", "every-attachment-listed", ET, None, [], "every attachment an evidence item refers to is listed with its sha256.")
SU = "StatusUpdate/full-delay-notice.json"
def duplicate_outcome(d):
    o = copy.deepcopy(d["body"]["outcomes"][1])
    o["measureRef"] = d["body"]["outcomes"][0]["measureRef"]
    d["body"]["outcomes"].append(o)
case("MLAT-R-0021", "two-outcomes-for-one-measure", SU, duplicate_outcome, ["/body/outcomes/2/measureRef"],
     "measure m1 is reported both EXECUTED and IN_PROGRESS.")
case("MLAT-R-0021", "one-outcome-per-measure", SU, None, [], "one outcome per measure.")
ER = "ExecutionReport/full-final-with-conditions.json"
case("MLAT-R-0022", "refused-without-grounds", ER, lambda d: d["body"]["outcomes"][1].update({"status": "REFUSED"}), ["/body/outcomes/1/refusalGrounds"],
     "a measure reported REFUSED without any coded refusal ground.")
RD = "RecognitionDecision/full-alternative-measure.json"
case("MLAT-R-0022", "not-recognised-with-grounds", RD, None, [], "the measure not recognised names its refusal grounds.")
case("MLAT-R-0023", "alternative-measure-without-reason", RD, lambda d: d["body"]["decisions"][1].pop("alternativeReason"), ["/body/decisions/1/alternativeReason"],
     "recourse to a different measure without the art. 10 reason.")
case("MLAT-R-0023", "alternative-measure-with-reason", RD, None, [], "the alternative measure is described and the less intrusive measure reason given (art. 10(3)).")
RN = "RefusalNotice/full-ne-bis-in-idem-partial.json"
case("MLAT-R-0024", "partial-refusal-without-measures", RN, lambda d: d["body"]["grounds"][0].pop("appliesTo"), ["/body/grounds/0/appliesTo"],
     "a partial refusal whose ground does not say which measure it applies to.")
case("MLAT-R-0024", "partial-refusal-names-measure", RN, None, [], "the partial refusal applies to measure M1.")
case("MLAT-R-0025", "deadline-before-creation", E, lambda d: d["body"]["deadlines"][0].update({"dueAt": "2026-11-01T23:00:00Z"}), ["/body/deadlines/0/dueAt"],
     "the execution deadline lies before the date the request was created.")
case("MLAT-R-0025", "deadline-after-creation", E, None, [], "the deadline lies in February 2027.")
case("MLAT-R-0026", "offence-period-ends-before-start", E, lambda d: d["body"]["offences"][0]["period"].update({"to": "2024-06-30"}), ["/body/offences/0/period/to"],
     "the offence period ends before it starts (year typed as 2024).")
case("MLAT-R-0026", "periods-in-order", E, None, [], "every period starts before it ends.")
case("MLAT-R-0027", "date-of-birth-in-future", E, lambda d: d["body"]["persons"][1].update({"dateOfBirth": "2051"}), ["/body/persons/1/dateOfBirth"],
     "the victim's year of birth is typed as 2051 instead of 1951.")
case("MLAT-R-0027", "partial-dates-of-birth-in-past", E, None, [], "dates of birth given to the month and to the year, both in the past.")
RU = "RefusalNotice/full-untoc-spain-to-brazil.json"
def mixed_grounds(d):
    g = copy.deepcopy(d["body"]["grounds"][0])
    g["code"] = "EIO_ART11_1_D"
    d["body"]["grounds"].append(g)
case("MLAT-R-0028", "untoc-refusal-citing-eio-ground", RU, mixed_grounds, ["/body/grounds/1/code"],
     "a refusal under UNTOC that also cites a ground of the EIO Directive, which does not apply between Spain and Brazil.")
case("MLAT-R-0028", "untoc-refusal-untoc-ground", RU, None, [], "the refusal cites UNTOC art. 18(21)(b) only.")
case("MLAT-R-0028", "untoc-ground-checked-against-forced-eio-profile", RU, None, ["/body/grounds/0/code"],
     "validated with the profile forced to EIO (the request it answers was an EIO): a UNTOC ground does not belong to it.", profile="EIO")
case("MLAT-R-0029", "header-czech-text-german-only", M, lambda d: d["header"].update({"language": "cs"}), ["/body/factsSummary/entries", "/body/measures/0/description/entries", "/body/offences/0/description/entries"],
     "the header declares Czech but the measure is described in German only.")
case("MLAT-R-0029", "header-language-present", M, None, [], "every text has an entry in the header language.")
case("MLAT-R-0030", "translation-marked-original", E, lambda d: d["body"]["factsSummary"]["entries"][1].update({"original": True}), ["/body/factsSummary/entries/1/original"],
     "the French translation of the summary of facts is also marked as the original.")
case("MLAT-R-0030", "one-original-per-text", E, None, [], "every text has one original and translations marked as such.")
case("MLAT-R-0031", "executing-state-not-recipient-country", M, lambda d: d["body"].update({"executingState": "SK"}), ["/body/executingState"],
     "the request is addressed to a Czech prosecutor but names Slovakia as executing State.")
case("MLAT-R-0031", "states-match-header", M, None, [], "executing State and issuing authority match the header.")

case("MLAT-R-0032", "validated-before-issued", E, lambda d: d["body"].update({"validatedOn": "2026-11-17"}), ["/body/validatedOn"],
     "the validation date lies one day before the EIO was issued.")
case("MLAT-R-0032", "issued-then-validated", E, None, [], "issued on 18 November, validated on 19 November, sent on 20 November.")
HEAR_VICTIM = {"id": "m3", "type": "HEARING_VICTIM", "description": de("Vernehmung des Geschädigten zu den Überweisungen an die Beispiel Handels GmbH."), "subjectRefs": ["p2"]}
HEAR_SUSPECT = {"id": "m3", "type": "HEARING_SUSPECT_OR_ACCUSED", "description": de("Vernehmung der Beschuldigten zu den Konten bei der Banque Exemple SA."), "subjectRefs": ["p1"]}
case("MLAT-R-0033", "victim-heard-without-languages", E, add_measure(HEAR_VICTIM), ["/body/persons/1/languagesUnderstood"],
     "the victim is to be heard but the languages he understands are not given; a warning, as they may be unknown.", severity="WARNING")
case("MLAT-R-0033", "suspect-heard-with-languages", E, add_measure(HEAR_SUSPECT), [], "the suspect to be heard understands German and French.")

PROVISIONAL = {"id": "m3", "type": "PROVISIONAL_MEASURE", "description": de("Sicherstellung der Kontounterlagen und Sperre des Kontos der Beispiel Handels GmbH bei der Banque Exemple SA."),
               "subjectRefs": ["lp1"], "offenceRefs": ["o2"]}
secured = copy.deepcopy(PROVISIONAL)
secured["details"] = {"provisionalMeasure": {"disposition": "REMAIN_IN_EXECUTING_STATE", "items": de("Guthaben auf dem Konto FR76 3000 6000 0112 3456 7890 189."), "estimatedLiftDate": "2027-06-30"}}
case("MLAT-R-0034", "provisional-measure-without-h3", E, add_measure(PROVISIONAL), ["/body/measures/2/details/provisionalMeasure"],
     "a provisional measure (freezing of an account) without section H3: nobody knows whether the funds are to be transferred or stay frozen.")
case("MLAT-R-0034", "provisional-measure-funds-stay", E, add_measure(secured), [], "the frozen funds remain in France until an estimated lifting date.")
MONITOR = {"id": "m3", "type": "BANK_OPERATIONS_MONITORING", "description": de("Überwachung der Kontobewegungen auf dem Konto der Beispiel Handels GmbH für drei Monate."),
           "subjectRefs": ["lp1"], "details": {"realTimeGathering": {"kind": "BANK_MONITORING", "duration": "P3M"}}}
monitored = copy.deepcopy(MONITOR)
monitored["details"]["realTimeGathering"]["reasonsRelevant"] = de("Weitere Anlegergelder gehen laufend auf dem Konto ein und werden weitergeleitet.")
case("MLAT-R-0035", "monitoring-without-reasons", E, add_measure(MONITOR), ["/body/measures/2/details/realTimeGathering/reasonsRelevant"],
     "monitoring of banking operations over three months with no reason why it is relevant (art. 28).")
case("MLAT-R-0035", "monitoring-with-reasons", E, add_measure(monitored), [], "monitoring of banking operations with the reasons of section H6.")

case("MLAT-R-0036", "outcome-for-measure-not-in-request", SU, lambda d: d["body"]["outcomes"][1].update({"measureRef": "m3"}), ["/body/outcomes/1/measureRef"],
     "validated in the context of the Munich EIO (measures m1, m2): an outcome reports on a measure m3 the EIO does not contain.", request=E)
case("MLAT-R-0036", "outcomes-for-measures-of-request", SU, None, [], "validated in the context of the Munich EIO: outcomes for m1 and m2.", request=E)
case("MLAT-R-0037", "status-update-in-another-conversation", SU, lambda d: d["header"].update({"conversationId": "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6"}), ["/header/conversationId"],
     "validated in the context of the Munich EIO: the update carries the conversationId of another case.", request=E)
case("MLAT-R-0037", "status-update-in-the-request-conversation", SU, None, [], "validated in the context of the Munich EIO: same conversation, request named by its messageId.", request=E)

# --- R-0001 beyond OTHER_COMPETENT ----------------------------------------------------------------------------------------
def police_issuer(d):
    d["body"]["issuingAuthority"].update({"id": "AT:LPD-Wien", "name": "Landespolizeidirektion Wien", "type": "POLICE"})
    d["header"]["sender"].update({"authorityId": "AT:LPD-Wien", "name": "Landespolizeidirektion Wien"})
case("MLAT-R-0001", "police-without-validation", M, police_issuer, ["/body/validatedOn", "/body/validatingAuthority"],
     "issued by the Vienna police (POLICE) with no validating judicial authority: an EIO only once validated (art. 2(c)(ii)).")

# --- replies: references, scopes, grounds, parts (every profile) -----------------------------------------------------------
AK = "AcknowledgementOfReceipt/minimal-annex-b.json"
case("MLAT-R-0046", "acknowledgement-of-nothing", AK, lambda d: d["body"].update({"request": {}}), ["/body/request"],
     "the acknowledgement's request reference is empty: it names no messageId and no reference, so it acknowledges no case.")
case("MLAT-R-0046", "acknowledgement-names-request", AK, None, [], "the acknowledgement names the EIO it acknowledges.")
WN = "WithdrawalNotice/ets030-no-it-partial.json"
WM = "WithdrawalNotice/minimal.json"
case("MLAT-R-0047", "partial-withdrawal-naming-no-measure", WN, lambda d: d["body"].pop("measureRefs"), ["/body/measureRefs"],
     "a PARTIAL withdrawal that does not say which measures are withdrawn.")
case("MLAT-R-0047", "whole-withdrawal-naming-measures", WM, lambda d: d["body"].update({"measureRefs": ["m1"]}), ["/body/measureRefs"],
     "a WHOLE withdrawal that nevertheless lists a measure, so it is unclear whether the rest stands.")
case("MLAT-R-0047", "partial-withdrawal-names-measures", WN, None, [], "a PARTIAL withdrawal naming the measure withdrawn.")
RW = "RefusalNotice/minimal-ne-bis-in-idem.json"
case("MLAT-R-0048", "whole-refusal-with-applies-to", RW, lambda d: d["body"]["grounds"][0].update({"appliesTo": ["m1"]}), ["/body/grounds/0/appliesTo"],
     "a WHOLE refusal whose ground claims to apply to one measure only.")
case("MLAT-R-0048", "whole-refusal-without-applies-to", RW, None, [], "a WHOLE refusal whose ground applies to the whole request.")
PN = "PostponementNotice/full-domestic-proceedings.json"
case("MLAT-R-0049", "postponed-without-grounds", PN, lambda d: d["body"].pop("grounds"), ["/body/grounds"],
     "execution POSTPONED with no coded ground (art. 15(1)).")
def other_ground_unexplained(d):
    d["body"]["grounds"] = ["OTHER"]
    d["body"].pop("explanation", None)
case("MLAT-R-0049", "postponed-other-unexplained", PN, other_ground_unexplained, ["/body/explanation"],
     "execution POSTPONED on the ground OTHER with no explanation.")
case("MLAT-R-0049", "postponed-with-grounds", PN, None, [], "execution postponed because of ongoing domestic proceedings.")
case("MLAT-R-0050", "part-five-of-two", ET, lambda d: d["body"].update({"part": {"number": 5, "of": 2}}), ["/body/part/number"],
     "a transmission numbered as part 5 of 2.")
case("MLAT-R-0050", "part-two-of-two", ET, lambda d: d["body"].update({"part": {"number": 2, "of": 2}}), [], "the second and last part of a transmission in two parts.")
def final_in_progress(d):
    d["body"]["outcomes"][0]["status"] = "IN_PROGRESS"
case("MLAT-R-0051", "final-report-measure-in-progress", ER, final_in_progress, ["/body/outcomes/0/status"],
     "a final execution report in which a measure is still IN_PROGRESS.")
case("MLAT-R-0051", "final-report-final-outcomes", ER, None, [], "a final report in which every measure has a final outcome.")
FW = "ForwardingNotice/minimal-not-competent.json"
def forwarding_other(d):
    d["body"]["reason"] = "OTHER"
    d["body"].pop("explanation", None)
case("MLAT-R-0052", "forwarded-for-other-reason-unexplained", FW, forwarding_other, ["/body/explanation"],
     "a request forwarded for the reason OTHER, with no explanation.")
case("MLAT-R-0052", "forwarded-not-competent", FW, None, [], "a request forwarded because the receiving authority is not competent.")
CO = "Consultation/full-costs-lithuania-sweden.json"
case("MLAT-R-0053", "costs-consultation-without-estimate", CO, lambda d: d["body"].pop("costEstimate"), ["/body/costEstimate"],
     "a consultation on exceptionally high costs (art. 21(2)) that gives no estimate.")
case("MLAT-R-0053", "costs-consultation-with-estimate", CO, None, [], "a consultation on costs with the estimate in euro.")

# --- EIO completeness and certification (annex A, art. 6) ------------------------------------------------------------------
def strip_annex_a(d):
    for k in ("proceedings", "factsSummary", "offences", "issuedOn", "certification"):
        d["body"].pop(k)
case("MLAT-R-0054", "eio-without-sections-f-g-k", M, strip_annex_a,
     ["/body/certification", "/body/factsSummary", "/body/issuedOn", "/body/offences", "/body/proceedings"],
     "the former minimal EIO: no type of proceedings, no facts, no offence, no date of issue and no certification or signatory.")
case("MLAT-R-0054", "eio-certification-unsigned", M, lambda d: d["body"]["certification"].pop("signatory"), ["/body/certification/signatory"],
     "the certification of section K names no signatory.")
case("MLAT-R-0054", "eio-complete", M, None, [], "type of proceedings, facts, offence, date of issue and signed certification present.")
case("MLAT-R-0055", "eio-not-necessary-and-proportionate", M, lambda d: d["body"]["certification"].update({"necessaryAndProportionate": False}),
     ["/body/certification/necessaryAndProportionate"], "the issuing authority certifies that the EIO is NOT necessary and proportionate (art. 6(1)(a)).")
case("MLAT-R-0055", "eio-certified", M, None, [], "the EIO is certified necessary, proportionate and available in a similar domestic case.")

# --- profile consistency (every profile: the profile member itself is checked) ----------------------------------------------
case("MLAT-R-0056", "untoc-request-on-ets030-basis", U, lambda d: d["body"].update({"legalBasis": [{"instrument": "ETS_030", "article": "1"}]}), ["/body/legalBasis"],
     "a request labelled MLA_UNTOC whose legal basis is the 1959 Convention only: profile and legal basis disagree.")
case("MLAT-R-0056", "untoc-request-on-untoc-basis", U, None, [], "a UNTOC request based on UNTOC art. 18.")
def to_state(code, authority, name):
    def run(d):
        d["body"]["executingState"] = code
        d["header"]["recipient"].update({"country": code, "authorityId": authority, "name": name})
    return run
case("MLAT-R-0057", "eio-to-united-states", M, to_state("US", "US:DOJ-OIA", "U.S. Department of Justice, Office of International Affairs"), ["/body/executingState"],
     "an 'EIO' to the United States, which is not bound by Directive 2014/41/EU (the request needs a treaty basis instead).")
case("MLAT-R-0057", "eio-to-denmark", M, to_state("DK", "DK:Rigsadvokaten", "Rigsadvokaten"), ["/body/executingState"],
     "an 'EIO' to Denmark, which does not take part in Directive 2014/41/EU.")
case("MLAT-R-0057", "eio-between-austria-and-czechia", M, None, [], "an EIO from Austria to Czechia, both bound by the Directive.")
ASSET = {"id": "m3", "type": "ASSET_RECOVERY", "description": de("Rückgabe der beschlagnahmten Guthaben an die geschädigten Anleger."), "subjectRefs": ["lp1"]}
case("MLAT-R-0058", "eio-asking-for-asset-recovery", E, add_measure(ASSET), ["/body/measures/2/type"],
     "an EIO asking for asset recovery, a measure of UNCAC chapter V, not an investigative measure of the Directive.")
def eio_service(d):
    d["body"]["measures"].append({"id": "m3", "type": "SERVICE_OF_DOCUMENTS", "description": de("Zustellung der Ladung an die Beschuldigte."),
                                  "subjectRefs": ["p1"], "details": {"serviceOfDocuments": {"addresseeRef": "p1", "method": "PERSONAL"}}})
case("MLAT-R-0058", "eio-asking-for-service-of-documents", E, eio_service, ["/body/measures/2/type"],
     "an EIO asking for service of a summons: service of documents is not an investigative measure (art. 1(1), 3).")
case("MLAT-R-0058", "uncac-asset-recovery", K, lambda d: d["body"]["measures"].append({"id": "m4", "type": "ASSET_RECOVERY", "description": {"entries": [{"lang": "en", "text": "Return of the frozen funds to Kenya under UNCAC art. 57.", "original": True}]}}), [],
     "asset recovery asked under UNCAC, the instrument that provides for it.")
case("MLAT-R-0059", "untoc-without-legal-basis", U, lambda d: d["body"].pop("legalBasis"), ["/body/legalBasis"],
     "a UNTOC request that names no legal basis.")
def bilateral(title):
    def run(d):
        d["body"]["profile"] = "MLA_BILATERAL"
        basis = {"instrument": "BILATERAL"}
        if title:
            basis["title"] = title
        d["body"]["legalBasis"] = [basis]
    return run
case("MLAT-R-0059", "bilateral-naming-no-treaty", N, bilateral(None), ["/body/legalBasis/0/title"],
     "a request under 'a bilateral treaty' that does not say which treaty.")
case("MLAT-R-0059", "bilateral-naming-the-treaty", N, bilateral("Accordo tra il Regno di Norvegia e la Repubblica italiana sull'assistenza giudiziaria in materia penale (test)"), [],
     "a bilateral request naming its treaty.")
def emergency(d):
    d["body"]["urgency"]["level"] = "EMERGENCY"
    d["body"].pop("deadlines")
case("MLAT-R-0060", "untoc-emergency-without-deadline", U, emergency, ["/body/deadlines"], "a UNTOC request marked EMERGENCY that sets no deadline.")
case("MLAT-R-0060", "untoc-emergency-with-deadline", U, lambda d: d["body"]["urgency"].update({"level": "EMERGENCY"}), [], "an EMERGENCY request with the date of the hearing as deadline.")

# --- refusal grounds the Directive rules out (in the request's context) -------------------------------------------------------
CTX = "1.0/context/eio-de-fr-bank-records-and-witness-hearing.json"
def fr(t):
    return text("fr", t)
def refused(measure, code, index=None):
    def run(d):
        outcome = {"measureRef": measure, "status": "REFUSED", "refusalGrounds": [{"code": code, "explanation": fr("Motif de refus (test).")}]}
        if index is None:
            d["body"]["outcomes"].append(outcome)
        else:
            d["body"]["outcomes"][index] = outcome
    return run
case("MLAT-R-0061", "double-criminality-against-witness-hearing", SU, refused("m3", "EIO_ART11_1_H"), ["/body/outcomes/2/refusalGrounds/0/code"],
     "the hearing of a witness (art. 10(2)(c)) refused on ground 11(1)(h), which art. 11(2) rules out.", request=CTX)
case("MLAT-R-0061", "double-criminality-against-annex-d-offences", SU, refused("m1", "EIO_ART11_1_G", 0), ["/body/outcomes/0/refusalGrounds/0/code"],
     "double criminality (11(1)(g)) invoked although both offences are annex D categories punishable by 10 and 5 years.", request=E)
case("MLAT-R-0061", "administrative-ground-in-criminal-proceedings", SU, refused("m1", "EIO_ART11_1_C", 0), ["/body/outcomes/0/refusalGrounds/0/code"],
     "ground 11(1)(c) (proceedings of art. 4(b) and (c)) invoked against an EIO issued in criminal proceedings.", request=E)
case("MLAT-R-0061", "ne-bis-in-idem-against-bank-information", SU, refused("m1", "EIO_ART11_1_D", 0), [],
     "ne bis in idem (11(1)(d)), a ground open against any measure.", request=E)
case("MLAT-R-0028", "untoc-ground-in-status-update-of-eio", SU, refused("m1", "UNTOC_ART18_21_B", 0), ["/body/outcomes/0/refusalGrounds/0/code"],
     "validated in the context of the Munich EIO: a status update refusing a measure on a UNTOC ground.", request=E)
case("MLAT-R-0062", "ne-bis-in-idem-without-consultation", RW, lambda d: d["body"].pop("priorConsultation"), ["/body/priorConsultation"],
     "a refusal for ne bis in idem (art. 11(1)(d)) that does not say the issuing authority was consulted (art. 11(4)); a warning.", severity="WARNING")
case("MLAT-R-0062", "ne-bis-in-idem-after-consultation", RW, None, [], "the refusal follows a consultation held two days before.")


def phone(person, text):
    def mutate(d):
        p2_languages(d)
        d["body"]["measures"].append({"id": "m3", "type": "HEARING_BY_TELEPHONE", "description": de(text), "subjectRefs": [person],
            "details": {"remoteHearing": {"mode": "TELEPHONE", "personRef": person, "conductingAuthority": copy.deepcopy(d["body"]["issuingAuthority"])}}})
    return mutate
case("MLAT-R-0070", "telephone-hearing-of-the-suspect", E, phone("p1", "Vernehmung der Beschuldigten per Telefonkonferenz."), ["/body/measures/2/subjectRefs/0"],
     "a hearing of the suspect by telephone conference (art. 25(1) allows it for witnesses and experts only; a suspect may be heard by videoconference, art. 24(1)).")
case("MLAT-R-0070", "telephone-hearing-of-the-victim-as-witness", E, phone("p2", "Zeugenvernehmung des Geschädigten per Telefonkonferenz."), [],
     "the victim heard as a witness by telephone conference.")

def transfer(direction):
    moved = copy.deepcopy(TRANSFER)
    moved["details"]["detainedPersonTransfer"].update({"direction": direction, "consent": "GIVEN"})
    return add_measure(moved)
case("MLAT-R-0071", "transfer-to-issuing-state-going-the-other-way", E, transfer("TO_EXECUTING_STATE"), ["/body/measures/2/details/detainedPersonTransfer/direction"],
     "a temporary transfer to the issuing State (art. 22) whose details give the direction TO_EXECUTING_STATE (art. 23).")
case("MLAT-R-0071", "transfer-to-issuing-state", E, transfer("TO_ISSUING_STATE"), [], "a temporary transfer to the issuing State with the direction TO_ISSUING_STATE.")

def video_of_suspect(consent):
    def mutate(d):
        m = copy.deepcopy(VIDEO)
        m.update({"description": de("Vernehmung der Beschuldigten per Videokonferenz."), "subjectRefs": ["p1"]})
        m["details"]["remoteHearing"].update({"personRef": "p1", "accusedConsent": consent, "conductingAuthority": copy.deepcopy(d["body"]["issuingAuthority"])})
        d["body"]["measures"].append(m)
    return mutate
case("MLAT-R-0072", "videoconference-of-suspect-who-refused", E, video_of_suspect(False), ["/body/measures/2/details/remoteHearing/accusedConsent"],
     "a hearing by videoconference of the suspect, who has refused consent (art. 24(2)(a): the executing State may refuse; a warning).", severity="WARNING")
case("MLAT-R-0072", "videoconference-of-suspect-who-consented", E, video_of_suspect(True), [], "a hearing by videoconference of the suspect, who has consented.")

def released(d):
    d["body"]["persons"][0]["inCustody"] = False
case("MLAT-R-0073", "transfer-of-person-not-in-custody", E, pipe(released, transfer("TO_ISSUING_STATE")), ["/body/measures/2/details/detainedPersonTransfer/personRef"],
     "a temporary transfer of the suspect, whom the request marks as not in custody (art. 22(1): a person held in custody).")
case("MLAT-R-0073", "transfer-of-person-in-custody", E, transfer("TO_ISSUING_STATE"), [], "a temporary transfer of the suspect, held in custody.")

ctx = load(E)
ctx["body"]["measures"].append({"id": "m3", "type": "HEARING_WITNESS", "description": de("Vernehmung des Geschädigten als Zeuge zu den Überweisungen."), "subjectRefs": ["p2"]})
ctx["body"]["persons"][1]["languagesUnderstood"] = ["de"]
os.makedirs(os.path.join(ROOT, "samples", "1.0", "context"), exist_ok=True)
with open(os.path.join(ROOT, "samples", "1.0", "context", "eio-de-fr-bank-records-and-witness-hearing.json"), "w", encoding="utf-8") as f:
    json.dump(ctx, f, ensure_ascii=False, indent=2)
    f.write("\n")

manifest_path = os.path.join(ROOT, "samples", "manifest.json")
with open(manifest_path, encoding="utf-8") as f:
    manifest = json.load(f)
note = " Cases with \"kind\": \"rule\" (samples/1.0/rules/<rule>/) are schema-valid and prove one business rule: a violates-* sample yields exactly the listed findings of that rule (expectValid false for an ERROR rule, true for a WARNING rule), a satisfies-* sample none; \"profile\", when present, is forced (specification §13)."
if note not in manifest["description"]:
    manifest["description"] += note
manifest["cases"] = [c for c in manifest["cases"] if c.get("kind") != "rule"] + cases
with open(manifest_path, "w", encoding="utf-8") as f:
    json.dump(manifest, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{len(cases)} rule cases")
