using Mlat.Sdk.Cases;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Tests.Cases;

/// <summary>
/// Builds messages for a transition row from the valid 1.2 samples: the sample's body, changed with <c>with</c> so its
/// content meets the row's condition and guard, in a header of the conversation under test.
/// </summary>
internal sealed class CaseMessages(CaseInstrument instrument)
{
    private static readonly Dictionary<string, MlatMessage> Templates = [];
    private static readonly Party Requester = new() { Country = CountryCode.AT, AuthorityId = "AT:StA-Wien", Name = "Staatsanwaltschaft Wien", Role = PartyRole.Issuing };
    private static readonly Party Executor = new() { Country = CountryCode.CZ, AuthorityId = "CZ:OSZ-Praha-1", Name = "OSZ Praha 1", Role = PartyRole.Executing };
    private static readonly Party Enforcer = new() { Country = CountryCode.CZ, AuthorityId = "CZ:NSZ", Name = "NSZ", Role = PartyRole.EnforcingAuthority };

    private readonly DateTimeOffset start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private int counter;

    public Guid Conversation { get; } = new("00000000-0000-4000-9000-000000000000");

    private static MlatMessage Template(string path)
    {
        lock (Templates)
        {
            if (!Templates.TryGetValue(path, out var m))
            {
                var report = MlatValidator.Default.Validate(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.2", "valid", path)));
                Assert.True(report.IsSuccess, path);
                Templates[path] = m = report.Message!;
            }

            return m;
        }
    }

    public MlatMessage Opening()
    {
        MessageBody body = instrument switch
        {
        CaseInstrument.Eio => Request("AssistanceRequest/minimal.json"),
        CaseInstrument.MutualLegalAssistance => Request("AssistanceRequest/untoc-br-es-witness-videoconference.json"),
        CaseInstrument.Epoc => Order(Profile.Epoc),
        CaseInstrument.Cets224Production => Order(Profile.Cets224Art7),
        CaseInstrument.EpocPreservation => Preservation(Profile.EpocPr),
        CaseInstrument.BudapestPreservation => Preservation(Profile.BudapestArt29),
        _ => Template("InterceptionNotification/minimal.json").Body,
        };
        return Wrap(body.MessageType, CaseSide.Requesting, body, opening: true);
    }

    private static AssistanceRequest Request(string path)
    {
        var r = (AssistanceRequest)Template(path).Body;
        return r with { Measures = [r.Measures[0] with { Id = "m1" }, r.Measures[0] with { Id = "m2" }] };
    }

    private static ProductionOrder Order(Profile profile)
    {
        var o = (ProductionOrder)Template("ProductionOrder/minimal.json").Body;
        return o with
        {
            Profile = profile,
            DataRequests = [o.DataRequests[0] with { Id = "m1" }, o.DataRequests[0] with { Id = "m2" }],
            EnforcingAuthority = profile == Profile.Epoc ? new EnforcingAuthorityNotification { Notified = true, NotifiedAt = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero) } : null,
        };
    }

    private static PreservationOrder Preservation(Profile profile)
    {
        var o = (PreservationOrder)Template("PreservationOrder/minimal.json").Body;
        return o with { Profile = profile, DataRequests = [o.DataRequests[0] with { Id = "m1" }, o.DataRequests[0] with { Id = "m2" }] };
    }

    /// <summary>A message that the row accepts: its type, sender side, condition and guard.</summary>
    public MlatMessage For(CaseTransition row, string partial = "m2")
    {
        var side = row.Sender ?? CaseSide.Executing;
        if (row.MessageType is MessageType.AssistanceRequest or MessageType.ProductionOrder or MessageType.PreservationOrder or MessageType.InterceptionNotification)
        {
            // A second opening message: a new message id (the same id would be the same message).
            var again = Opening();
            return again with { Header = again.Header with { MessageId = new Guid($"00000000-0000-4000-8000-{++counter:D12}") } };
        }

        var reference = new RequestReference { MessageId = Conversation };
        var whole = row.Condition != TransitionCondition.Partial;
        MessageBody body = row.MessageType switch
        {
            MessageType.AcknowledgementOfReceipt => (AcknowledgementOfReceipt)Template("AcknowledgementOfReceipt/minimal-annex-b.json").Body with { Request = reference },
            MessageType.ForwardingNotice => (ForwardingNotice)Template("ForwardingNotice/minimal-not-competent.json").Body with { Request = reference },
            MessageType.RequestForAdditionalInformation => (RequestForAdditionalInformation)Template("RequestForAdditionalInformation/minimal-unclear-role.json").Body with { Request = reference },
            MessageType.AdditionalInformationResponse => Template("AdditionalInformationResponse/minimal.json").Body,
            MessageType.SupplementaryRequest => (SupplementaryRequest)Template("SupplementaryRequest/minimal.json").Body with { OriginalRequest = reference },
            MessageType.RecognitionDecision => new RecognitionDecision
            {
                Request = reference,
                DecidedOn = new DateOnly(2026, 12, 1),
                Decisions = row.Condition == TransitionCondition.NoneRecognised
                    ? [new MeasureDecision { MeasureRef = "m1", Decision = RecognitionOutcome.NotRecognised }, new MeasureDecision { MeasureRef = "m2", Decision = RecognitionOutcome.NotRecognised }]
                    : [new MeasureDecision { MeasureRef = "m1", Decision = RecognitionOutcome.Recognised }],
            },
            MessageType.RefusalNotice => Refusal(reference, whole, partial),
            MessageType.PostponementNotice => new PostponementNotice { Request = reference, Action = row.Condition == TransitionCondition.Resumed ? PostponementAction.Resumed : PostponementAction.Postponed },
            MessageType.StatusUpdate => new StatusUpdate { Request = reference, Outcomes = [new MeasureOutcome { MeasureRef = "m1", Status = MeasureStatus.InProgress }] },
            MessageType.ExecutionReport => new ExecutionReport
            {
                Request = reference,
                Final = row.Condition == TransitionCondition.Final,
                Outcomes = [new MeasureOutcome { MeasureRef = "m1", Status = row.Condition == TransitionCondition.Final ? MeasureStatus.Executed : MeasureStatus.InProgress }],
            },
            MessageType.EvidenceTransmission => Evidence(reference),
            MessageType.EvidenceReceipt => (EvidenceReceipt)Template("EvidenceReceipt/minimal.json").Body with { Request = reference },
            MessageType.WithdrawalNotice => (WithdrawalNotice)Template("WithdrawalNotice/minimal.json").Body with
            {
                Request = reference,
                Scope = whole ? WithdrawalScope.Whole : WithdrawalScope.Partial,
                MeasureRefs = whole ? null : [partial],
                ObtainedEvidenceStillRequired = true,
            },
            MessageType.WithdrawalAcknowledgement => (WithdrawalAcknowledgement)Template("WithdrawalAcknowledgement/minimal.json").Body with { Request = reference },
            MessageType.StatusQuery => (StatusQuery)Template("StatusQuery/minimal.json").Body with { Request = reference },
            MessageType.Consultation => Template("Consultation/minimal-formalities.json").Body,
            MessageType.ClosureNotice => (ClosureNotice)Template("ClosureNotice/minimal.json").Body with { Request = reference, EvidenceStillToFollow = true },
            MessageType.TechnicalRejection => Template("TechnicalRejection/minimal-unparseable.json").Body,
            MessageType.EnforcingAuthorityDecision => (EnforcingAuthorityDecision)Template("EnforcingAuthorityDecision/minimal-no-grounds.json").Body with
            {
                Order = reference,
                Decision = row.Condition == TransitionCondition.NoGroundsRaised ? EnforcingDecisionKind.NoGroundsRaised : EnforcingDecisionKind.GroundsRaised,
                Grounds = row.Condition == TransitionCondition.NoGroundsRaised ? null : [EnforcingRefusalGround.FundamentalRights],
                DataRequestRefs = whole ? null : [partial],
            },
            MessageType.ImpossibilityNotice => (ImpossibilityNotice)Template("ImpossibilityNotice/minimal.json").Body with
            {
                Order = reference,
                Reasons = [new NonExecutionReason { DataRequestRef = whole ? null : partial, Reasons = [ImpossibilityReason.DataNotHeld] }],
            },
            MessageType.PreservationResponse => (PreservationResponse)Template("PreservationResponse/budapest-art29-de-us-preserved.json").Body with
            {
                PreservationRequest = reference,
                Result = row.To == RequestState.Refused ? PreservationResult.Refused : PreservationResult.Preserved,
                PreservedUntil = row.To == RequestState.Refused ? null : new DateOnly(2027, 3, 1),
                RefusalGrounds = row.To == RequestState.Refused
                    ? [new RefusalGround { Code = RefusalGroundCode.EssentialInterests, LegalReference = new LegalReference { Instrument = InstrumentCode.Ets185, Article = "29" }, Explanation = MultilingualText.Of(LanguageCode.En, "Essential interests.") }]
                    : null,
                DataRequestRefs = whole ? null : [partial],
            },
            MessageType.PreservationExtension => (PreservationExtension)Template("PreservationExtension/minimal.json").Body with { PreservationOrder = reference, ExtendedUntil = new DateOnly(2027, 2, 1) },
            MessageType.SubsequentProductionConfirmation => (SubsequentProductionConfirmation)Template("SubsequentProductionConfirmation/minimal.json").Body with { PreservationOrder = reference },
            MessageType.InterceptionObjection => (InterceptionObjection)Template("InterceptionObjection/minimal.json").Body with { Notification = reference },
            _ => throw new InvalidOperationException("no builder for " + row.MessageType),
        };
        return Wrap(row.MessageType, side, body, opening: false);
    }

    private static RefusalNotice Refusal(RequestReference reference, bool whole, string partial)
    {
        var r = (RefusalNotice)Template("RefusalNotice/minimal-ne-bis-in-idem.json").Body;
        return r with
        {
            Request = reference,
            Scope = whole ? RefusalScope.Whole : RefusalScope.Partial,
            Grounds = [r.Grounds[0] with { AppliesTo = whole ? null : [partial] }],
        };
    }

    private static EvidenceTransmission Evidence(RequestReference reference)
    {
        var e = (EvidenceTransmission)Template("EvidenceTransmission/minimal-one-document.json").Body;
        return e with { Request = reference, Items = [e.Items[0] with { MeasureRef = "m1" }] };
    }

    private MlatMessage Wrap(MessageType type, CaseSide side, MessageBody body, bool opening)
    {
        var n = ++counter;
        var id = opening ? Conversation : new Guid($"00000000-0000-4000-8000-{n:D12}");
        return new MlatMessage
        {
            Header = new MessageHeader
            {
                Version = MlatVersion.Create(1, 2),
                MessageType = type,
                MessageId = id,
                ConversationId = Conversation,
                CreatedAt = start.AddHours(opening ? 0 : n),
                Sender = side switch { CaseSide.Requesting => Requester, CaseSide.EnforcingAuthority => Enforcer, _ => Executor },
                Recipient = side == CaseSide.Requesting ? Executor : Requester,
                Language = LanguageCode.De,
            },
            Body = body,
        };
    }
}
