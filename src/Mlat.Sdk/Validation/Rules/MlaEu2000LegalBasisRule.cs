using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0106: A request under the EU MLA Convention 2000 names it, or its 2001 Protocol, as legal basis.</summary>
internal sealed class MlaEu2000LegalBasisRule : BusinessRule
{
    public override string Id => "MLAT-R-0106";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.MlaEu2000];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "EU MLA Convention 2000 art. 1; Protocol of 2001 art. 1–3; Directive 2014/41/EU art. 34(1)";

    public override string Description => "A request under the EU MLA Convention 2000 names that Convention or its 2001 Protocol in its legal basis.";

    public override void Check(RuleContext context)
    {
        var request = (AssistanceRequest)context.Body;
        if (!(request.LegalBasis ?? []).Any(l => l.Instrument is InstrumentCode.EuMlaConvention2000 or InstrumentCode.EuMlaProtocol2001))
        {
            context.Report("/body/legalBasis");
        }
    }
}
