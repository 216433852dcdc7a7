using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0033: A person to be heard states the languages the person understands.</summary>
internal sealed class EioHearingLanguagesRule : BusinessRule
{
    public override string Id => "MLAT-R-0033";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU annex A section E(i) (languages the person understands); art. 24(5)(e) and Directive 2010/64/EU (interpretation)";

    public override string Description => "A person to be heard states the languages the person understands.";

    // The mutual legal assistance profiles run the same check since 1.2 (MlaRequestChecks; MLAT-R-0120..0122).
    public override void Check(RuleContext context) => MlaRequestChecks.HeardPersonsLanguages(context);
}
