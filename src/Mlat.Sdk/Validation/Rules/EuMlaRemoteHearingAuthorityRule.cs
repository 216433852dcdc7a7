using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0120: A hearing by videoconference or telephone under the EU MLA Convention 2000 or the 1959 Convention with its Second Protocol names the authority conducting the hearing.</summary>
internal sealed class EuMlaRemoteHearingAuthorityRule : BusinessRule
{
    public override string Id => "MLAT-R-0120";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.MlaEts030, Profile.MlaEu2000];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "EU MLA Convention 2000 art. 10(5)(c) (the hearing is conducted by, or under the direction of, the judicial authority of the requesting State: error, the instrument requires it); ETS 182 art. 9 (hearing by video conference under the 1959 Convention)";

    public override string Description => "A hearing by videoconference or telephone under the EU MLA Convention 2000 or ETS 030 with ETS 182 names the authority conducting the hearing.";

    // EU MLA Convention 2000 art. 10(5)(c): the requesting State's judicial authority conducts or directs the hearing,
    // so the requested State cannot set up the link without knowing which authority that is.
    public override void Check(RuleContext context) => MlaRequestChecks.RemoteHearingConductingAuthority(context);
}
