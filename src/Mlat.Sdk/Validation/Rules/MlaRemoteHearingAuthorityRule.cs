using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0121: A hearing by videoconference or telephone under UNTOC, UNCAC, a bilateral or regional treaty, the Budapest Convention or reciprocity names the authority conducting the hearing (warning).</summary>
internal sealed class MlaRemoteHearingAuthorityRule : BusinessRule
{
    public override string Id => "MLAT-R-0121";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.MlaUntoc, Profile.MlaUncac, Profile.MlaBilateral, Profile.MlaRegional, Profile.MlaCybercrime, Profile.MlaReciprocity];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "UNTOC art. 18(18); UNCAC art. 46(18) (hearing by video conference; the States Parties may agree that a judicial authority of the requesting State conducts it: warning, good practice rather than a requirement)";

    public override string Description => "A hearing by videoconference or telephone names the authority conducting the hearing (warning: the requested State needs it to arrange the link).";

    // UNTOC art. 18(18), UNCAC art. 46(18): who conducts the hearing is left to agreement, so naming the authority in
    // the request is good practice; the EU and Council of Europe instruments require it (MLAT-R-0120).
    public override void Check(RuleContext context) => MlaRequestChecks.RemoteHearingConductingAuthority(context);
}
