#!/usr/bin/env python3
"""Generates samples/1.1 (valid, invalid and rule samples of the 1.1 types, 1.1 copies of every valid 1.0 sample, one
sample using the 1.1 additions in 1.0 types) and rewrites the 1.1 cases of samples/manifest.json. Run from anywhere;
review the diff. SampleManifestTests, RuleSampleTests and AjvInteropTests prove the expectations."""
import json, os, copy, glob
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
def dump(p,d):
    os.makedirs(os.path.dirname(p),exist_ok=True)
    open(p,'w').write(json.dumps(d,indent=2,ensure_ascii=False)+'\n')
def T(text,lang='en'): return {"entries":[{"lang":lang,"text":text,"original":True}]}
def hdr(mt,mid,sender,recipient,lang='en',reply=None,conv=None):
    h={"version":"1.1","messageType":mt,"messageId":mid,"conversationId":conv or mid}
    if reply: h["inReplyTo"]=reply
    h.update({"createdAt":"2026-11-27T08:15:00Z","sender":sender,"recipient":recipient,"language":lang})
    return h
DE_STA={"country":"DE","authorityId":"DE:StA-Muenchen-I","name":"Staatsanwaltschaft München I","role":"ISSUING"}
IE_SP={"country":"IE","authorityId":"IE:Example-Cloud-Ltd","name":"Example Cloud Services Ltd (designated establishment)","role":"EXECUTING"}
DE_AG={"id":"DE:AG-Muenchen","country":"DE","name":"Amtsgericht München","type":"INVESTIGATING_JUDGE"}
STA={"id":"DE:StA-Muenchen-I","country":"DE","name":"Staatsanwaltschaft München I","type":"PUBLIC_PROSECUTOR","contact":{"name":"Oberstaatsanwältin Test","phones":["+4989559700"],"emails":["poststelle@sta-m1.example.de"]},"fileReference":"125 Js 4711/26"}
SP={"name":"Example Cloud Services Ltd","country":"IE","establishmentType":"DESIGNATED_ESTABLISHMENT"}
SP_FULL={"name":"Example Cloud Services Ltd","country":"IE","establishmentType":"DESIGNATED_ESTABLISHMENT","serviceProviderConcerned":"Example Mail","address":{"street":"Example Quay","houseNumber":"1","postcode":"D02 X000","city":"Dublin","country":"IE"},"contact":{"name":"Law Enforcement Response Team","emails":["lert@example-cloud.example"]},"technicalId":{"scheme":"eEDES","value":"IE-SP-000123"},"fileReference":"LERT-2026-0042"}
DR_MIN=[{"id":"d1","identifier":{"type":"EMAIL","value":"test.user@example-mail.example"},"timeRange":{"start":"2026-09-01T00:00:00Z","end":"2026-10-31T23:59:59Z"},"categories":["SUBSCRIBER"]}]
DR_FULL=[{"id":"d1","identifier":{"type":"EMAIL","value":"test.user@example-mail.example","serviceName":"Example Mail"},"timeRange":{"start":"2026-09-01T00:00:00Z","end":"2026-10-31T23:59:59Z"},"categories":["SUBSCRIBER","TRAFFIC","CONTENT"],"otherInformation":T("Including deleted messages still retrievable from backups.")},
         {"id":"d2","identifier":{"type":"IP_PORT_TIMESTAMP","value":"198.51.100.23","port":"49152","observedAt":"2026-10-14T21:03:11Z"},"timeRange":{"start":"2026-10-14T21:00:00Z","end":"2026-10-14T21:10:00Z"},"categories":["USER_IDENTIFICATION"]}]
OFF={"id":"o1","description":T("Extortion of a hospital by ransomware: encryption of patient records and a ransom demand sent from the e-mail account concerned."),"legalClassifications":[{"statute":{"instrument":"NATIONAL","article":"253","title":"Strafgesetzbuch"},"label":"Erpressung"},{"statute":{"instrument":"NATIONAL","article":"303b","title":"Strafgesetzbuch"},"label":"Computersabotage"}],"maximumPenalty":{"type":"CUSTODIAL","maximum":"P10Y"},"iccs":"0704","committedByInformationSystem":True,"period":{"from":"2026-10-14","to":"2026-10-15"}}
cases=[]
def valid(mt,name,doc,desc):
    f=f"1.1/valid/{mt}/{name}.json"; dump('samples/'+f,doc)
    cases.append({"id":f[:-5],"file":f,"version":"1.1","messageType":mt,"expectValid":True,"expectedFindings":[],"description":desc})
def invalid(mt,name,doc,code,pointer,desc):
    f=f"1.1/invalid/{mt}/{name}.json"; dump('samples/'+f,doc)
    cases.append({"id":f[:-5],"file":f,"version":"1.1","messageType":mt,"expectValid":False,"expectedFindings":[{"code":code,"pointer":pointer}],"description":desc})
def at(doc,path):
    cur=doc
    for p in path[:-1]: cur=cur[p]
    return cur,path[-1]
def mutate(doc,path,value=None,delete=False):
    d=copy.deepcopy(doc); c,k=at(d,path)
    if delete: del c[k]
    else: c[k]=value
    return d
ids=iter([f"7b1c{n:04x}-2f4e-4a6b-9c1d-{n:012x}" for n in range(1,200)])
# ProductionOrder
# The minimal EPOC and EPOC-PR carry what annexes I (section G) and II require (MLAT-R-0063): proceedings, offence, facts.
OFF_MIN=[{"id":"o1","description":T("Betrug durch gefälschte Online-Shops (§ 263 StGB).","de"),"maximumPenalty":{"type":"CUSTODIAL","maximum":"P5Y"}}]
po_min={"header":hdr("ProductionOrder",next(ids),DE_STA,IE_SP,'de'),"body":{"profile":"EPOC","issuingAuthority":{"id":"DE:StA-Muenchen-I","country":"DE","name":"Staatsanwaltschaft München I","type":"PUBLIC_PROSECUTOR"},"addressee":SP,"emergency":False,"dataRequests":DR_MIN,
 "proceedings":{"type":"CRIMINAL","stage":"INVESTIGATION"},"offences":OFF_MIN,"factsSummary":T("Über das E-Mail-Konto wurden Bestellungen in gefälschten Online-Shops bestätigt; die Zahlungen gingen an Konten der Täter.","de")}}
po_full={"header":hdr("ProductionOrder",next(ids),DE_STA,IE_SP,'en'),"body":{"profile":"EPOC","issuingAuthority":STA,"validatingAuthority":DE_AG,"addressee":SP_FULL,"addresseeEmergencyCase":False,"emergency":True,"validationWaived":False,
 "deadlines":[{"kind":"PRODUCTION","dueAt":"2026-11-27T16:15:00Z","basis":{"instrument":"REGULATION_2023_1543","article":"10","paragraph":"4"},"reason":T("Emergency: the hospital's life-support scheduling system remains encrypted.")}],
 "relatedRequests":[{"issuingReference":"125 Js 4711/26-PR1","issuedOn":"2026-10-16"}],"dataRequests":DR_FULL,
 "proceedings":{"type":"CRIMINAL","stage":"INVESTIGATION","caseNumbers":[{"scheme":"StA München I","value":"125 Js 4711/26"}]},"offences":[OFF],
 "factsSummary":T("On 14 October 2026 the patient records of a Munich hospital were encrypted; the ransom demand came from the e-mail account concerned, logged in from the IP address concerned."),
 "persons":[{"id":"p1","familyNames":["Unbekannt"]}],"confidentiality":{"level":"CONFIDENTIAL","doNotInformSubjectUntil":"2027-02-28"},"issuedOn":"2026-11-27",
 "attachments":[{"id":"a1","fileName":"beschluss-ag-muenchen.pdf","mediaType":"application/pdf","size":"182044","sha256":"n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg","documentType":"COURT_DECISION","language":"de"}],
 "userInformation":{"mode":"DELAYED","delayedUntil":"2027-02-28","grounds":T("Informing the user would jeopardise the investigation (Regulation (EU) 2023/1543 art. 13(3)).")},
 "enforcingAuthority":{"notified":True,"authority":{"id":"IE:DPP","country":"IE","name":"Office of the Director of Public Prosecutions","type":"PUBLIC_PROSECUTOR"},"notifiedAt":"2026-11-27T08:10:00Z"},
 "dataRecipient":"ISSUING_AUTHORITY","privilegesOrImmunities":T("None known."),"simultaneousNotification":False}}
valid("ProductionOrder","minimal",po_min,"Minimal EPOC: issuing prosecutor, addressee, one e-mail identifier with a bounded range, subscriber data only (Regulation (EU) 2023/1543 art. 5(3)).")
valid("ProductionOrder","full-emergency-epoc-traffic-content",po_full,"Emergency EPOC for traffic and content data, validated by an investigating judge, 8-hour production deadline (art. 10(4)), enforcing authority notified (art. 8), user information delayed (art. 13(3)).")
invalid("ProductionOrder","missing-emergency-flag",mutate(po_min,["body","emergency"],delete=True),"schema.required","/body/emergency","Derived from minimal: the emergency flag is required.")
invalid("ProductionOrder","unknown-data-category",mutate(po_min,["body","dataRequests",0,"categories",0],"METADATA"),"schema.enum","/body/dataRequests/0/categories/0","Derived from minimal: METADATA is not a data category of art. 3.")
invalid("ProductionOrder","empty-data-requests",mutate(po_min,["body","dataRequests"],[]),"schema.minItems","/body/dataRequests","Derived from minimal: an order without any data request.")
# PreservationOrder
pr_min={"header":hdr("PreservationOrder",next(ids),DE_STA,IE_SP,'de'),"body":{"profile":"EPOC_PR","issuingAuthority":{"id":"DE:StA-Muenchen-I","country":"DE","name":"Staatsanwaltschaft München I","type":"PUBLIC_PROSECUTOR"},"addressee":SP,"dataRequests":DR_MIN,"offences":OFF_MIN}}
US_DOJ={"country":"US","authorityId":"US:DOJ-CCIPS","name":"Computer Crime and Intellectual Property Section","role":"REQUESTING"}
NL_OM={"country":"NL","authorityId":"NL:OM-Landelijk-Parket","name":"Landelijk Parket","role":"EXECUTING"}
pr_full={"header":hdr("PreservationOrder",next(ids),US_DOJ,NL_OM),"body":{"profile":"BUDAPEST_ART29","issuingAuthority":{"id":"US:DOJ-CCIPS","country":"US","name":"Computer Crime and Intellectual Property Section","type":"PUBLIC_PROSECUTOR","contact":{"name":"24/7 point of contact","phones":["+12025551234"],"available24x7":True}},
 "addressee":{"name":"Example Hosting B.V.","country":"NL","establishmentType":"SERVICE_PROVIDER","address":{"city":"Amsterdam","country":"NL"}},"emergency":False,
 "deadlines":[{"kind":"PRESERVATION_EXPIRY","dueAt":"2027-01-26T23:59:59Z","basis":{"instrument":"ETS_185","article":"29","paragraph":"7"}}],
 "dataRequests":[{"id":"d1","identifier":{"type":"DOMAIN","value":"phish-login.example"},"timeRange":{"start":"2026-08-01T00:00:00Z","end":"2026-11-26T00:00:00Z"},"categories":["SUBSCRIBER","TRAFFIC","CONTENT"]}],
 "offences":[{"id":"o1","description":T("Wire fraud through a phishing site imitating a bank login page."),"legalClassifications":[{"statute":{"instrument":"NATIONAL","article":"1343","title":"18 U.S.C."},"label":"Wire fraud"}],"maximumPenalty":{"type":"CUSTODIAL","maximum":"P20Y"},"committedByInformationSystem":True}],
 "factsSummary":T("Since August 2026 the domain has hosted a page collecting bank credentials of victims in several States."),
 "necessity":T("The hosting contract can be terminated by the customer at any time, after which the content is deleted."),
 "custodianInformation":T("The domain resolves to servers operated by the addressee in Amsterdam."),"subsequentRequestIntended":True,"issuedOn":"2026-11-26"}}
valid("PreservationOrder","minimal",pr_min,"Minimal EPOC-PR: issuing prosecutor, addressee, one identifier, subscriber data (Regulation (EU) 2023/1543 art. 6, annex II).")
valid("PreservationOrder","full-budapest-art29",pr_full,"Budapest art. 29 expedited preservation request from the US 24/7 point of contact to the Netherlands with every item of art. 29(2)(a)-(f) and the 60-day expiry (art. 29(7)).")
invalid("PreservationOrder","addressee-without-country",mutate(pr_min,["body","addressee","country"],delete=True),"schema.required","/body/addressee/country","Derived from minimal: the addressee's country is missing.")
invalid("PreservationOrder","port-not-digits",mutate(pr_full,["body","dataRequests",0,"identifier","port"],"http"),"schema.pattern","/body/dataRequests/0/identifier/port","Derived from full-budapest-art29: a source port that is not a number.")
invalid("PreservationOrder","unknown-profile",mutate(pr_min,["body","profile"],"EPOC_PRESERVATION"),"schema.enum","/body/profile","Derived from minimal: EPOC_PRESERVATION is not a profile.")
# PreservationExtension
pe_min={"header":hdr("PreservationExtension",next(ids),DE_STA,IE_SP,'de'),"body":{"preservationOrder":{"issuingReference":"125 Js 4711/26-PR1"},"issuingAuthority":{"id":"DE:StA-Muenchen-I","country":"DE","name":"Staatsanwaltschaft München I","type":"PUBLIC_PROSECUTOR"},"extendedUntil":"2027-01-14"}}
pe_full={"header":hdr("PreservationExtension",next(ids),DE_STA,IE_SP,'en',reply="7b1c0003-2f4e-4a6b-9c1d-000000000003",conv="7b1c0003-2f4e-4a6b-9c1d-000000000003"),"body":{"preservationOrder":{"messageId":"7b1c0003-2f4e-4a6b-9c1d-000000000003","issuingReference":"125 Js 4711/26-PR1","issuedOn":"2026-10-16"},"issuingAuthority":STA,"addressee":SP_FULL,"extendedUntil":"2027-01-14","extension":"P30D","dataRequestRefs":["d1"],"reason":T("The European Production Order is awaiting validation by the investigating judge."),"issuedOn":"2026-12-10"}}
valid("PreservationExtension","minimal",pe_min,"Minimal annex VI extension: the preservation order, issuing authority and the new last day.")
valid("PreservationExtension","full-30-days",pe_full,"Annex VI extension by 30 days (Regulation (EU) 2023/1543 art. 11(1)) of one item, with the reason and the addressee.")
invalid("PreservationExtension","impossible-date",mutate(pe_min,["body","extendedUntil"],"2027-02-30"),"schema.format","/body/extendedUntil","Derived from minimal: 30 February does not exist.")
invalid("PreservationExtension","duration-not-iso",mutate(pe_full,["body","extension"],"30 days"),"schema.pattern","/body/extension","Derived from full-30-days: the extension is not an ISO 8601 duration.")
invalid("PreservationExtension","missing-preservation-order",mutate(pe_min,["body","preservationOrder"],delete=True),"schema.required","/body/preservationOrder","Derived from minimal: the preservation order concerned is not identified.")
invalid("PreservationExtension","extension-of-nothing",mutate(pe_full,["body","extension"],"PT"),"schema.pattern","/body/extension","Derived from full-30-days: the extension is the empty duration PT (the Duration pattern asks for at least one component).")
# SubsequentProductionConfirmation
sc_min={"header":hdr("SubsequentProductionConfirmation",next(ids),DE_STA,IE_SP,'de'),"body":{"preservationOrder":{"issuingReference":"125 Js 4711/26-PR1"},"issuingAuthority":{"id":"DE:StA-Muenchen-I","country":"DE","name":"Staatsanwaltschaft München I","type":"PUBLIC_PROSECUTOR"},"subsequentRequest":{"type":"EPOC"}}}
sc_full={"header":hdr("SubsequentProductionConfirmation",next(ids),DE_STA,IE_SP,'de'),"body":{"preservationOrder":{"messageId":"7b1c0003-2f4e-4a6b-9c1d-000000000003","issuingReference":"125 Js 4711/26-PR1","issuedOn":"2026-10-16"},"issuingAuthority":STA,"addressee":SP_FULL,"subsequentRequest":{"type":"EIO","reference":{"issuingReference":"125 Js 4711/26-EIO1"},"issuedOn":"2026-11-20","transmittedTo":"Office of the Director of Public Prosecutions"},"dataRequestRefs":["d1","d2"],"issuedOn":"2026-11-21"}}
valid("SubsequentProductionConfirmation","minimal",sc_min,"Minimal annex V confirmation: the preservation order and the kind of production request that follows.")
valid("SubsequentProductionConfirmation","full-eio-follows",sc_full,"Annex V confirmation that an EIO for the preserved data was issued, covering two items.")
invalid("SubsequentProductionConfirmation","unknown-request-type",mutate(sc_min,["body","subsequentRequest","type"],"LETTER_ROGATORY"),"schema.enum","/body/subsequentRequest/type","Derived from minimal: LETTER_ROGATORY is not a subsequent request type of annex V.")
invalid("SubsequentProductionConfirmation","duplicate-item-refs",mutate(sc_full,["body","dataRequestRefs"],["d1","d1"]),"schema.uniqueItems","/body/dataRequestRefs","Derived from full-eio-follows: the same item is listed twice.")
invalid("SubsequentProductionConfirmation","extra-member",mutate(sc_min,["body","confirmedBy"],"clerk"),"schema.additionalProperties","/body/confirmedBy","Derived from minimal: a member the schema does not define.")
# ImpossibilityNotice
IE_SENDER={"country":"IE","authorityId":"IE:Example-Cloud-Ltd","name":"Example Cloud Services Ltd (designated establishment)","role":"EXECUTING"}
DE_RCPT={"country":"DE","authorityId":"DE:StA-Muenchen-I","name":"Staatsanwaltschaft München I","role":"ISSUING"}
in_min={"header":hdr("ImpossibilityNotice",next(ids),IE_SENDER,DE_RCPT),"body":{"order":{"issuingReference":"125 Js 4711/26-EPOC1"},"orderType":"EPOC","serviceProvider":SP,"reasons":[{"reasons":["DATA_NOT_HELD"]}]}}
in_full={"header":hdr("ImpossibilityNotice",next(ids),IE_SENDER,DE_RCPT),"body":{"order":{"messageId":"7b1c0002-2f4e-4a6b-9c1d-000000000002","issuingReference":"125 Js 4711/26-EPOC1","issuedOn":"2026-11-27"},"orderType":"EPOC","serviceProvider":SP_FULL,"issuingAuthority":STA,
 "reasons":[{"dataRequestRef":"d1","reasons":["CONFLICTING_THIRD_COUNTRY_LAW"],"explanation":T("The content is stored in a third country whose law prohibits disclosure without a domestic order.")},{"dataRequestRef":"d2","reasons":["DATA_DELETED_BEFORE_RECEIPT"],"explanation":T("Connection logs are kept for 30 days.")}],
 "conflictingObligations":{"thirdCountry":"US","applicableLaw":[{"instrument":"NATIONAL","article":"2702","title":"18 U.S.C. (Stored Communications Act)"}],"nature":T("Prohibition of disclosure of the contents of communications to a foreign government."),"explanation":T("The account holder is a US person and the content is held in the United States.")},
 "informationRequired":T("Please confirm whether subscriber data alone would suffice."),"preservation":[{"dataRequestRef":"d1","preserved":True,"until":"2027-01-26"}],"issuedOn":"2026-11-27"}}
valid("ImpossibilityNotice","minimal",in_min,"Minimal annex III notice: the EPOC concerned, the provider and one reason for the whole order (data not held, art. 10(8)).")
valid("ImpossibilityNotice","full-conflicting-obligations",in_full,"Annex III notice per identifier with a reasoned objection for conflicting third-country law (art. 17), a de facto impossibility, information required and preservation status.")
invalid("ImpossibilityNotice","unknown-reason",mutate(in_min,["body","reasons",0,"reasons",0],"REFUSED"),"schema.enum","/body/reasons/0/reasons/0","Derived from minimal: REFUSED is not a reason of annex III section D.")
invalid("ImpossibilityNotice","conflict-without-law",mutate(in_full,["body","conflictingObligations","applicableLaw"],delete=True),"schema.required","/body/conflictingObligations/applicableLaw","Derived from full-conflicting-obligations: the conflicting third-country provisions are not named (art. 17(2)).")
invalid("ImpossibilityNotice","preserved-not-boolean",mutate(in_full,["body","preservation",0,"preserved"],"yes"),"schema.type","/body/preservation/0/preserved","Derived from full-conflicting-obligations: preserved is not a boolean.")
# InterceptionNotification
FR_INT={"country":"FR","authorityId":"FR:TJ-Strasbourg-JI","name":"Tribunal judiciaire de Strasbourg, juge d'instruction","role":"ISSUING"}
DE_NOT={"country":"DE","authorityId":"DE:GenStA-Karlsruhe","name":"Generalstaatsanwaltschaft Karlsruhe","role":"RECEIVING"}
FR_AUTH={"id":"FR:TJ-Strasbourg-JI","country":"FR","name":"Tribunal judiciaire de Strasbourg, juge d'instruction","type":"INVESTIGATING_JUDGE"}
ic_min={"header":hdr("InterceptionNotification",next(ids),FR_INT,DE_NOT,'fr'),"body":{"notifyingAuthority":FR_AUTH,"timing":"DURING","targets":[{"type":"PHONE_E164","value":"+33612345678"}],"factsSummary":T("Trafic de stupéfiants en bande organisée entre Strasbourg et Kehl.","fr")}}
ic_full={"header":hdr("InterceptionNotification",next(ids),FR_INT,DE_NOT,'fr'),"body":{"notifyingAuthority":dict(FR_AUTH,representative={"name":"Mme Juge Exemple","postHeld":"Juge d'instruction"},fileReference="JI 26/0815"),"notifiedAuthority":{"id":"DE:GenStA-Karlsruhe","country":"DE","name":"Generalstaatsanwaltschaft Karlsruhe","type":"PUBLIC_PROSECUTOR"},
 "timing":"PRIOR_TO","startDate":"2026-11-28","duration":"P30D","targets":[{"type":"PHONE_E164","value":"+33612345678"},{"type":"IMEI","value":"356938035643809"}],"persons":[{"id":"p1","familyNames":["Exemple"],"givenNames":["Paul"]}],
 "factsSummary":T("Trafic de stupéfiants en bande organisée entre Strasbourg et Kehl ; la cible se rend régulièrement en Allemagne.","fr"),
 "offences":[{"id":"o1","description":T("Trafic de stupéfiants en bande organisée.","fr"),"legalClassifications":[{"statute":{"instrument":"NATIONAL","article":"222-37","title":"Code pénal"},"label":"Transport et détention de stupéfiants"}],"maximumPenalty":{"type":"CUSTODIAL","maximum":"P10Y"},"eioAnnexD":"ILLICIT_TRAFFICKING_IN_NARCOTIC_DRUGS"}],
 "objectionDeadline":{"kind":"OBJECTION","dueAt":"2026-12-01T08:15:00Z","basis":{"instrument":"EIO_DIRECTIVE_2014_41","article":"31","paragraph":"3"}},"otherInformation":T("Interception ordonnée le 26 novembre 2026.","fr"),"issuedOn":"2026-11-27"}}
valid("InterceptionNotification","minimal",ic_min,"Minimal annex C notification: notifying authority, timing, one target and the purpose (EIO art. 31(1)).")
valid("InterceptionNotification","full-prior-notification",ic_full,"Annex C notification before a 30-day interception of a phone used in Germany, with the 96-hour objection deadline (EIO art. 31(3)).")
invalid("InterceptionNotification","no-targets",mutate(ic_min,["body","targets"],delete=True),"schema.required","/body/targets","Derived from minimal: no target identifier (annex C section B(III)).")
invalid("InterceptionNotification","unknown-timing",mutate(ic_min,["body","timing"],"BEFORE"),"schema.enum","/body/timing","Derived from minimal: BEFORE is not a timing value (PRIOR_TO is).")
invalid("InterceptionNotification","duration-not-iso",mutate(ic_full,["body","duration"],"30"),"schema.pattern","/body/duration","Derived from full-prior-notification: the duration is not an ISO 8601 duration.")
# InterceptionObjection
DE_OBJ={"country":"DE","authorityId":"DE:GenStA-Karlsruhe","name":"Generalstaatsanwaltschaft Karlsruhe","role":"RECEIVING"}
FR_R={"country":"FR","authorityId":"FR:TJ-Strasbourg-JI","name":"Tribunal judiciaire de Strasbourg, juge d'instruction","role":"ISSUING"}
io_min={"header":hdr("InterceptionObjection",next(ids),DE_OBJ,FR_R,'de'),"body":{"notification":{"issuingReference":"JI 26/0815"},"objectingAuthority":{"id":"DE:GenStA-Karlsruhe","country":"DE","name":"Generalstaatsanwaltschaft Karlsruhe","type":"PUBLIC_PROSECUTOR"},"consequences":["TO_BE_TERMINATED"],"reasons":T("Die Überwachung wäre in einem vergleichbaren innerstaatlichen Fall nicht genehmigt worden.","de")}}
io_full={"header":hdr("InterceptionObjection",next(ids),DE_OBJ,FR_R,'de',reply="7b1c0010-2f4e-4a6b-9c1d-000000000010",conv="7b1c0010-2f4e-4a6b-9c1d-000000000010"),"body":{"notification":{"messageId":"7b1c0010-2f4e-4a6b-9c1d-000000000010","issuingReference":"JI 26/0815","issuedOn":"2026-11-27"},"objectingAuthority":{"id":"DE:GenStA-Karlsruhe","country":"DE","name":"Generalstaatsanwaltschaft Karlsruhe","type":"PUBLIC_PROSECUTOR"},
 "consequences":["TO_BE_TERMINATED","MATERIAL_USED_ONLY_UNDER_CONDITIONS"],"reasons":T("Die Zielperson ist Berufsgeheimnisträger (§ 160a StPO).","de"),"conditions":T("Bereits erlangte Aufzeichnungen dürfen nur zur Aufklärung von Verbrechen verwendet werden.","de"),"notificationReceivedAt":"2026-11-27T09:00:00Z","issuedOn":"2026-11-29"}}
valid("InterceptionObjection","minimal",io_min,"Minimal objection within 96 hours: the interception shall be terminated, with reasons (EIO art. 31(3)(a)).")
valid("InterceptionObjection","full-conditions",io_full,"Objection terminating the interception and allowing use of the material only under conditions (EIO art. 31(3)(b)).")
invalid("InterceptionObjection","no-consequences",mutate(io_min,["body","consequences"],[]),"schema.minItems","/body/consequences","Derived from minimal: an objection that requires nothing.")
invalid("InterceptionObjection","received-at-not-utc",mutate(io_full,["body","notificationReceivedAt"],"2026-11-27T10:00:00+01:00"),"schema.pattern","/body/notificationReceivedAt","Derived from full-conditions: the instant is not in UTC with Z.")
invalid("InterceptionObjection","missing-reasons",mutate(io_min,["body","reasons"],delete=True),"schema.required","/body/reasons","Derived from minimal: no reasons (art. 31(3)).")
# Rule samples of the 1.1 rules (MLAT-R-0038..0045): schema-valid, one rule each.
import uuid
NS=uuid.UUID("3f0c2b6e-7d41-4c8a-9b0e-5a1d2c3e4f50")
def rule_case(rule,name,base,mutate,findings,desc,severity="ERROR"):
    kind="violates" if findings else "satisfies"
    d=copy.deepcopy(base)
    if mutate: mutate(d)
    cid=f"1.1/rules/{rule}/{kind}-{name}"
    old=d["header"]["messageId"]; new=str(uuid.uuid5(NS,cid)); d["header"]["messageId"]=new
    if d["header"]["conversationId"]==old: d["header"]["conversationId"]=new
    dump('samples/'+cid+'.json',d)
    cases.append({"id":cid,"file":cid+".json","version":"1.1","messageType":d["header"]["messageType"],"kind":"rule","rule":rule,
                  "expectValid":(not findings) or severity=="WARNING","expectedFindings":[{"code":rule,"pointer":p} for p in findings],"description":desc})
def setp(path,value):
    def f(d):
        c,k=at(d,path); c[k]=value
    return f
def delp(path):
    def f(d):
        c,k=at(d,path); del c[k]
    return f
def chain(*fs):
    def f(d):
        for g in fs: g(d)
    return f
JUDGE={"id":"DE:AG-Muenchen","country":"DE","name":"Amtsgericht München","type":"INVESTIGATING_JUDGE"}
rule_case("MLAT-R-0038","no-time-range",po_min,delp(["body","dataRequests",0,"timeRange"]),["/body/dataRequests/0/timeRange"],"Derived from valid/ProductionOrder/minimal: the data request has no time range (EPOC annex I sections E-F).")
rule_case("MLAT-R-0038","open-ended-range",pr_min,delp(["body","dataRequests",0,"timeRange","end"]),["/body/dataRequests/0/timeRange/end"],"Derived from valid/PreservationOrder/minimal: the time range has a start but no end (EPOC-PR annex II section C).")
rule_case("MLAT-R-0038","bounded-range",po_min,None,[],"Derived from valid/ProductionOrder/minimal: one identifier with a range from 1 September to 31 October.")
rule_case("MLAT-R-0039","traffic-by-prosecutor",po_min,chain(setp(["body","dataRequests",0,"categories"],["SUBSCRIBER","TRAFFIC"]),setp(["body","enforcingAuthority"],{"notified":True})),["/body/validatingAuthority"],"Derived from valid/ProductionOrder/minimal: traffic data ordered by a public prosecutor without validation by a judge (art. 4(2)).")
rule_case("MLAT-R-0039","content-validated-by-judge",po_min,chain(setp(["body","dataRequests",0,"categories"],["CONTENT"]),setp(["body","validatingAuthority"],JUDGE),setp(["body","enforcingAuthority"],{"notified":True})),[],"Derived from valid/ProductionOrder/minimal: content data, validated by an investigating judge.")
rule_case("MLAT-R-0040","emergency-without-production-deadline",po_min,setp(["body","emergency"],True),["/body/deadlines"],"Derived from valid/ProductionOrder/minimal: an emergency order without a production deadline (art. 10(4)).")
rule_case("MLAT-R-0040","deadline-beyond-eight-hours",po_min,chain(setp(["body","emergency"],True),setp(["body","deadlines"],[{"kind":"PRODUCTION","dueAt":"2026-11-27T18:15:00Z"}])),["/body/deadlines/0/dueAt"],"Derived from valid/ProductionOrder/minimal: an emergency order due 10 hours after creation.")
rule_case("MLAT-R-0040","emergency-within-eight-hours",po_min,chain(setp(["body","emergency"],True),setp(["body","deadlines"],[{"kind":"PRODUCTION","dueAt":"2026-11-27T16:15:00Z"}])),[],"Derived from valid/ProductionOrder/minimal: an emergency order due exactly 8 hours after creation.")
rule_case("MLAT-R-0041","content-without-enforcing-authority",po_min,chain(setp(["body","dataRequests",0,"categories"],["CONTENT"]),setp(["body","validatingAuthority"],JUDGE)),["/body/enforcingAuthority"],"Derived from valid/ProductionOrder/minimal: content data and nothing said about notifying the enforcing authority (art. 8(1)); a warning.",severity="WARNING")
rule_case("MLAT-R-0041","content-enforcing-authority-not-notified",po_min,chain(setp(["body","dataRequests",0,"categories"],["CONTENT"]),setp(["body","validatingAuthority"],JUDGE),setp(["body","enforcingAuthority"],{"notified":False})),[],"Derived from valid/ProductionOrder/minimal: content data; the order says the enforcing authority is not notified (art. 8(2) case).")
rule_case("MLAT-R-0042","police-without-validation",po_min,setp(["body","issuingAuthority","type"],"POLICE"),["/body/validatingAuthority"],"Derived from valid/ProductionOrder/minimal: issued by the police without a validating authority (art. 4(1)(b)).")
rule_case("MLAT-R-0042","police-emergency-validation-waived",pr_min,chain(setp(["body","issuingAuthority","type"],"POLICE"),setp(["body","emergency"],True),setp(["body","validationWaived"],True)),[],"Derived from valid/PreservationOrder/minimal: police issue an emergency EPOC-PR without prior validation (art. 4(5)).")
rule_case("MLAT-R-0043","no-necessity",pr_full,delp(["body","necessity"]),["/body/necessity"],"Derived from valid/PreservationOrder/full-budapest-art29: the request does not say why preservation is necessary (art. 29(2)(e)).")
rule_case("MLAT-R-0043","complete-request",pr_full,None,[],"Derived from valid/PreservationOrder/full-budapest-art29: every item of art. 29(2)(b), (e) and (f) present.")
CETS=chain(setp(["body","profile"],"CETS224_ART7"),setp(["body","issuedOn"],"2026-11-27"),setp(["body","offences"],[{"id":"o1","description":T("Betrug mittels gefälschter Online-Shops.","de")}]))
rule_case("MLAT-R-0044","no-provider-address",po_min,CETS,["/body/addressee/address"],"Derived from valid/ProductionOrder/minimal: a CETS 224 art. 7 order without the service provider's address (art. 7(3)(c)).")
rule_case("MLAT-R-0044","complete-order",po_min,chain(CETS,setp(["body","addressee","address"],{"city":"Dublin","country":"IE"})),[],"Derived from valid/ProductionOrder/minimal: a CETS 224 art. 7 order with date, offence and provider address.")
rule_case("MLAT-R-0045","deadline-beyond-96-hours",ic_full,setp(["body","objectionDeadline","dueAt"],"2026-12-02T08:15:00Z"),["/body/objectionDeadline/dueAt"],"Derived from valid/InterceptionNotification/full-prior-notification: objection deadline 120 hours after creation (EIO art. 31(3)); a warning.",severity="WARNING")
rule_case("MLAT-R-0045","deadline-within-96-hours",ic_full,None,[],"Derived from valid/InterceptionNotification/full-prior-notification: objection deadline 72 hours after creation.")
# Profile consistency (MLAT-R-0056, MLAT-R-0057) on the 1.1 types and profiles.
eio11=json.load(open('samples/1.0/valid/AssistanceRequest/eio-de-fr-bank-records-fraud.json')); eio11['header']['version']='1.1'
rule_case("MLAT-R-0056","production-order-labelled-eio",po_min,setp(["body","profile"],"EIO"),["/body/profile"],"Derived from valid/ProductionOrder/minimal: a production order labelled EIO, so the e-Evidence rules would silently not run.")
rule_case("MLAT-R-0056","eio-labelled-epoc",eio11,setp(["body","profile"],"EPOC"),["/body/profile"],"Derived from valid/AssistanceRequest/eio-de-fr-bank-records-fraud: an EIO labelled EPOC, a profile of production orders.")
rule_case("MLAT-R-0056","production-order-labelled-epoc",po_min,None,[],"Derived from valid/ProductionOrder/minimal: an EPOC labelled EPOC.")
rule_case("MLAT-R-0057","epoc-to-establishment-in-denmark",po_min,chain(setp(["body","addressee","country"],"DK"),setp(["header","recipient","country"],"DK")),["/body/addressee/country"],"Derived from valid/ProductionOrder/minimal: an EPOC addressed to an establishment in Denmark, which is not bound by Regulation (EU) 2023/1543.")
rule_case("MLAT-R-0057","epoc-to-establishment-in-ireland",po_min,None,[],"Derived from valid/ProductionOrder/minimal: an EPOC from Germany to a designated establishment in Ireland, both bound by the Regulation.")
# e-Evidence completeness and conditions (MLAT-R-0063..0069).
rule_case("MLAT-R-0063","epoc-without-section-g",po_min,chain(delp(["body","proceedings"]),delp(["body","offences"]),delp(["body","factsSummary"])),["/body/factsSummary","/body/offences","/body/proceedings"],"Derived from valid/ProductionOrder/minimal: an EPOC without offence, facts or proceedings (annex I section G).")
rule_case("MLAT-R-0063","epoc-pr-without-offence",pr_min,delp(["body","offences"]),["/body/offences"],"Derived from valid/PreservationOrder/minimal: an EPOC-PR that names no offence.")
rule_case("MLAT-R-0063","epoc-complete",po_min,None,[],"Derived from valid/ProductionOrder/minimal: proceedings, offence and facts stated.")
CONTENT_JUDGE=chain(setp(["body","dataRequests",0,"categories"],["CONTENT"]),setp(["body","validatingAuthority"],JUDGE),setp(["body","enforcingAuthority"],{"notified":True}))
rule_case("MLAT-R-0064","content-for-two-year-offence",po_min,chain(CONTENT_JUDGE,setp(["body","offences",0,"maximumPenalty","maximum"],"P2Y")),["/body/dataRequests/0/categories"],"Derived from valid/ProductionOrder/minimal: content data for an offence punishable by at most two years, below the art. 5(4) threshold.")
rule_case("MLAT-R-0064","content-for-five-year-offence",po_min,CONTENT_JUDGE,[],"Derived from valid/ProductionOrder/minimal: content data for fraud punishable by up to five years.")
DUP=copy.deepcopy(DR_MIN[0]); DUP["identifier"]={"type":"EMAIL","value":"second.user@example-mail.example"}
rule_case("MLAT-R-0065","two-data-requests-with-one-id",po_min,setp(["body","dataRequests"],DR_MIN+[DUP]),["/body/dataRequests/1/id"],"Derived from valid/ProductionOrder/minimal: two identifiers share the id d1, so the provider cannot answer per identifier.")
DUP2=copy.deepcopy(DUP); DUP2["id"]="d2"
rule_case("MLAT-R-0065","two-data-requests-two-ids",po_min,setp(["body","dataRequests"],DR_MIN+[DUP2]),[],"Derived from valid/ProductionOrder/minimal: two identifiers d1 and d2.")
rule_case("MLAT-R-0066","not-informed-for-content",po_min,chain(CONTENT_JUDGE,setp(["body","userInformation"],{"mode":"NOT_INFORMED_SUBSCRIBER_DATA","grounds":T("Gefährdung der Ermittlungen.","de")})),["/body/userInformation/mode"],"Derived from valid/ProductionOrder/minimal: content data, and the user is 'not informed' as if only subscriber data were sought (art. 13).")
rule_case("MLAT-R-0066","delayed-without-grounds",po_min,setp(["body","userInformation"],{"mode":"DELAYED","delayedUntil":"2027-03-01"}),["/body/userInformation/grounds"],"Derived from valid/ProductionOrder/minimal: informing the user is delayed without any justification (art. 13(2)).")
rule_case("MLAT-R-0066","delayed-with-grounds",po_min,setp(["body","userInformation"],{"mode":"DELAYED","delayedUntil":"2027-03-01","grounds":T("Die Unterrichtung würde die laufenden Ermittlungen gefährden.","de")}),[],"Derived from valid/ProductionOrder/minimal: informing the user is delayed, with the grounds.")
PR_CTX="1.1/valid/PreservationOrder/minimal.json"
def rule_case_ctx(rule,name,base,mutate,findings,desc,request):
    rule_case(rule,name,base,mutate,findings,desc); cases[-1]["request"]=request
rule_case_ctx("MLAT-R-0067","extension-by-90-days",pe_full,setp(["body","extension"],"P90D"),["/body/extension"],"Derived from valid/PreservationExtension/full-30-days, in the context of the minimal EPOC-PR: an extension by 90 days (art. 11(1): 30).",PR_CTX)
rule_case_ctx("MLAT-R-0067","preserved-fourteen-months-ahead",pe_min,setp(["body","extendedUntil"],"2028-01-31"),["/body/extendedUntil"],"Derived from valid/PreservationExtension/minimal, in the context of the minimal EPOC-PR: preservation extended to 14 months after the order (art. 11(1): 60 + 30 days).",PR_CTX)
rule_case_ctx("MLAT-R-0067","extension-by-30-days",pe_full,None,[],"Derived from valid/PreservationExtension/full-30-days, in the context of the minimal EPOC-PR: 30 days more, within 90 days of the order.",PR_CTX)
rule_case("MLAT-R-0068","cets224-order-for-traffic-data",po_min,chain(CETS,setp(["body","addressee","address"],{"city":"Dublin","country":"IE"}),setp(["body","dataRequests",0,"categories"],["SUBSCRIBER","TRAFFIC"])),["/body/dataRequests/0/categories"],"Derived from valid/ProductionOrder/minimal: a CETS 224 art. 7 order for traffic data (art. 7 covers subscriber information only).")
rule_case("MLAT-R-0068","cets224-order-for-subscriber-information",po_min,chain(CETS,setp(["body","addressee","address"],{"city":"Dublin","country":"IE"})),[],"Derived from valid/ProductionOrder/minimal: a CETS 224 art. 7 order for subscriber information.")
IPPT={"type":"IP_PORT_TIMESTAMP","value":"198.51.100.23","port":"49152","observedAt":"2026-10-14T21:03:11Z"}
def ippt(**drop):
    v={k:x for k,x in IPPT.items() if k not in drop}
    return setp(["body","dataRequests",0,"identifier"],v)
rule_case("MLAT-R-0074","ip-address-without-port-or-time",po_min,ippt(port=1,observedAt=1),["/body/dataRequests/0/identifier/port","/body/dataRequests/0/identifier/observedAt"],"Derived from valid/ProductionOrder/minimal: an IP_PORT_TIMESTAMP identifier with the address only (art. 3(10): the source port and time stamp make it identify a user; an address alone is IPV4).")
rule_case("MLAT-R-0074","ip-address-without-time",po_min,ippt(observedAt=1),["/body/dataRequests/0/identifier/observedAt"],"Derived from valid/ProductionOrder/minimal: an IP_PORT_TIMESTAMP identifier with address and port but no instant.")
rule_case("MLAT-R-0074","ip-address-port-and-time",po_min,ippt(),[],"Derived from valid/ProductionOrder/minimal: an IP_PORT_TIMESTAMP identifier with address, source port and instant.")
rule_case("MLAT-R-0101","imei-too-short",po_min,setp(["body","dataRequests",0,"identifier"],{"type":"IMEI","value":"12"}),["/body/dataRequests/0/identifier/value"],"Derived from valid/ProductionOrder/minimal: an IMEI of two digits (3GPP TS 23.003: 15 digits with a Luhn check digit).")
rule_case("MLAT-R-0101","e164-not-a-number",po_min,setp(["body","dataRequests",0,"identifier"],{"type":"PHONE_E164","value":"not-a-number"}),["/body/dataRequests/0/identifier/value"],"Derived from valid/ProductionOrder/minimal: a PHONE_E164 identifier that is not a number (ITU-T E.164: + and up to 15 digits).")
rule_case("MLAT-R-0101","well-formed-imei",po_min,setp(["body","dataRequests",0,"identifier"],{"type":"IMEI","value":"490154203237518"}),[],"Derived from valid/ProductionOrder/minimal: an IMEI of 15 digits whose Luhn check digit is right.")
rule_case("MLAT-R-0025","epoc-deadline-before-creation",po_min,setp(["body","deadlines"],[{"kind":"PRODUCTION","dueAt":"2026-11-20T12:00:00Z"}]),["/body/deadlines/0/dueAt"],"Derived from valid/ProductionOrder/minimal: a non-emergency EPOC whose production deadline lies a week before the order was created.")
# 1.1 versions of every 1.0 valid sample
m=json.load(open('samples/manifest.json'))
for c in [c for c in m['cases'] if c['version']=='1.0' and c['expectValid'] and c['file'].startswith('1.0/valid/')]:
    d=json.load(open('samples/'+c['file'])); d['header']['version']='1.1'
    f='1.1/'+c['file'][4:]
    dump('samples/'+f,d)
    cases.append({"id":f[:-5],"file":f,"version":"1.1","messageType":c['messageType'],"expectValid":True,"expectedFindings":[],"description":"The 1.0 sample "+c['id']+" written as 1.1: nothing in a 1.0 type changed, so only header.version differs."})
# 1.1 samples of 1.0 types that use 1.1 additions (what down-conversion must park or map)
ar=json.load(open('samples/1.0/valid/AssistanceRequest/eio-de-fr-bank-records-fraud.json'))
ar['header']['version']='1.1'; ar['header']['messageId']=next(ids); ar['header']['conversationId']=ar['header']['messageId']
b=ar['body']
b['urgency']={"level":"URGENT","reasons":["THREAT_TO_LIFE","EVIDENCE_DESTRUCTION_RISK"],"explanation":T("Der Beschuldigte hat angekündigt, Zeugen zu bedrohen; Kontounterlagen könnten vernichtet werden.","de")}
for o in b.get('offences',[]): o['committedByInformationSystem']=True
b.setdefault('deadlines',[]).append({"kind":"PRODUCTION","dueAt":"2026-12-15T12:00:00Z","reason":T("Bankunterlagen werden für die Haftprüfung benötigt.","de")})
valid("AssistanceRequest","eio-threat-to-life-cyber-offence",ar,"EIO written in 1.1 using 1.1 additions in 1.0 types: urgency reason THREAT_TO_LIFE (falls back to OTHER in 1.0), deadline kind PRODUCTION (falls back to CUSTOM), offence.committedByInformationSystem (parked when converted to 1.0).")
invalid("AssistanceRequest","unknown-urgency-reason",mutate(ar,["body","urgency","reasons",0],"DANGER"),"schema.enum","/body/urgency/reasons/0","Derived from eio-threat-to-life-cyber-offence: DANGER is not an urgency reason.")
# 1.0 message naming a 1.1-only type
neg=copy.deepcopy(po_min); neg['header']['version']='1.0'
f="1.0/invalid/ProductionOrder/type-not-in-1.0.json"; dump('samples/'+f,neg)
cases.append({"id":f[:-5],"file":f,"version":"1.0","messageType":"ProductionOrder","expectValid":False,"expectedFindings":[{"code":"MLAT-TYPE-UNKNOWN","pointer":"/header/messageType"}],"description":"A 1.1 ProductionOrder labelled version 1.0: the type does not exist in 1.0 (specification §2.3)."})
m['cases']=[c for c in m['cases'] if not (c['version']=='1.1' or c['id'].startswith('1.0/invalid/ProductionOrder/'))]+cases
open('samples/manifest.json','w').write(json.dumps(m,indent=2,ensure_ascii=False)+'\n')
print(len(cases))
