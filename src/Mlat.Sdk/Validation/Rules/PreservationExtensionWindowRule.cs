using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0067: An extension of an EPOC-PR adds at most 30 days, and the data are preserved at most 90 days after the order (60 days and one extension of 30 days).</summary>
internal sealed class PreservationExtensionWindowRule : BusinessRule
{
    public override string Id => "MLAT-R-0067";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.EpocPr];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.PreservationExtension];

    public override string LegalSource => "Regulation (EU) 2023/1543 art. 11(1); annex VI";

    public override string Description => "An extension of an EPOC-PR adds at most 30 days, and the data are preserved at most 90 days after the order (60 days and one extension of 30 days).";

    public override void Check(RuleContext context)
    {
        // Runs under the EPOC_PR profile: forced, or taken from the order when validated in its context. A Budapest
        // art. 29 preservation (at least 60 days, renewable) has no such limit.
        var extension = (PreservationExtension)context.Body;
        // P1M counts 30.4375 days: more than the 30 days of art. 11(1).
        if (extension.Extension is { } added && added.TotalMonths * 365.25 / 12 > 30.001)
        {
            context.Report("/body/extension");
        }

        var ordered = context.RequestMessage is { Body: PreservationOrder } order ? order.Header.CreatedAt : context.Message.Header.CreatedAt;
        if (extension.ExtendedUntil > Calendar.AddDays(Day(ordered), 90))
        {
            context.Report("/body/extendedUntil");
        }
    }
}
