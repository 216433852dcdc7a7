using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0062: A refusal of an EIO on the grounds of art. 11(1)(a), (b), (d), (e) or (f) says that the issuing authority was consulted first (warning: the consultation may have happened outside the message thread).</summary>
internal sealed class EioPriorConsultationRule : BusinessRule
{
    public override string Id => "MLAT-R-0062";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.RefusalNotice];

    public override string LegalSource => "Directive 2014/41/EU art. 11(4)";

    public override string Description => "A refusal of an EIO on the grounds of art. 11(1)(a), (b), (d), (e) or (f) says that the issuing authority was consulted first (warning: the consultation may have happened outside the message thread).";

    public override void Check(RuleContext context)
    {
        var notice = (RefusalNotice)context.Body;
        var needsConsultation = notice.Grounds.Any(g => g.Code is RefusalGroundCode.EioArt11Para1A or RefusalGroundCode.EioArt11Para1B
            or RefusalGroundCode.EioArt11Para1D or RefusalGroundCode.EioArt11Para1E or RefusalGroundCode.EioArt11Para1F);
        if (needsConsultation && notice.PriorConsultation is not { Held: true })
        {
            context.Report("/body/priorConsultation");
        }
    }
}
