#!/usr/bin/env python3
"""Writes the messages of the case corpus, samples/cases/<name>/NN-<MessageType>.json, from the valid 1.2 samples.

Each conversation takes the bodies of samples/1.2/valid and gives them the headers, references, instants and measure
ids of one case thread. Only the messages are generated; each folder's expected.json (the state, the measures, the
deadlines and the findings the fold must give) is written by hand from the legal periods and checked by
tests/Mlat.Sdk.Tests/Cases/CaseCorpusTests.cs. Run from the repository root; every message must validate
(mlat validate samples/cases/<name>/*.json).
"""
import copy
import json
import pathlib
import uuid

ROOT = pathlib.Path(__file__).resolve().parent.parent
VALID = ROOT / "samples" / "1.2" / "valid"
OUT = ROOT / "samples" / "cases"
NS = uuid.UUID("6f1c2b1e-7a0d-4c55-9a43-2d1f3c0b9e77")

AT = {"country": "AT", "authorityId": "AT:StA-Wien", "name": "Staatsanwaltschaft Wien", "role": "ISSUING"}
CZ = {"country": "CZ", "authorityId": "CZ:OSZ-Praha-1", "name": "Obvodní státní zastupitelství pro Prahu 1", "role": "EXECUTING"}
DE = {"country": "DE", "authorityId": "DE:StA-Muenchen-I", "name": "Staatsanwaltschaft München I", "role": "ISSUING"}
SP = {"country": "IE", "authorityId": "IE:Example-Cloud-Ltd", "name": "Example Cloud Services Ltd", "role": "SERVICE_PROVIDER",
      "establishmentType": "DESIGNATED_ESTABLISHMENT"}
EA = {"country": "IE", "authorityId": "IE:DPP", "name": "Office of the Director of Public Prosecutions", "role": "ENFORCING_AUTHORITY"}
BR = {"country": "BR", "authorityId": "BR:MJSP-DRCI", "name": "Ministério da Justiça e Segurança Pública - DRCI", "role": "CENTRAL_AUTHORITY"}
ES = {"country": "ES", "authorityId": "ES:MJ-SGCJI", "name": "Ministerio de Justicia - Subdirección General de Cooperación Jurídica Internacional", "role": "CENTRAL_AUTHORITY"}


def body(path):
    return copy.deepcopy(json.loads((VALID / path).read_text(encoding="utf-8"))["body"])


def header_of(path):
    return copy.deepcopy(json.loads((VALID / path).read_text(encoding="utf-8"))["header"])


class Thread:
    def __init__(self, name, opening_sender, opening_recipient, language):
        self.name = name
        self.messages = []
        self.requester = opening_sender
        self.executor = opening_recipient
        self.language = language
        self.conversation = None

    def id(self, n):
        return str(uuid.uuid5(NS, f"{self.name}/{n}"))

    def add(self, message_type, created_at, body_, sender=None, recipient=None, language=None):
        n = len(self.messages) + 1
        message_id = self.id(n)
        if self.conversation is None:
            self.conversation = message_id
        header = {
            "version": "1.2",
            "messageType": message_type,
            "messageId": message_id,
            "conversationId": self.conversation,
            "createdAt": created_at,
            "sender": sender or self.requester,
            "recipient": recipient or self.executor,
            "language": language or self.language,
        }
        if n > 1:
            header["inReplyTo"] = self.messages[0]["header"]["messageId"]
        self.messages.append({"header": header, "body": body_})
        return message_id

    def request_ref(self):
        return {"messageId": self.conversation}

    def write(self):
        folder = OUT / self.name
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("[0-9][0-9]-*.json"):
            old.unlink()
        for i, m in enumerate(self.messages, 1):
            path = folder / f"{i:02d}-{m['header']['messageType']}.json"
            path.write_text(json.dumps(m, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def eio_request(two_measures=True):
    b = body("AssistanceRequest/minimal.json")
    if two_measures:
        m2 = copy.deepcopy(b["measures"][0])
        m2["id"] = "m2"
        m2["description"]["entries"][0]["text"] = "Vernehmung der Beifahrerin zu dem Verkehrsunfall vom 2. August 2026."
        b["measures"].append(m2)
    return b


def eio(name, two_measures=True):
    t = Thread(name, AT, CZ, "de")
    t.add("AssistanceRequest", "2026-11-23T09:00:00Z", eio_request(two_measures))
    return t


def reply(t, message_type, created_at, body_):
    return t.add(message_type, created_at, body_, sender=t.executor, recipient=t.requester, language="cs" if t.requester is AT else None)


def ack(t, created_at, received_at):
    b = body("AcknowledgementOfReceipt/minimal-annex-b.json")
    b["request"] = t.request_ref()
    b["receivedAt"] = received_at
    b["receivingAuthority"] = {"id": "CZ:OSZ-Praha-1", "country": "CZ", "name": CZ["name"], "type": "PUBLIC_PROSECUTOR"}
    reply(t, "AcknowledgementOfReceipt", created_at, b)


def recognition(t, created_at, decided_on, decisions):
    b = {"request": t.request_ref(), "decidedOn": decided_on, "decisions": [{"measureRef": m, "decision": d} for m, d in decisions]}
    reply(t, "RecognitionDecision", created_at, b)


def report(t, created_at, final, outcomes):
    b = {"request": t.request_ref(), "final": final, "outcomes": [{"measureRef": m, "status": s} for m, s in outcomes]}
    reply(t, "ExecutionReport", created_at, b)


def postponement(t, created_at, action, measure_refs=None, deadline_refs=None):
    b = {"request": t.request_ref(), "action": action}
    if action == "POSTPONED":
        b["grounds"] = ["PREJUDICE_TO_ONGOING_INVESTIGATION"]
    if measure_refs:
        b["measureRefs"] = measure_refs
    if deadline_refs:
        b["deadlineRefs"] = deadline_refs
    reply(t, "PostponementNotice", created_at, b)


def evidence(t, created_at, measure_ref):
    b = body("EvidenceTransmission/minimal-one-document.json")
    b["request"] = t.request_ref()
    b["items"][0]["measureRef"] = measure_ref
    b["items"][0]["obtainedAt"] = created_at
    b["items"][0]["description"] = {"entries": [{"lang": "cs", "text": "Protokol o výslechu svědka.", "original": True}]}
    b["attachments"][0]["fileName"] = "protokol.pdf"
    b["attachments"][0]["language"] = "cs"
    reply(t, "EvidenceTransmission", created_at, b)


def closure(t, created_at, closed_on, reason):
    b = body("ClosureNotice/minimal.json")
    b["request"] = t.request_ref()
    b["closedOn"] = closed_on
    b["closedBy"] = {"id": "CZ:OSZ-Praha-1", "country": "CZ", "name": CZ["name"], "type": "PUBLIC_PROSECUTOR"}
    b["reason"] = reason
    reply(t, "ClosureNotice", created_at, b)


def refusal(t, created_at, scope, applies_to=None):
    b = body("RefusalNotice/minimal-ne-bis-in-idem.json")
    b["request"] = t.request_ref()
    b["scope"] = scope
    b["grounds"][0]["explanation"] = {"entries": [{"lang": "cs", "text": "Podezřelý byl za tentýž skutek pravomocně odsouzen.", "original": True}]}
    if applies_to:
        b["grounds"][0]["appliesTo"] = applies_to
    reply(t, "RefusalNotice", created_at, b)


def status(t, created_at, outcomes):
    reply(t, "StatusUpdate", created_at, {"request": t.request_ref(), "outcomes": [{"measureRef": m, "status": s} for m, s in outcomes]})


def withdrawal(t, created_at, still_required):
    b = body("WithdrawalNotice/minimal.json")
    b["request"] = t.request_ref()
    b["obtainedEvidenceStillRequired"] = still_required
    return t.add("WithdrawalNotice", created_at, b)


def epoc(name, emergency=False):
    t = Thread(name, DE, SP, "de")
    b = body("ProductionOrder/minimal.json")
    b["emergency"] = emergency
    second = copy.deepcopy(b["dataRequests"][0])
    second["id"] = "d2"
    b["dataRequests"][0]["id"] = "d1"
    b["dataRequests"].append(second)
    b["enforcingAuthority"] = {"notified": True, "authority": {"id": "IE:DPP", "country": "IE", "name": EA["name"], "type": "PUBLIC_PROSECUTOR"},
                               "notifiedAt": "2026-11-27T08:15:00Z"}
    t.add("ProductionOrder", "2026-11-27T08:15:00Z", b)
    return t


def preservation(name):
    t = Thread(name, DE, SP, "de")
    t.add("PreservationOrder", "2026-11-16T10:00:00Z", body("PreservationOrder/minimal.json"))
    return t


def extension(t, created_at, until):
    b = body("PreservationExtension/minimal.json")
    b["preservationOrder"] = t.request_ref()
    b["extendedUntil"] = until
    t.add("PreservationExtension", created_at, b)


def main():
    threads = []

    # EIO executed in part, with a postponement of one measure and its resumption.
    t = eio("eio-partial-execution-postponement")
    ack(t, "2026-11-24T10:00:00Z", "2026-11-24T09:30:00Z")
    recognition(t, "2026-12-10T12:00:00Z", "2026-12-10", [("m1", "RECOGNISED"), ("m2", "RECOGNISED")])
    report(t, "2027-01-05T10:00:00Z", False, [("m1", "EXECUTED")])
    postponement(t, "2027-01-10T00:00:00Z", "POSTPONED", ["m2"])
    postponement(t, "2027-02-09T00:00:00Z", "RESUMED", ["m2"])
    evidence(t, "2027-03-01T10:00:00Z", "m2")
    report(t, "2027-03-02T10:00:00Z", False, [("m2", "PARTIALLY_EXECUTED")])
    threads.append(t)

    # EIO refused in part: one measure refused, the other recognised.
    t = eio("eio-refused-in-part")
    ack(t, "2026-11-25T08:00:00Z", "2026-11-25T08:00:00Z")
    refusal(t, "2026-12-01T09:00:00Z", "PARTIAL", ["m2"])
    recognition(t, "2026-12-01T09:05:00Z", "2026-12-01", [("m1", "RECOGNISED")])
    threads.append(t)

    # EIO withdrawn as a whole; evidence sent afterwards is not wanted.
    t = eio("eio-withdrawn", two_measures=False)
    ack(t, "2026-11-24T10:00:00Z", "2026-11-24T09:30:00Z")
    withdrawal_id = withdrawal(t, "2026-12-02T08:00:00Z", False)
    reply(t, "WithdrawalAcknowledgement", "2026-12-02T15:00:00Z",
          {"withdrawalId": withdrawal_id, "request": t.request_ref(), "acknowledgedAt": "2026-12-02T15:00:00Z", "measuresStopped": ["m1"]})
    evidence(t, "2026-12-05T10:00:00Z", "m1")
    threads.append(t)

    # EPOC with a notified enforcing authority that raises no ground; both data requests produced.
    t = epoc("epoc-enforcing-review")
    b = body("EnforcingAuthorityDecision/minimal-no-grounds.json")
    b["order"] = t.request_ref()
    b["decidedAt"] = "2026-12-01T16:00:00Z"
    t.add("EnforcingAuthorityDecision", "2026-12-01T16:05:00Z", b, sender=EA, recipient=DE, language="en")
    for created, ref in (("2026-12-03T09:00:00Z", "d1"), ("2026-12-03T09:10:00Z", "d2")):
        e = body("EvidenceTransmission/minimal-one-document.json")
        e["request"] = t.request_ref()
        e["items"][0]["measureRef"] = ref
        e["items"][0]["obtainedAt"] = created
        e["items"][0]["description"] = {"entries": [{"lang": "en", "text": "Subscriber data export.", "original": True}]}
        e["attachments"][0]["fileName"] = f"subscriber-{ref}.csv"
        e["attachments"][0]["mediaType"] = "text/csv"
        e["attachments"][0]["language"] = "en"
        t.add("EvidenceTransmission", created, e, sender=SP, recipient=DE, language="en")
    threads.append(t)

    # EPOC-PR extended by 30 days (annex VI), then a subsequent request for production confirmed (annex V).
    t = preservation("epoc-pr-extension")
    extension(t, "2027-01-10T09:00:00Z", "2027-02-14")
    b = body("SubsequentProductionConfirmation/minimal.json")
    b["preservationOrder"] = t.request_ref()
    t.add("SubsequentProductionConfirmation", "2027-02-01T09:00:00Z", b)
    threads.append(t)

    # UNTOC request with a requested deadline; the requested State asks for more information, gets it, executes.
    t = Thread("untoc-more-information", BR, ES, "pt")
    t.add("AssistanceRequest", "2026-11-20T13:40:00Z", body("AssistanceRequest/untoc-br-es-witness-videoconference.json"))
    q = body("RequestForAdditionalInformation/full-untoc-hearing-details.json")
    q["request"] = t.request_ref()
    t.add("RequestForAdditionalInformation", "2026-11-27T12:00:00Z", q, sender=ES, recipient=BR, language="es")
    a = body("AdditionalInformationResponse/untoc-br-es-hearing-details.json")
    a["originalRequest"] = t.request_ref()
    t.add("AdditionalInformationResponse", "2026-12-03T17:45:00Z", a)
    r = {"request": t.request_ref(), "final": True, "outcomes": [{"measureRef": "m1", "status": "EXECUTED"}]}
    t.add("ExecutionReport", "2027-02-11T10:00:00Z", r, sender=ES, recipient=BR, language="es")
    threads.append(t)

    # One sample per MLAT-FLOW code.
    t = eio("flow-no-request", two_measures=False)
    ack(t, "2026-11-24T10:00:00Z", "2026-11-24T09:30:00Z")
    t.messages.pop(0)
    threads.append(t)

    t = eio("flow-second-request", two_measures=False)
    t.add("AssistanceRequest", "2026-11-23T10:00:00Z", eio_request(False))
    threads.append(t)

    t = eio("flow-other-conversation", two_measures=False)
    stranger = Thread("flow-other-conversation/stranger", AT, CZ, "de")
    stranger.add("AssistanceRequest", "2026-11-22T09:00:00Z", eio_request(False))
    ack(stranger, "2026-11-24T10:00:00Z", "2026-11-24T09:30:00Z")
    t.messages.append(stranger.messages[1])
    threads.append(t)

    t = Thread("flow-not-in-instrument", BR, ES, "pt")
    t.add("AssistanceRequest", "2026-11-20T13:40:00Z", body("AssistanceRequest/untoc-br-es-witness-videoconference.json"))
    t.add("RecognitionDecision", "2026-11-30T09:00:00Z", {"request": t.request_ref(), "decidedOn": "2026-11-30",
                                                          "decisions": [{"measureRef": "m1", "decision": "RECOGNISED"}]}, sender=ES, recipient=BR, language="es")
    threads.append(t)

    t = eio("flow-not-expected", two_measures=False)
    report(t, "2026-11-26T10:00:00Z", True, [("m1", "EXECUTED")])
    threads.append(t)

    t = eio("flow-after-refusal", two_measures=False)
    refusal(t, "2026-12-01T09:00:00Z", "WHOLE")
    recognition(t, "2026-12-02T09:00:00Z", "2026-12-02", [("m1", "RECOGNISED")])
    threads.append(t)

    t = eio("flow-after-withdrawal", two_measures=False)
    withdrawal(t, "2026-11-30T08:00:00Z", False)
    recognition(t, "2026-12-01T09:00:00Z", "2026-12-01", [("m1", "RECOGNISED")])
    threads.append(t)

    t = eio("flow-case-closed", two_measures=False)
    closure(t, "2026-12-01T09:00:00Z", "2026-12-01", "OTHER")
    status(t, "2026-12-02T09:00:00Z", [("m1", "IN_PROGRESS")])
    threads.append(t)

    t = eio("flow-unknown-measure", two_measures=False)
    status(t, "2026-11-26T09:00:00Z", [("m1", "IN_PROGRESS"), ("m9", "IN_PROGRESS")])
    threads.append(t)

    t = eio("flow-unknown-deadline", two_measures=False)
    postponement(t, "2026-11-26T09:00:00Z", "POSTPONED", deadline_refs=["dl-unknown"])
    threads.append(t)

    t = eio("flow-extension-beyond-limit", two_measures=False)
    ack(t, "2026-11-24T10:00:00Z", "2026-11-24T09:30:00Z")
    reply(t, "StatusUpdate", "2026-12-20T09:00:00Z", {
        "request": t.request_ref(),
        "outcomes": [{"measureRef": "m1", "status": "IN_PROGRESS"}],
        "delay": {"deadline": "RECOGNITION_DECISION", "newEstimatedDate": "2027-02-15",
                  "reason": {"entries": [{"lang": "cs", "text": "Soud dosud nerozhodl o uznání.", "original": True}]}},
    })
    threads.append(t)

    # EPOC data sent on day 3 while the enforcing authority's 10 days (art. 10(2)) still run, without its confirmation.
    t = epoc("flow-before-enforcing-review")
    e = body("EvidenceTransmission/minimal-one-document.json")
    e["request"] = t.request_ref()
    e["items"][0]["measureRef"] = "d1"
    e["items"][0]["obtainedAt"] = "2026-11-30T09:00:00Z"
    e["items"][0]["description"] = {"entries": [{"lang": "en", "text": "Subscriber data export.", "original": True}]}
    e["attachments"][0]["fileName"] = "subscriber-d1.csv"
    e["attachments"][0]["mediaType"] = "text/csv"
    e["attachments"][0]["language"] = "en"
    t.add("EvidenceTransmission", "2026-11-30T09:00:00Z", e, sender=SP, recipient=DE, language="en")
    threads.append(t)

    for t in threads:
        t.write()


if __name__ == "__main__":
    main()
