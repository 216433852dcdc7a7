using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0005: An EIO hearing by videoconference or telephone names the authority conducting the hearing (section H2).</summary>
internal sealed class EioRemoteHearingAuthorityRule : BusinessRule
{
    public override string Id => "MLAT-R-0005";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 24(6), 25; annex A section H2";

    public override string Description => "An EIO hearing by videoconference or telephone names the authority conducting the hearing (section H2).";

    // The mutual legal assistance profiles run the same check since 1.2 (MlaRequestChecks; MLAT-R-0120..0122).
    public override void Check(RuleContext context) => MlaRequestChecks.RemoteHearingConductingAuthority(context);
}
