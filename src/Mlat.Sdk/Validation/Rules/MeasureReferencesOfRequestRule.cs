using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0036: The measure references of a message name measures of the request it belongs to.</summary>
internal sealed class MeasureReferencesOfRequestRule : BusinessRule
{
    public override string Id => "MLAT-R-0036";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } =
    [
        MessageType.StatusQuery, MessageType.WithdrawalNotice, MessageType.RequestForAdditionalInformation,
        MessageType.RecognitionDecision, MessageType.RefusalNotice, MessageType.PostponementNotice, MessageType.StatusUpdate,
        MessageType.ExecutionReport, MessageType.EvidenceTransmission, MessageType.Consultation,
    ];

    public override string LegalSource => "Directive 2014/41/EU art. 10, 11, 12 and 16 (per-measure decisions); UNTOC art. 18(23)-(26)";

    public override string Description => "The measure references of a message name measures of the request it belongs to (checked when validated in the request's context).";

    public override void Check(RuleContext context)
    {
        // A reply does not contain the request: without it (MlatValidator.Validate(bytes, request)) nothing can be checked.
        if (context.Request is not { } request)
        {
            return;
        }

        var measures = request.Measures.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);

        void One(string? reference, string pointer)
        {
            if (reference is not null && !measures.Contains(reference))
            {
                context.Report(pointer);
            }
        }

        void Many(IReadOnlyList<string>? references, string pointer)
        {
            for (var i = 0; i < (references?.Count ?? 0); i++)
            {
                One(references![i], At(pointer, i));
            }
        }

        switch (context.Body)
        {
            case StatusQuery q:
                Many(q.MeasureRefs, "/body/measureRefs");
                break;
            case WithdrawalNotice w:
                Many(w.MeasureRefs, "/body/measureRefs");
                break;
            case PostponementNotice p:
                Many(p.MeasureRefs, "/body/measureRefs");
                break;
            case Consultation c:
                Many(c.MeasureRefs, "/body/measureRefs");
                break;
            case RequestForAdditionalInformation r:
                for (var i = 0; i < r.Items.Count; i++)
                {
                    One(r.Items[i].MeasureRef, At("/body/items", i) + "/measureRef");
                }

                break;
            case RecognitionDecision d:
                for (var i = 0; i < d.Decisions.Count; i++)
                {
                    One(d.Decisions[i].MeasureRef, At("/body/decisions", i) + "/measureRef");
                }

                break;
            case RefusalNotice n:
                for (var i = 0; i < n.Grounds.Count; i++)
                {
                    Many(n.Grounds[i].AppliesTo, At("/body/grounds", i) + "/appliesTo");
                }

                break;
            case StatusUpdate u:
                Outcomes(u.Outcomes);
                Many(u.Delay?.MeasureRefs, "/body/delay/measureRefs");
                break;
            case ExecutionReport e:
                Outcomes(e.Outcomes);
                break;
            case EvidenceTransmission t:
                for (var i = 0; i < t.Items.Count; i++)
                {
                    One(t.Items[i].MeasureRef, At("/body/items", i) + "/measureRef");
                }

                break;
        }

        void Outcomes(IReadOnlyList<MeasureOutcome> outcomes)
        {
            for (var i = 0; i < outcomes.Count; i++)
            {
                One(outcomes[i].MeasureRef, At("/body/outcomes", i) + "/measureRef");
            }
        }
    }
}
