using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0122: Outside the EIO, a person to be heard states the languages the person understands (warning).</summary>
internal sealed class MlaHearingLanguagesRule : BusinessRule
{
    public override string Id => "MLAT-R-0122";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.MlaUntoc, Profile.MlaUncac, Profile.MlaEts030, Profile.MlaBilateral, Profile.MlaEu2000, Profile.MlaRegional, Profile.MlaCybercrime, Profile.MlaReciprocity];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "EU MLA Convention 2000 art. 10(5)(d) (interpreter for the person heard, if necessary); Directive 2010/64/EU art. 2(1) and (4) (interpretation for a suspected or accused person who does not understand the language; warning: no MLA instrument requires the languages in the request)";

    public override string Description => "A person to be heard states the languages the person understands (warning: the requested State needs them to provide an interpreter).";

    // The interpreter the requested State must provide "if necessary" (EU MLA Convention 2000 art. 10(5)(d)) can only be
    // arranged when the request says which languages the person understands; the same check as MLAT-R-0033 for the EIO.
    public override void Check(RuleContext context) => MlaRequestChecks.HeardPersonsLanguages(context);
}
