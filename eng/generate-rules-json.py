#!/usr/bin/env python3
"""Writes schemas/1.0/rules.json from the C# rule classes (src/Mlat.Sdk/Validation/Rules). Run from the repository root,
then `node eng/update-schema-index.mjs schemas/1.0`. RuleCatalogTests checks the two agree."""
import re, glob, json
PROF = {"Eio":"EIO","MlaUntoc":"MLA_UNTOC","MlaUncac":"MLA_UNCAC","MlaEts030":"MLA_ETS030","MlaBilateral":"MLA_BILATERAL"}
ALLP = list(PROF.values())
TYPES = sorted(["AssistanceRequest","SupplementaryRequest","AdditionalInformationResponse","StatusQuery","WithdrawalNotice","AcknowledgementOfReceipt","ForwardingNotice","RequestForAdditionalInformation","RecognitionDecision","RefusalNotice","PostponementNotice","StatusUpdate","ExecutionReport","EvidenceTransmission","Consultation","TechnicalRejection"])
rules = []
for f in [x for x in glob.glob("src/Mlat.Sdk/Validation/Rules/*Rule.cs") if not x.endswith("BusinessRule.cs")]:
    s = open(f).read()
    g = lambda pat: re.search(pat, s, re.S).group(1)
    profiles = g(r"Profiles \{ get; \} =\s*(.*?);")
    profiles = ALLP if profiles == "AllProfiles" else [PROF[p] for p in re.findall(r"Profile\.(\w+)", profiles)]
    types = g(r"MessageTypes \{ get; \} =\s*(.*?);")
    types = TYPES if "GetValues" in types else re.findall(r"MessageType\.(\w+)", types)
    rules.append({
        "id": g(r'Id => "(.*?)"'),
        "severity": g(r"FindingSeverity\.(\w+)").upper(),
        "profiles": profiles,
        "messageTypes": types,
        "legalSource": g(r'LegalSource => "(.*?)"'),
        "description": g(r'Description => "(.*?)"'),
    })
rules.sort(key=lambda r: r["id"])
doc = {
  "version": "1.0",
  "description": "Business rules of standard 1.0 (DESIGN §4.3): checks JSON Schema cannot express, run on schema-valid messages. A request (AssistanceRequest) is checked under its profile; other message types carry no profile and are checked under the rules listing every profile (profile-independent), plus the rules of a profile the receiver forces. Rule ids are permanent; docs/rules.md explains each rule.",
  "profiles": ALLP,
  "rules": rules,
}
open("schemas/1.0/rules.json","w").write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
print(len(rules))
