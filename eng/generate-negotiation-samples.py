#!/usr/bin/env python3
"""Generates samples/negotiation/*.json: two capabilities documents, a message type, today, and the expected version,
down-conversion source or error code and reason codes (specification §10.4). NegotiationSampleTests runs them."""
import json, os, copy
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
V10=["AssistanceRequest","SupplementaryRequest","AdditionalInformationResponse","StatusQuery","WithdrawalNotice","AcknowledgementOfReceipt","ForwardingNotice","RequestForAdditionalInformation","RecognitionDecision","RefusalNotice","PostponementNotice","StatusUpdate","ExecutionReport","EvidenceTransmission","Consultation","TechnicalRejection"]
V11=V10+["ProductionOrder","PreservationOrder","PreservationExtension","SubsequentProductionConfirmation","ImpossibilityNotice","InterceptionNotification","InterceptionObjection"]
V12=V11+["ClosureNotice","WithdrawalAcknowledgement","EvidenceReceipt","EnforcingAuthorityDecision"]
def doc(cc,aid,name,versions,**extra):
    d={"capabilitiesVersion":"1.0","party":{"country":cc,"authorityId":aid,"name":name,"endpoint":f"https://mlat.{cc.lower()}.example/inbox"},"issuedAt":"2026-11-01T00:00:00Z","versions":versions}
    d.update(extra); return d
def ver(v,status="ACTIVE",send=None,receive=None,sunset=None):
    e={"version":v,"status":status}
    if sunset: e["sunset"]=sunset
    types=V12 if v=="1.2" else V11 if v=="1.1" else V10
    e["send"]=list(send if send is not None else types); e["receive"]=list(receive if receive is not None else types)
    if not e["send"]: del e["send"]
    if not e["receive"]: del e["receive"]
    return e
DE=lambda vs,**k: doc("DE","DE:BfJ","Bundesamt für Justiz",vs,**k)
FR=lambda vs,**k: doc("FR","FR:BEPI","Bureau de l'entraide pénale internationale",vs,**k)
cases={}
def case(name,desc,sender,receiver,expected,mt="AssistanceRequest",**extra):
    c={"description":desc,"today":"2026-11-28","messageType":mt}
    c.update(extra); c["sender"]=sender; c["receiver"]=receiver; c["expected"]=expected
    cases[name]=c
case("equal-sets","Both sides support 1.0 and 1.1 for every type: the highest common version is chosen.",DE([ver("1.0"),ver("1.1")]),FR([ver("1.0"),ver("1.1")]),{"version":"1.1","reasons":["HIGHEST_COMMON"]})
case("equal-sets-order-reversed","Same sets as equal-sets with entries in reverse order: the result does not depend on order.",DE([ver("1.1"),ver("1.0")]),FR([ver("1.1"),ver("1.0")]),{"version":"1.1","reasons":["HIGHEST_COMMON"]})
case("equal-sets-1-0-only","Both sides support only 1.0.",DE([ver("1.0")]),FR([ver("1.0")]),{"version":"1.0","reasons":["HIGHEST_COMMON"]})
case("disjoint-sets","The sender sends only in 1.0, the receiver receives only in 1.1; up-conversion is not a rescue (specification §10.4 adds only down-conversion targets).",DE([ver("1.0")]),FR([ver("1.1")]),{"error":"MLAT-VER-NO-COMMON","reasons":["NO_COMMON_VERSION"]})
case("disjoint-majors","The receiver offers only a future major 2.0: nothing in common, no conversion across majors.",DE([ver("1.0"),ver("1.1")]),FR([{"version":"2.0","status":"ACTIVE","send":["AssistanceRequest"],"receive":["AssistanceRequest"]}]),{"error":"MLAT-VER-NO-COMMON"})
case("preview-on-one-side","The receiver offers 1.1 as a preview and neither side opts in: 1.1 is excluded.",DE([ver("1.0"),ver("1.1")]),FR([ver("1.0"),ver("1.1","PREVIEW")]),{"version":"1.0","reasons":["PREVIEW_EXCLUDED","HIGHEST_COMMON"]})
case("preview-only-one-opts-in","The receiver offers 1.1 as a preview and opts in, the sender does not: still excluded (both must opt in).",DE([ver("1.0"),ver("1.1")]),FR([ver("1.0"),ver("1.1","PREVIEW")],previewOptIn=True),{"version":"1.0","reasons":["PREVIEW_EXCLUDED"]})
case("preview-both-opt-in","Both sides opt in to previews: the preview 1.1 may be chosen.",DE([ver("1.0"),ver("1.1")],previewOptIn=True),FR([ver("1.0"),ver("1.1","PREVIEW")],previewOptIn=True),{"version":"1.1","reasons":["HIGHEST_COMMON"]})
case("minimum-accepted","The receiver accepts nothing below 1.1; both support 1.1.",DE([ver("1.0"),ver("1.1")]),FR([ver("1.0"),ver("1.1")],minimumVersion="1.1"),{"version":"1.1"})
case("minimum-excludes-everything","The sender's only version 1.0 is below the receiver's minimum 1.1.",DE([ver("1.0")]),FR([ver("1.0"),ver("1.1")],minimumVersion="1.1"),{"error":"MLAT-VER-NO-COMMON","reasons":["BELOW_MINIMUM","NO_COMMON_VERSION"]})
case("sender-minimum-excludes-receiver","The sender's own minimum 1.1 rules out the receiver's only version 1.0, also as a down-conversion target.",DE([ver("1.0"),ver("1.1")],minimumVersion="1.1"),FR([ver("1.0")]),{"error":"MLAT-VER-NO-COMMON","reasons":["BELOW_MINIMUM"]})
case("deprecated-before-sunset","The receiver's only version 1.0 is deprecated with a sunset still ahead: it is used, and the result says it is deprecated.",DE([ver("1.0"),ver("1.1")]),FR([ver("1.0","DEPRECATED",sunset="2027-06-30")]),{"version":"1.0","reasons":["HIGHEST_COMMON","DEPRECATED"]})
case("deprecated-after-sunset","The receiver's 1.0 is deprecated and its sunset has passed: it is no longer chosen.",DE([ver("1.0")]),FR([ver("1.0","DEPRECATED",sunset="2026-06-30"),ver("1.1")]),{"error":"MLAT-VER-NO-COMMON","reasons":["SUNSET_PASSED"]})
case("unknown-and-malformed-versions-ignored","Both documents carry version strings that are not MAJOR.MINOR (v2, 1.01, 2.0-beta, latest, a number): they are ignored and 1.1 is chosen.",
  DE([ver("1.1"),{"version":"v2","status":"ACTIVE","send":["AssistanceRequest"]},{"version":"1.01","status":"ACTIVE","send":["AssistanceRequest"]},{"version":"2.0-beta","status":"ACTIVE","send":["AssistanceRequest"]}]),
  FR([{"version":"latest","status":"ACTIVE","receive":["AssistanceRequest"]},ver("1.1"),{"version":11,"status":"ACTIVE","receive":["AssistanceRequest"]}]),{"version":"1.1"},capabilitiesSchemaValid=False)
case("malformed-versions-leave-1-0","Every receiver entry but 1.0 has a malformed version: 1.0 is chosen.",DE([ver("1.0"),ver("1.1")]),FR([ver("1.0"),{"version":"1.1.0","status":"ACTIVE","receive":V11},{"version":" 1.1","status":"ACTIVE","receive":V11}]),{"version":"1.0"},capabilitiesSchemaValid=False)
case("unknown-status-ignored","The receiver marks 1.1 with a status this reader does not know (RETIRED): the entry is ignored.",DE([ver("1.0"),ver("1.1")]),FR([ver("1.0"),ver("1.1","RETIRED")]),{"version":"1.0"},capabilitiesSchemaValid=False)
case("unknown-message-types-ignored","Both sides list message types this SDK does not know (CostsNotice, FutureType); negotiation for AssistanceRequest is unaffected.",DE([ver("1.0"),ver("1.1",send=V11+["CostsNotice"])]),FR([ver("1.0"),ver("1.1",receive=["FutureType"]+V11+["CostsNotice"])]),{"version":"1.1"})
case("unknown-message-type-requested","Both sides claim CostsNotice in 1.1, but 1.1 has no such type: the claim is ignored and nothing is common.",DE([ver("1.1",send=V11+["CostsNotice"])]),FR([ver("1.1",receive=V11+["CostsNotice"])]),{"error":"MLAT-VER-NO-COMMON"},mt="CostsNotice")
case("unknown-members-ignored","Both documents carry members a later capabilities format might add: ignored.",DE([dict(ver("1.1"),transport="e-CODEX")],futureMember={"x":1}),FR([ver("1.1")],rateLimit="100/min"),{"version":"1.1"},capabilitiesSchemaValid=False)
case("must-understand-extension-missing","The message lists a must-understand extension the receiver does not support.",DE([ver("1.1")],extensions=["de.justiz.aktenzeichen","eu.e-codex.transport"]),FR([ver("1.1")],extensions=["eu.e-codex.transport"]),{"error":"MLAT-EXT-UNSUPPORTED","reasons":["EXTENSION_MISSING"]},mustUnderstand=["de.justiz.aktenzeichen"])
case("must-understand-extension-present","The receiver supports the must-understand extension.",DE([ver("1.1")],extensions=["eu.e-codex.transport"]),FR([ver("1.1")],extensions=["eu.e-codex.transport","fr.justice.cassiopee"]),{"version":"1.1"},mustUnderstand=["eu.e-codex.transport"])
case("down-conversion-rescue","The sender writes AssistanceRequest only in 1.1, the receiver reads only 1.0: the sender down-converts (specification §10.4 second pass).",DE([ver("1.1")]),FR([ver("1.0")]),{"version":"1.0","convertFrom":"1.1","reasons":["DOWN_CONVERSION"]})
case("down-conversion-impossible-for-new-type","A ProductionOrder exists only in 1.1 and the receiver reads only 1.0: no rescue (it would be lossy).",DE([ver("1.1")]),FR([ver("1.0")]),{"error":"MLAT-VER-NO-COMMON"},mt="ProductionOrder")
case("new-type-needs-1-1","A ProductionOrder between two 1.1 parties where one also reads 1.0.",DE([ver("1.0"),ver("1.1")]),FR([ver("1.0"),ver("1.1")]),{"version":"1.1"},mt="ProductionOrder")
case("reply-stays-on-request-version","A reply to a request sent in 1.0 stays on 1.0 although both support 1.1.",FR([ver("1.0"),ver("1.1")]),DE([ver("1.0"),ver("1.1")]),{"version":"1.0","reasons":["REPLY_STAYS_ON_REQUEST_VERSION"]},mt="AcknowledgementOfReceipt",conversationVersion="1.0")
case("reply-version-not-received","A reply must stay on 1.0 but the requester no longer receives acknowledgements in 1.0.",FR([ver("1.0"),ver("1.1")]),DE([ver("1.0",receive=["RefusalNotice"]),ver("1.1")]),{"error":"MLAT-VER-NO-COMMON"},mt="AcknowledgementOfReceipt",conversationVersion="1.0")
case("preferred-version-does-not-override","The sender prefers 1.0 but the rule is the highest common version.",DE([ver("1.0"),ver("1.1")],preferredVersion="1.0"),FR([ver("1.0"),ver("1.1")]),{"version":"1.1"})
case("receiver-sends-but-does-not-receive","The receiver's 1.1 entry lists AssistanceRequest only as sent: 1.1 is not a receiving version for it.",DE([ver("1.0"),ver("1.1")]),FR([ver("1.0"),ver("1.1",receive=["AcknowledgementOfReceipt"])]),{"version":"1.0"})
# 1.2 peers
case("equal-sets-1-2","Both sides support 1.0, 1.1 and 1.2: the highest common version 1.2 is chosen.",DE([ver("1.0"),ver("1.1"),ver("1.2")]),FR([ver("1.0"),ver("1.1"),ver("1.2")]),{"version":"1.2","reasons":["HIGHEST_COMMON"]})
case("1-2-sender-1-1-receiver","The sender supports 1.1 and 1.2, the receiver 1.0 and 1.1: 1.1 is the highest common version, no conversion.",DE([ver("1.1"),ver("1.2")]),FR([ver("1.0"),ver("1.1")]),{"version":"1.1","reasons":["HIGHEST_COMMON"]})
case("down-conversion-rescue-1-2-to-1-1","The sender writes AssistanceRequest only in 1.2, the receiver reads only 1.1: the sender down-converts one step (specification §10.4 second pass).",DE([ver("1.2")]),FR([ver("1.1")]),{"version":"1.1","convertFrom":"1.2","reasons":["DOWN_CONVERSION"]})
case("down-conversion-rescue-1-2-to-1-0","The sender writes AssistanceRequest only in 1.2, the receiver reads only 1.0: the sender down-converts through 1.1 (adjacent steps composed).",DE([ver("1.2")]),FR([ver("1.0")]),{"version":"1.0","convertFrom":"1.2","reasons":["DOWN_CONVERSION"]})
case("closure-notice-needs-1-2","A ClosureNotice between two parties that both support 1.1 and 1.2: 1.2, the only version that has the type.",DE([ver("1.1"),ver("1.2")]),FR([ver("1.1"),ver("1.2")]),{"version":"1.2"},mt="ClosureNotice")
case("closure-notice-down-conversion-impossible","A ClosureNotice exists only in 1.2 and the receiver reads only 1.1: no rescue (it would be lossy).",DE([ver("1.2")]),FR([ver("1.1")]),{"error":"MLAT-VER-NO-COMMON"},mt="ClosureNotice")
case("enforcing-decision-1-2-preview-excluded","The receiver offers 1.2 as a preview and neither side opts in: an EnforcingAuthorityDecision, which needs 1.2, cannot be sent.",DE([ver("1.1"),ver("1.2")]),FR([ver("1.1"),ver("1.2","PREVIEW")]),{"error":"MLAT-VER-NO-COMMON","reasons":["PREVIEW_EXCLUDED"]},mt="EnforcingAuthorityDecision")
case("reply-stays-on-1-1-request-version","A StatusUpdate replying to a request sent in 1.1 stays on 1.1 although both support 1.2.",FR([ver("1.1"),ver("1.2")]),DE([ver("1.1"),ver("1.2")]),{"version":"1.1","reasons":["REPLY_STAYS_ON_REQUEST_VERSION"]},mt="StatusUpdate",conversationVersion="1.1")
os.makedirs('samples/negotiation',exist_ok=True)
for n,c in cases.items():
    open(f'samples/negotiation/{n}.json','w').write(json.dumps(c,indent=2,ensure_ascii=False)+'\n')
print(len(cases))
