#!/usr/bin/env python3
"""Generates the 1.2 single-defect rule cases of the remote-hearing, language and deadline rules for the mutual legal
assistance profiles (issue 21, MLAT-R-0120 to MLAT-R-0126): a "satisfies" and a "violates" case per rule, each derived
from a 1.2 valid sample, with the defect at the pointer the rule reports.

Order: run from anywhere, last, as
    python3 eng/generate-1.2-samples.py && python3 eng/generate-world-samples.py && python3 eng/generate-mla-rule-samples.py
eng/generate-1.2-samples.py rewrites every 1.2 case of samples/manifest.json and eng/generate-world-samples.py writes the
issue 21 samples this script derives from; this script replaces only the cases it writes (the same `case`/`rule_case`
helpers as eng/generate-world-samples.py)."""
import copy, os, sys
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
sys.path.insert(0, 'eng')
from samplegen import T, load, SampleSet

V = '1.2'
S = SampleSet(V, "3c9e5a17-2b4d-4f68-9a0c-7e1d2f3b4a59")
mid, case, rule_case = S.mid, S.case, S.rule_case


def pop(path):
    """A change that removes the member at `path` (a list of keys and indexes)."""
    def change(d):
        for k in path[:-1]:
            d = d[k]
        d.pop(path[-1])
    return change


def with_body(**members):
    """A change that sets body members, in place of the ones of the same name."""
    return lambda d: d['body'].update(copy.deepcopy(members))


# ---------------------------------------------------------------- bases
untoc = load('1.2/valid/AssistanceRequest/untoc-br-es-witness-videoconference.json')   # BR -> ES, videoconference, URGENT with a reasoned deadline
harare = load('1.2/valid/AssistanceRequest/harare-ke-gb-bank-records.json')             # KE -> GB, Harare Scheme, no deadline
eio = load('1.2/valid/AssistanceRequest/eio-gps-covert-videoconference-sorani.json')    # AT -> CZ, EIO, interpreter for Sorani
ets030 = load('1.2/valid/AssistanceRequest/ets030-no-it-search-and-seizure.json')       # NO -> IT, ETS 030
eu2000 = load('1.2/rules/MLAT-R-0106/satisfies-legal-basis-named.json')                 # IE -> CZ, EU MLA Convention 2000, witness hearing

# EU MLA Convention 2000 (IE -> CZ): the witness heard by videoconference from Dublin (art. 10), conducted by the court.
eu_vc = copy.deepcopy(eu2000)
eu_court = {"id": "IE:DCC", "country": "IE", "name": "Dublin Circuit Criminal Court", "type": "COURT"}
eu_vc['body']['measures'] = [{"id": "m1", "type": "HEARING_BY_VIDEOCONFERENCE",
                              "description": T("Hearing by videoconference of a witness to a road accident on 2 August 2026, during the trial in Dublin."),
                              "details": {"remoteHearing": {"mode": "VIDEOCONFERENCE", "conductingAuthority": eu_court,
                                                            "scheduledAt": "2027-02-03T10:00:00Z", "timeZone": "Europe/Prague"}}}]
eu_vc['body']['legalBasis'] = [{"instrument": "EU_MLA_CONVENTION_2000", "article": "10"}]

# ETS 030 with its Second Protocol (NO -> IT): a witness of the transport heard by videoconference (ETS 182 art. 9).
ets_vc = copy.deepcopy(ets030)
eb = ets_vc['body']
eb['legalBasis'] = eb['legalBasis'] + [{"instrument": "ETS_182", "article": "9", "title": "Hearing by video conference"}]
eb['persons'] = eb['persons'] + [{"id": "w1", "familyNames": ["Esempio-Test"], "givenNames": ["Lucia"], "sex": "FEMALE",
                                   "nationalities": ["IT"], "languagesUnderstood": ["it"]}]
eb['parties'] = eb['parties'] + [{"personRef": "w1", "role": "WITNESS"}]
eb['measures'] = eb['measures'] + [{"id": "m3", "type": "HEARING_BY_VIDEOCONFERENCE",
                                    "description": {"entries": [
                                        {"lang": "nb", "text": "Avhør ved videokonferanse av speditørens ansatte som lastet forsendelsen.", "original": True},
                                        {"lang": "it", "text": "Audizione in videoconferenza della dipendente dello spedizioniere che ha caricato la spedizione.", "original": False,
                                         "translation": {"method": "HUMAN", "by": "Sworn translator", "at": "2026-11-19T15:00:00Z"}}]},
                                    "subjectRefs": ["w1"], "offenceRefs": [eb['offences'][0]['id']],
                                    "details": {"remoteHearing": {"mode": "VIDEOCONFERENCE", "personRef": "w1",
                                                                  "conductingAuthority": {k: eb['issuingAuthority'][k] for k in ('id', 'country', 'name', 'type')},
                                                                  "interpreter": "EXECUTING_STATE", "interpreterLanguages": ["it", "nb"]}}}]

# ---------------------------------------------------------------- MLAT-R-0120: conducting authority, EU MLA 2000 and ETS 030 (error)
R = "MLAT-R-0120"
rule_case(R, "eu-mla-2000-videoconference-conducting-court", eu_vc, None, [],
          "Derived from rules/MLAT-R-0106/satisfies-legal-basis-named: the Irish witness hearing under the EU MLA Convention 2000 held by videoconference, conducted by the Dublin court (art. 10(5)(c)).")
rule_case(R, "eu-mla-2000-videoconference-without-conducting-authority", eu_vc, pop(['body', 'measures', 0, 'details', 'remoteHearing', 'conductingAuthority']),
          ["/body/measures/0/details/remoteHearing/conductingAuthority"],
          "The same videoconference without the authority conducting it: art. 10(5)(c) has the requesting State's judicial authority conduct the hearing.")
rule_case(R, "ets030-videoconference-conducting-prosecutor", ets_vc, None, [],
          "Derived from valid/AssistanceRequest/ets030-no-it-search-and-seizure: a witness heard by videoconference under ETS 182 art. 9, conducted by the Oslo prosecution.")
rule_case(R, "ets030-videoconference-without-details", ets_vc, pop(['body', 'measures', 2, 'details']),
          ["/body/measures/2/details/remoteHearing"],
          "The same videoconference hearing without any remote-hearing details, so without the conducting authority.")

# ---------------------------------------------------------------- MLAT-R-0121: conducting authority, other MLA profiles (warning)
R = "MLAT-R-0121"
rule_case(R, "untoc-videoconference-conducting-court", untoc, None, [],
          "Derived from valid/AssistanceRequest/untoc-br-es-witness-videoconference: the Brazilian court conducts the videoconference (UNTOC art. 18(18)).", severity="WARNING")
rule_case(R, "untoc-videoconference-without-conducting-authority", untoc, pop(['body', 'measures', 0, 'details', 'remoteHearing', 'conductingAuthority']),
          ["/body/measures/0/details/remoteHearing/conductingAuthority"],
          "The same UNTOC request without the authority conducting the hearing: until 1.2 only an EIO was checked.", severity="WARNING")

# ---------------------------------------------------------------- MLAT-R-0122: languages of the person heard, MLA profiles (warning)
R = "MLAT-R-0122"
rule_case(R, "ets030-witness-languages-stated", ets_vc, None, [],
          "Derived from valid/AssistanceRequest/ets030-no-it-search-and-seizure with a witness heard by videoconference: the witness understands Italian.", severity="WARNING")
rule_case(R, "ets030-witness-without-languages", ets_vc, pop(['body', 'persons', 2, 'languagesUnderstood']),
          ["/body/persons/2/languagesUnderstood"],
          "The same ETS 030 request without the languages the witness understands: the requested State cannot tell whether an interpreter is needed.", severity="WARNING")

# ---------------------------------------------------------------- MLAT-R-0123: interpreter language, EIO and MLA profiles (error)
R = "MLAT-R-0123"
interp = lambda who: (lambda d: d['body']['measures'][0]['details']['remoteHearing'].update(interpreter=who))
rule_case(R, "untoc-interpreter-executing-state-with-languages", untoc, interp("EXECUTING_STATE"), [],
          "Derived from valid/AssistanceRequest/untoc-br-es-witness-videoconference: Spain provides the interpreter, for Portuguese and Spanish.")
def untoc_no_languages(d):
    interp("ISSUING_STATE")(d)
    d['body']['measures'][0]['details']['remoteHearing'].pop('interpreterLanguages')
rule_case(R, "untoc-interpreter-issuing-state-without-languages", untoc, untoc_no_languages,
          ["/body/measures/0/details/remoteHearing/interpreterLanguages"],
          "The same request: Brazil provides an interpreter, but for no language.")
rule_case(R, "eio-interpreter-iso-639-3-only", eio, pop(['body', 'measures', 1, 'details', 'remoteHearing', 'interpreterLanguages']), [],
          "Derived from valid/AssistanceRequest/eio-gps-covert-videoconference-sorani: the interpreter language given only as ISO 639-3 (ckb, Central Kurdish) is enough.")
def eio_no_languages(d):
    h = d['body']['measures'][1]['details']['remoteHearing']
    h.pop('interpreterLanguages')
    h.pop('interpreterLanguagesIso6393')
rule_case(R, "eio-interpreter-without-languages", eio, eio_no_languages,
          ["/body/measures/1/details/remoteHearing/interpreterLanguages"],
          "The same EIO: the executing State provides an interpreter, but neither interpreterLanguages nor interpreterLanguagesIso6393 names the language.")
rule_case(R, "ets030-interpreter-not-needed", ets_vc,
          lambda d: (d['body']['measures'][2]['details']['remoteHearing'].update(interpreter="NOT_NEEDED"),
                     d['body']['measures'][2]['details']['remoteHearing'].pop('interpreterLanguages')), [],
          "The ETS 030 videoconference with interpreter NOT_NEEDED and no language: nothing to interpret.")

# ---------------------------------------------------------------- MLAT-R-0124: URGENT without a deadline (warning)
R = "MLAT-R-0124"
rule_case(R, "untoc-urgent-with-deadline", untoc, None, [],
          "Derived from valid/AssistanceRequest/untoc-br-es-witness-videoconference: URGENT, with the date of the hearing as deadline.", severity="WARNING")
rule_case(R, "untoc-urgent-without-deadline", untoc, pop(['body', 'deadlines']), ["/body/deadlines"],
          "The same URGENT request without any deadline: the requested State has nothing to plan against (UNTOC art. 18(24)).", severity="WARNING")
rule_case(R, "regional-normal-without-deadline", harare, with_body(urgency={"level": "NORMAL"}), [],
          "Derived from valid/AssistanceRequest/harare-ke-gb-bank-records: a request of urgency NORMAL needs no deadline.", severity="WARNING")

# ---------------------------------------------------------------- MLAT-R-0125: deadline reason, EU MLA 2000 (error)
R = "MLAT-R-0125"
eu_deadline = {"kind": "EXECUTION", "dueAt": "2027-01-29T17:00:00Z", "origin": "REQUESTED",
               "reason": T("The trial of the driver opens on 3 February 2027; the witness must be heard before then.")}
rule_case(R, "eu-mla-2000-deadline-with-reason", eu2000, with_body(deadlines=[eu_deadline]), [],
          "Derived from rules/MLAT-R-0106/satisfies-legal-basis-named: an execution deadline with its reason (EU MLA Convention 2000 art. 4(2)).")
rule_case(R, "eu-mla-2000-deadline-without-reason", eu2000, with_body(deadlines=[{k: v for k, v in eu_deadline.items() if k != 'reason'}]),
          ["/body/deadlines/0/reason"],
          "The same deadline without its reason: art. 4(2) has the requesting Member State explain it.")

# ---------------------------------------------------------------- MLAT-R-0126: deadline reason, other MLA profiles (warning)
R = "MLAT-R-0126"
rule_case(R, "untoc-deadline-with-reason", untoc, None, [],
          "Derived from valid/AssistanceRequest/untoc-br-es-witness-videoconference: the custom deadline gives the date of the hearing as its reason.", severity="WARNING")
rule_case(R, "untoc-deadline-without-reason", untoc, pop(['body', 'deadlines', 0, 'reason']), ["/body/deadlines/0/reason"],
          "The same deadline without its reason: UNTOC art. 18(24) asks the requested State to take account of deadlines for which reasons are given.", severity="WARNING")
rule_case(R, "regional-statutory-deadline-without-reason", harare,
          with_body(deadlines=[{"kind": "EXECUTION", "dueAt": "2027-03-01T17:00:00Z", "origin": "STATUTORY"}]), [],
          "Derived from valid/AssistanceRequest/harare-ke-gb-bank-records: a statutory time limit is not one the requesting State suggests, so it needs no reason.", severity="WARNING")

S.write_manifest()
