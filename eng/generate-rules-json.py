#!/usr/bin/env python3
"""Writes schemas/<version>/rules.json from the C# rule classes (src/Mlat.Sdk/Validation/Rules). Run from the repository
root as `python3 eng/generate-rules-json.py [version]` (default: the latest release, 1.2), then
`node eng/update-schema-index.mjs schemas/<version>`. The C# rules mirror the latest release, as the C# model does
(specification §3.5); an earlier release's rules.json is the projection of the rule set onto that release's profiles and
message types, so regenerating a released folder must leave it byte-identical. RuleCatalogTests checks both."""
import re, glob, json, os, sys
PROF = {"Eio":"EIO","MlaUntoc":"MLA_UNTOC","MlaUncac":"MLA_UNCAC","MlaEts030":"MLA_ETS030","MlaBilateral":"MLA_BILATERAL",
        "Epoc":"EPOC","EpocPr":"EPOC_PR","BudapestArt29":"BUDAPEST_ART29","Cets224Art7":"CETS224_ART7",
        "Cets224Art8":"CETS224_ART8","Cets224Art9":"CETS224_ART9","MlaEu2000":"MLA_EU_2000",
        "MlaRegional":"MLA_REGIONAL","MlaCybercrime":"MLA_CYBERCRIME","MlaReciprocity":"MLA_RECIPROCITY"}
TYPES10 = ["AssistanceRequest","SupplementaryRequest","AdditionalInformationResponse","StatusQuery","WithdrawalNotice","AcknowledgementOfReceipt","ForwardingNotice","RequestForAdditionalInformation","RecognitionDecision","RefusalNotice","PostponementNotice","StatusUpdate","ExecutionReport","EvidenceTransmission","Consultation","TechnicalRejection"]
TYPES11 = TYPES10 + ["ProductionOrder","PreservationOrder","PreservationExtension","SubsequentProductionConfirmation","ImpossibilityNotice","InterceptionNotification","InterceptionObjection"]
TYPES12 = TYPES11 + ["ClosureNotice","WithdrawalAcknowledgement","EvidenceReceipt","EnforcingAuthorityDecision","PreservationResponse"]
RELEASES = {
  "1.0": (list(PROF.values())[:5], sorted(TYPES10), "Business rules of standard 1.0 (specification §13): checks JSON Schema cannot express, run on schema-valid messages. A request (AssistanceRequest) is checked under its profile; other message types carry no profile and are checked under the rules listing every profile (profile-independent), plus the rules of a profile the receiver forces. Rule ids are permanent; docs/rules.md explains each rule."),
  "1.1": (list(PROF.values())[:9], sorted(TYPES11), "Business rules of standard 1.1 (specification §13): checks JSON Schema cannot express, run on schema-valid messages. A request (AssistanceRequest) and an order (ProductionOrder, PreservationOrder) are checked under their profile; other message types carry no profile and are checked under the rules listing every profile (profile-independent), plus the rules of a profile the receiver forces. Every rule of 1.0 is here unchanged for the 1.0 profiles and types; rule ids are permanent; docs/rules.md explains each rule."),
  "1.2": (list(PROF.values()), sorted(TYPES12), "Business rules of standard 1.2 (specification §13): checks JSON Schema cannot express, run on schema-valid messages. A request (AssistanceRequest) and an order (ProductionOrder, PreservationOrder) are checked under their profile; other message types carry no profile and are checked under the rules listing every profile (profile-independent), plus the rules of a profile the receiver forces. Every rule of 1.1 is here unchanged for the 1.1 profiles and types; the rules added in 1.2 are MLAT-R-0102 and up (MLAT-R-0101 applies since 1.1); rule ids are permanent; docs/rules.md explains each rule.")
}
version = sys.argv[1] if len(sys.argv) > 1 else "1.2"
allp, types, description = RELEASES[version]
rules = []
for f in [x for x in glob.glob("src/Mlat.Sdk/Validation/Rules/*Rule.cs") if not x.endswith("BusinessRule.cs")]:
    s = open(f).read()
    g = lambda pat: re.search(pat, s, re.S).group(1)
    profiles = g(r"Profiles \{ get; \} =\s*(.*?);")
    profiles = allp if profiles == "AllProfiles" else [PROF[p] for p in re.findall(r"Profile\.(\w+)", profiles) if PROF[p] in allp]
    mtypes = g(r"MessageTypes \{ get; \} =\s*(.*?);")
    mtypes = types if "GetValues" in mtypes else [t for t in re.findall(r"MessageType\.(\w+)", mtypes) if t in types]
    since = re.search(r'Since => "(.*?)"', s)
    if since and tuple(map(int, since.group(1).split("."))) > tuple(map(int, version.split("."))):
        continue  # BusinessRule.Since: introduced by a later release
    if not profiles or not mtypes:
        continue  # the rule belongs to a later release
    rules.append({
        "id": g(r'Id => "(.*?)"'),
        "severity": g(r"FindingSeverity\.(\w+)").upper(),
        "profiles": profiles,
        "messageTypes": mtypes,
        "legalSource": g(r'LegalSource => "(.*?)"'),
        "description": g(r'Description => "(.*?)"'),
    })
rules.sort(key=lambda r: r["id"])
doc = {"version": version, "description": description, "profiles": allp, "rules": rules}
open(f"schemas/{version}/rules.json","w").write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
# The release index lists every file with its SHA-256 (SchemaIndexTests): keep the digest of rules.json current, as
# eng/update-schema-index.mjs would.
index_path = f"schemas/{version}/index.json"
if os.path.exists(index_path):
    import hashlib
    index = json.load(open(index_path, encoding="utf-8"))
    if "rules.json" in index.get("files", {}):
        index["files"]["rules.json"] = hashlib.sha256(open(f"schemas/{version}/rules.json", "rb").read()).hexdigest()
        open(index_path, "w", encoding="utf-8").write(json.dumps(index, ensure_ascii=False, indent=2) + "\n")
print(version, len(rules))
