using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0119: A Budapest art. 31 request names the preservation request it follows.</summary>
internal sealed class PreservationLinkRule : BusinessRule
{
    public override string Id => "MLAT-R-0119";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.MlaCybercrime];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Budapest Convention (ETS 185) art. 29(2)(f), 29(7) and 31(1)";

    public override string Description => "A request under Budapest art. 31 for stored computer data names the preservation request it follows (preservationRequests), so that the requested Party finds the preserved data before preservation lapses; a warning, as not every art. 31 request follows a preservation.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        var art31 = (request.LegalBasis ?? []).Any(b => b.Instrument == InstrumentCode.Ets185
            && b.Article is { } article && (article.Trim() == "31" || article.Trim().StartsWith("31(", StringComparison.Ordinal)));
        if (art31 && (request.PreservationRequests?.Count ?? 0) == 0)
        {
            context.Report("/body/preservationRequests");
        }
    }
}
