#!/usr/bin/env python3
"""Keeps docs/rules.md and docs/error-codes.md in step with the latest release's rules.json (schemas/<latest>/rules.json) and samples/manifest.json. Run from the
repository root after eng/generate-rules-json.py: rewrites the rules table of docs/rules.md and the business-rules table
of docs/error-codes.md, updates the metadata bullets of every `### MLAT-R-nnnn` section, adds a section (with the notes
below) for a rule that has none, and lists each rule's samples as its examples. The prose of existing sections is kept.
RulesDocumentationTests checks the result."""
import json, os, re

latest = max((d for d in os.listdir("schemas") if os.path.isfile(os.path.join("schemas", d, "rules.json"))), key=lambda v: tuple(map(int, v.split("."))))
rules = json.load(open(os.path.join("schemas", latest, "rules.json"), encoding="utf-8"))
allp = rules["profiles"]
manifest = json.load(open("samples/manifest.json", encoding="utf-8"))

# Notes of the rules added after the first rule set (issue 11): what is checked and the pointers.
NOTES = {
 "MLAT-R-0046": "Every member that points at the request or order a message belongs to (`request`, `originalRequest`, `preservationOrder`, `order`, `notification`) names it by at least one of `messageId`, `issuingReference`, `executingReference`; `{}` ties the reply to no case. Pointer: the reference member.",
 "MLAT-R-0047": "A WithdrawalNotice with `scope` PARTIAL lists `measureRefs`; one with `scope` WHOLE lists none (the whole request is withdrawn). Pointer: `/body/measureRefs`.",
 "MLAT-R-0048": "A RefusalNotice with `scope` WHOLE refuses the whole request, so no ground has `appliesTo` (the partial case is MLAT-R-0024). Pointer: `/body/grounds/<i>/appliesTo`.",
 "MLAT-R-0049": "A PostponementNotice with `action` POSTPONED gives at least one coded ground (EIO art. 15(1), UNTOC art. 18(25)) and explains the ground OTHER. Pointers: `/body/grounds`, `/body/explanation`.",
 "MLAT-R-0050": "`part.number` of an EvidenceTransmission sent in parts is at most `part.of`. Pointer: `/body/part/number`.",
 "MLAT-R-0051": "An ExecutionReport with `final` true gives no outcome the status IN_PROGRESS or POSTPONED: a final report closes every measure. Pointer: `/body/outcomes/<i>/status`.",
 "MLAT-R-0052": "A ForwardingNotice whose `reason` is OTHER explains it in `explanation`. Pointer: `/body/explanation`.",
 "MLAT-R-0053": "A Consultation on `topic` COSTS (EIO art. 21(2): costs deemed exceptionally high) gives `costEstimate`. Pointer: `/body/costEstimate`.",
 "MLAT-R-0054": "Annex A of the Directive: section F (type of proceedings, `proceedings`), section G (`factsSummary`, `offences`) and section K (`issuedOn`, `certification` with its `signatory`). Each missing item is its own finding at the member that would hold it: `/body/proceedings`, `/body/factsSummary`, `/body/offences`, `/body/issuedOn`, `/body/certification` or `/body/certification/signatory`.",
 "MLAT-R-0055": "Art. 6(1): the issuing authority may issue an EIO only where it is necessary and proportionate (a) and could have been ordered in a similar domestic case (b). A certification that says otherwise is an error. Pointers: `/body/certification/necessaryAndProportionate`, `/body/certification/availableInSimilarDomesticCase`.",

 "MLAT-R-0056": "Checked under every profile, because it checks the profile member itself: an AssistanceRequest carries EIO or an MLA_* profile, a ProductionOrder EPOC or CETS224_ART7, a PreservationOrder EPOC_PR or BUDAPEST_ART29; a request that names a legal basis names the profile's instrument among it (ETS 030 or ETS 182 for MLA_ETS030). A wrong profile is this finding, never a silent switch-off of the instrument's rules. Pointers: `/body/profile`, `/body/legalBasis`.",
 "MLAT-R-0057": "An EIO binds only the Member States bound by the Directive (not Denmark, not Ireland, no third State); an EPOC or EPOC-PR binds the Member States bound by the Regulation (not Denmark; Ireland takes part), for the issuing authority and for the designated establishment or legal representative addressed (art. 7). Pointers: `/body/issuingAuthority/country`, `/body/executingState`, `/body/addressee/country`.",
 "MLAT-R-0058": "ASSET_RECOVERY (UNCAC chapter V) is reported under every request profile except MLA_UNCAC; SERVICE_OF_DOCUMENTS is reported in an EIO (the EIO gathers evidence, art. 1(1) and 3; service of procedural documents stays with the MLA conventions). A SupplementaryRequest's new measures are checked under a forced profile. Pointer: `/body/measures/<i>/type` (`/body/newMeasures/<i>/type`).",
 "MLAT-R-0059": "Requests under UNTOC, UNCAC, ETS 030 or a bilateral treaty name `legalBasis`; a BILATERAL entry gives the treaty's `title` or `uri`. Pointers: `/body/legalBasis`, `/body/legalBasis/<i>/title`.",
 "MLAT-R-0060": "An AssistanceRequest with `urgency.level` EMERGENCY has at least one entry in `deadlines`: the executing State cannot act on an emergency without knowing by when. Pointer: `/body/deadlines`.",
 "MLAT-R-0061": "Checked when a reply is validated in the context of its EIO (`Validate(bytes, request)`, `mlat validate --request`): EIO_ART11_1_G, EIO_ART11_1_H and the deprecated EIO_ART11_2 against a measure of art. 10(2) (existing information, databases, hearings, subscriber identification); EIO_ART11_1_G when every offence of the request is an annex D category with a custodial maximum of at least three years; EIO_ART11_1_C when the request's proceedings are CRIMINAL. Covers RefusalNotice grounds (all measures for a WHOLE refusal, `appliesTo` for a PARTIAL one), RecognitionDecision decisions and StatusUpdate / ExecutionReport outcomes. Pointer: the ground's `code`.",
 "MLAT-R-0062": "Warning. A RefusalNotice citing EIO_ART11_1_A, _B, _D, _E or _F has `priorConsultation.held` true (art. 11(4): the executing authority consults the issuing authority before refusing on these grounds). Pointer: `/body/priorConsultation`.",

 "MLAT-R-0063": "Annex I section G of the Regulation: an EPOC states `proceedings`, `offences` and `factsSummary`; annex II: an EPOC-PR states `offences`. Each missing item is its own finding: `/body/proceedings`, `/body/offences`, `/body/factsSummary`.",
 "MLAT-R-0064": "Art. 5(4): traffic data (except data requested only to identify the user, category USER_IDENTIFICATION) and content data may be ordered only for offences punishable in the issuing State by a custodial sentence of a maximum of at least three years (or life), or for the offences of art. 5(4)(b)-(c), recognised here by `committedByInformationSystem`. Pointer: `/body/dataRequests/<i>/categories` of every data request asking for TRAFFIC or CONTENT.",
 "MLAT-R-0065": "`dataRequests[].id` is unique within a ProductionOrder or PreservationOrder (annex III answers per identifier). Pointer: `/body/dataRequests/<i>/id` of the repeated id.",
 "MLAT-R-0066": "Art. 13: a `userInformation.mode` other than INFORMED gives `grounds`; NOT_INFORMED_SUBSCRIBER_DATA is reported when the order asks for TRAFFIC or CONTENT data. Pointers: `/body/userInformation/grounds`, `/body/userInformation/mode`.",
 "MLAT-R-0067": "Art. 11(1): an EPOC-PR preserves the data 60 days, extendable once by 30 days (annex VI). Checked under the EPOC_PR profile — forced, or taken from the preservation order when the extension is validated in its context (`Validate(bytes, order)`, `mlat validate --request`): `extension` at most 30 days, `extendedUntil` at most 90 days after the order's creation (without the order: after the extension's own creation, a bound that is never too strict). Pointers: `/body/extension`, `/body/extendedUntil`.",
 "MLAT-R-0068": "CETS 224 art. 7 is direct disclosure of subscriber information; traffic data go through art. 8 and emergencies through art. 9. Pointer: `/body/dataRequests/<i>/categories` of a data request asking for TRAFFIC or CONTENT.",
 "MLAT-R-0070": "Art. 25(1) of the Directive provides the telephone conference for a witness or an expert only; art. 24(1) allows a suspected or accused person to be heard by videoconference (with consent, art. 24(2)(a)). A measure HEARING_BY_TELEPHONE whose `subjectRefs` names a person whose `parties[].role` is SUSPECT or ACCUSED is reported. Pointer: `/body/measures/<i>/subjectRefs/<j>`.",
 "MLAT-R-0071": "Art. 22 of the Directive is the transfer to the issuing State of a person held in custody in the executing State, art. 23 the transfer the other way; the measure type and `details.detainedPersonTransfer.direction` must name the same one. Checked for requests and for the new measures of a SupplementaryRequest, under every profile (UNTOC art. 18(10) and ETS 030 art. 11 know the same transfer). That the person is held in custody at all is MLAT-R-0073; in which State is not in the model and is not checked. Pointer: `.../details/detainedPersonTransfer/direction`.",
 "MLAT-R-0072": "Art. 24(2)(a) of the Directive lets the executing State refuse a videoconference hearing of a suspected or accused person who does not consent; the request may still be executed, so this is a warning. A measure whose `details.remoteHearing` has `mode` VIDEOCONFERENCE, `accusedConsent` false and a `personRef` whose `parties[].role` is SUSPECT or ACCUSED is reported. Pointer: `/body/measures/<i>/details/remoteHearing/accusedConsent`.",
 "MLAT-R-0073": "Art. 22(1) and 23(1) of the Directive, UNTOC art. 18(10), UNCAC art. 46(10) and ETS 030 art. 11(1) provide the temporary transfer for a person held in custody. A transfer whose `personRef` names a person with `inCustody` false is reported (absent `inCustody` is not: the form may leave it to the annex text). Pointer: `/body/measures/<i>/details/detainedPersonTransfer/personRef`.",
 "MLAT-R-0074": "Since 1.1. Art. 3(10) of Regulation (EU) 2023/1543: an IP address identifies a user with, where necessary, its source port and time stamp; the type IP_PORT_TIMESTAMP is that triple, so each missing part is its own finding (an address alone is typed IPV4 or IPV6). Pointers: `/body/dataRequests/<i>/identifier/port`, `/body/dataRequests/<i>/identifier/observedAt`.",
 "MLAT-R-0101": "Since 1.1 (the types ICCID and MAC_ADDRESS since 1.2). The `value` of each data request's identifier has the syntax its `type` names: IMEI (15 digits with the Luhn check digit of 3GPP TS 23.003), IMSI (14 or 15 digits), ICCID (`89` and 17 or 18 more digits), MAC address (six hex pairs, one separator `:` or `-` throughout), IPv4 (IPv4 or IPv6 for IP_PORT_TIMESTAMP), IPv6, e-mail, E.164 (`+`, a non-zero digit, up to 15 digits in all); other identifier types have no syntax common to every provider and are not checked. Pointer: `/body/dataRequests/<i>/identifier/value`.",
 "MLAT-R-0102": "Since 1.2. A person without `familyNames` either carries `identityUnknown: true` (an unknown suspect, described by the other members) or has `givenNames` (a single-name person). Pointer: the person's `familyNames`.",
 "MLAT-R-0103": "Since 1.2. A StatusUpdate with no measure outcome gives the request-level `phase` (RECEIVED, IN_EXECUTION, …), so that an update never says nothing. Pointer: `/body/outcomes`.",
 "MLAT-R-0104": "Since 1.2. A ProductionOrder under profile CETS224_ART8 (a request to give effect to an order of another Party) names the offences and summarises the facts (CETS 224 art. 8(3)). Pointers: `/body/offences`, `/body/factsSummary`.",
 "MLAT-R-0105": "Since 1.2. A ProductionOrder under profile CETS224_ART9 (expedited disclosure in an emergency) has `emergency` true: art. 9 covers emergencies only. Pointer: `/body/emergency`.",
 "MLAT-R-0106": "Since 1.2. An AssistanceRequest under profile MLA_EU_2000 names EU_MLA_CONVENTION_2000 or EU_MLA_PROTOCOL_2001 in `legalBasis` (MLAT-R-0056 leaves this profile's legal basis to this rule, so one defect gives one finding). Pointer: `/body/legalBasis`.",
 "MLAT-R-0107": "Since 1.2. An EnforcingAuthorityDecision whose `decision` is GROUNDS_RAISED lists at least one ground in `grounds`; any other decision lists none (Regulation (EU) 2023/1543 art. 12). Pointer: `/body/grounds`.",
 "MLAT-R-0108": "Since 1.2. A Consultation answer with `answer` COUNTER_PROPOSAL carries `counterProposal` text. Pointer: `/body/answers/<i>/counterProposal`.",
 "MLAT-R-0109": "A `legalBasis` entry with `instrument` BILATERAL and a `treaty` lists, in `treaty.stateParties`, the countries of both `header.sender` and `header.recipient`: a treaty binds only its parties (Vienna Convention on the Law of Treaties art. 34). Pointer: `/body/legalBasis/<i>/treaty/stateParties`.",
 "MLAT-R-0110": "A refusal ground with a generic code added in 1.2 (POLITICAL_OFFENCE, MILITARY_OFFENCE, FISCAL_OFFENCE, DEATH_PENALTY, ESSENTIAL_INTERESTS, DISCRIMINATORY_PURPOSE, NE_BIS_IN_IDEM, DUAL_CRIMINALITY_ABSENT, DE_MINIMIS) names the provision in `legalReference`; under the EIO profile (forced, or the request's) such a ground is reported at its `code`, because EIO art. 11(1) lists the only grounds. Pointers: `.../legalReference`, `.../code`.",
 "MLAT-R-0111": "Warning. An offence whose `maximumPenalty.type` is DEATH_PENALTY is covered by an `assurances` entry of kind DEATH_PENALTY_NOT_SOUGHT or DEATH_PENALTY_NOT_CARRIED_OUT whose `offenceRefs` is absent or names the offence. Pointer: `/body/offences/<i>/maximumPenalty/type`.",
 "MLAT-R-0112": "Every `Penalty` anywhere in the message gives `maximum` unless `lifeImprisonment` is true or `type` is DEATH_PENALTY (1.2 made `maximum` optional so that no maximum is invented for those). Pointer: the penalty + `/maximum`.",
 "MLAT-R-0113": "A `PreservationOrder` gives `addressee` unless its profile is BUDAPEST_ART29: since 1.2 a Budapest art. 29 request, addressed to a Party that knows only an IP address or the location of a system, may leave the provider out and describe the custodian in `custodianInformation`. Pointer: `/body/addressee`.",
 "MLAT-R-0114": "For each measure of type CONFISCATION: under profile EIO the measure's `type` is reported (confiscation between Member States goes by Regulation (EU) 2018/1805); otherwise `details.confiscation` is present; it lists `assets` or an `amount` (art. 55(3)(a)), and `amount` when `valueBased`; a CONVICTION_BASED or NON_CONVICTION_BASED confiscation gives the `order`, with `final` true for a conviction-based one and `thirdPartyNotice` (art. 55(3)(b)); NON_CONVICTION_BASED gives `nonConvictionReason` (art. 54(1)(c)); a return of EMBEZZLED_PUBLIC_FUNDS is not asked for on an order given as not final (art. 57(3)(a): a final judgement in the requesting State, which the requested State may waive; without an order the judgement may be a conviction described elsewhere). Pointers: the member missing or wrong under the measure's `details/confiscation`.",
 "MLAT-R-0115": "For each `assetDispositions` entry of an outcome: RETURNED and SHARED give `netAmount` and `transferredOn`; deductions need a `grossAmount`; every deduction and the net amount are in the gross amount's currency; gross less the sum of deductions equals the net amount exactly (decimal arithmetic, art. 57(4)). Pointers: the member missing, the deduction's or net amount's `currency`, or `netAmount/amount`.",
 "MLAT-R-0116": "An outcome's `service` with `served` true gives `servedOn`; with `served` false it gives `notServedReason` (ETS 030 art. 7(2)). Pointer: the missing member under `/body/outcomes/i/service`.",
 "MLAT-R-0117": "A remote hearing with `endsAt` gives `scheduledAt` and ends after it starts; a summons' `appearance.at` lies after the request's `createdAt`. Pointers: `scheduledAt`, `endsAt` or `appearance/at` under the measure's details.",
 "MLAT-R-0118": "A `PreservationResponse` with PRESERVED or PARTIALLY_PRESERVED gives `preservedUntil`, at least 60 days after the UTC day of `respondedAt` (art. 29(7)); PARTIALLY_PRESERVED names `dataRequestRefs`; AVAILABILITY_AT_RISK gives `availabilityWarning` (art. 29(6)); REFUSED gives `refusalGrounds`, and every ground is POLITICAL_OFFENCE, ESSENTIAL_INTERESTS (art. 29(5), 30(2)) or DUAL_CRIMINALITY_ABSENT (a reservation under art. 29(4)); MLAT-R-0110 then asks each for its `legalReference`. Pointers: the member, or the ground's `code`.",
 "MLAT-R-0119": "Warning. An MLA_CYBERCRIME request whose `legalBasis` cites ETS_185 article 31 names the preservation it follows in `preservationRequests`. A warning because an art. 31 request need not follow a preservation; where one did, the link lets the requested Party find the preserved data before the 60 days of art. 29(7) run out. Pointer: `/body/preservationRequests`.",
 "MLAT-R-0120": "Since 1.2 (1.0 and 1.1 messages are not checked, so their results do not change). The check of MLAT-R-0005 for requests under MLA_EU_2000 and MLA_ETS030: a measure HEARING_BY_VIDEOCONFERENCE or HEARING_BY_TELEPHONE has `details.remoteHearing` with its `conductingAuthority`. An error, because the instrument requires it: EU MLA Convention 2000 art. 10(5)(c) has the hearing conducted by, or under the direction of, the judicial authority of the requesting State, so the requested State cannot set it up without knowing which; ETS 182 art. 9 brings the same videoconference hearing to the 1959 Convention. A telephone hearing is checked the same way. Pointers: `/body/measures/<i>/details/remoteHearing`, `.../remoteHearing/conductingAuthority`.",
 "MLAT-R-0121": "Since 1.2. Warning. The same check as MLAT-R-0120 for MLA_UNTOC, MLA_UNCAC, MLA_BILATERAL, MLA_REGIONAL, MLA_CYBERCRIME and MLA_RECIPROCITY: UNTOC art. 18(18) and UNCAC art. 46(18) let the States Parties agree that a judicial authority of the requesting State conducts a hearing by video conference, so naming it is good practice rather than a requirement. Pointers: `/body/measures/<i>/details/remoteHearing`, `.../remoteHearing/conductingAuthority`.",
 "MLAT-R-0122": "Since 1.2. Warning. The check of MLAT-R-0033 for every MLA_* request profile: a person named by a hearing measure (`subjectRefs`, `details.hearing.personRef`, `details.remoteHearing.personRef`) has `languagesUnderstood`. A warning: the requested State provides an interpreter if necessary (EU MLA Convention 2000 art. 10(5)(d); Directive 2010/64/EU art. 2(1) and (4) for a suspected or accused person), but no MLA instrument requires the languages in the request. Pointer: `/body/persons/<i>/languagesUnderstood`.",
 "MLAT-R-0123": "Since 1.2, for the EIO (no EIO rule checked it before) and every MLA_* request profile. A `details.remoteHearing` whose `interpreter` (added in 1.2) is ISSUING_STATE or EXECUTING_STATE names at least one language in `interpreterLanguages` or `interpreterLanguagesIso6393`; NOT_NEEDED or an absent `interpreter` needs none. An error: the request itself asks for an interpreter, and the duty to provide one (Directive 2014/41/EU art. 24(5)(e); EU MLA Convention 2000 art. 10(5)(d)) cannot be met without the language. Pointer: `/body/measures/<i>/details/remoteHearing/interpreterLanguages`.",
 "MLAT-R-0124": "Since 1.2. Warning, for every MLA_* request profile. A request whose `urgency.level` is URGENT has at least one entry in `deadlines` (EMERGENCY without a deadline is MLAT-R-0060, an error under every profile). A warning: UNTOC art. 18(24), UNCAC art. 46(24) and EU MLA Convention 2000 art. 4(2) have the requested State take account of the deadlines the requesting State indicates, but none makes a deadline compulsory. Pointer: `/body/deadlines`.",
 "MLAT-R-0125": "Since 1.2, for MLA_EU_2000. A deadline the requesting State indicates — `kind` EXECUTION, RECOGNITION_DECISION, PROVISIONAL_MEASURE or CUSTOM, with `origin` absent or REQUESTED — gives its `reason`. An error: EU MLA Convention 2000 art. 4(2) has the requesting Member State explain the reasons for the deadline. A STATUTORY or AGREED deadline is not one the requesting State sets and needs no reason. Pointer: `/body/deadlines/<i>/reason`.",
 "MLAT-R-0126": "Since 1.2. Warning. The check of MLAT-R-0125 for MLA_UNTOC, MLA_UNCAC, MLA_ETS030, MLA_BILATERAL, MLA_REGIONAL, MLA_CYBERCRIME and MLA_RECIPROCITY: UNTOC art. 18(24) and UNCAC art. 46(24) have the requested State take account of deadlines \"for which reasons are given, preferably in the request\", so a reason is asked for, not required. Pointer: `/body/deadlines/<i>/reason`.",
}

def profiles(r):
    return "every profile (also replies)" if r["profiles"] == allp else ", ".join(r["profiles"])

def types(r):
    return "every message type" if len(r["messageTypes"]) == 23 else ", ".join(r["messageTypes"])

def examples(rid):
    lines = []
    for c in manifest["cases"]:
        if c.get("kind") != "rule" or c["rule"] != rid:
            continue
        what = ("violates: " + ", ".join(f"`{f['pointer']}`" for f in c["expectedFindings"])) if c["expectedFindings"] else "satisfies: no finding"
        ctx = f", profile forced to {c['profile']}" if c.get("profile") else ""
        ctx += f", in the context of `{c['request']}`" if c.get("request") else ""
        lines.append(f"  - [`{c['file']}`](../samples/{c['file']}) ({what}{ctx})")
    return "- **Examples:**\n" + "\n".join(lines) + "\n"

text = open("docs/rules.md", encoding="utf-8").read()
head, rest = text.split("\n## Rules\n", 1)
table_end = rest.index("\n### ")
after_table = rest[table_end + 1:]
table = "\n| id | severity | profiles | message types | legal source | description |\n|---|---|---|---|---|---|\n" + "".join(
    f"| `{r['id']}` | {r['severity']} | {profiles(r)} | {types(r)} | {r['legalSource']} | {r['description']} |\n" for r in rules["rules"])

sections = {}
for m in re.finditer(r"^### (MLAT-R-\d{4})\n(.*?)(?=^### |\Z)", after_table, re.S | re.M):
    sections[m.group(1)] = m.group(2)
out = []
for r in rules["rules"]:
    meta = (f"\n- **Severity:** {r['severity']}\n- **Profiles:** {profiles(r)}\n- **Message types:** {types(r)}\n"
            f"- **Legal source:** {r['legalSource']}\n- **Rule:** {r['description']}\n")
    old = sections.get(r["id"])
    if old is None:
        prose = NOTES[r["id"]] + "\n"
    else:
        body = re.sub(r"^\n?(- \*\*(Severity|Profiles|Message types|Legal source|Rule):\*\*.*\n)+", "", old, flags=re.M)
        body = re.sub(r"- \*\*Examples:\*\*\n(  - .*\n)*", "", body)
        prose = body.strip("\n") + "\n"
    out.append(f"### {r['id']}\n{meta}\n{prose}\n{examples(r['id'])}\n")
open("docs/rules.md", "w", encoding="utf-8").write(head + "\n## Rules\n" + table + "\n" + "".join(out).rstrip("\n") + "\n")

codes = open("docs/error-codes.md", encoding="utf-8").read()
rows = "".join(f"| `{r['id']}` | {r['severity']} | {r['description']} |\n" for r in rules["rules"])
codes = re.sub(r"(\| code \| severity \| meaning \|\n\|---\|---\|---\|\n)(\| `MLAT-R-\d{4}` .*\n)+", lambda m: m.group(1) + rows, codes, count=1)
open("docs/error-codes.md", "w", encoding="utf-8").write(codes)
print(len(rules["rules"]), "rules documented")
