using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0123: A remote hearing for which the issuing or executing State provides an interpreter names the language to interpret.</summary>
internal sealed class InterpreterLanguageRule : BusinessRule
{
    public override string Id => "MLAT-R-0123";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = [Profile.Eio, Profile.MlaUntoc, Profile.MlaUncac, Profile.MlaEts030, Profile.MlaBilateral, Profile.MlaEu2000, Profile.MlaRegional, Profile.MlaCybercrime, Profile.MlaReciprocity];

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest];

    public override string LegalSource => "Directive 2014/41/EU art. 24(5)(e); EU MLA Convention 2000 art. 10(5)(d) (the requested State ensures the person heard is assisted by an interpreter); Directive 2010/64/EU art. 2(1) (error: an interpreter is requested, and without a language it cannot be provided)";

    public override string Description => "A remote hearing for which the issuing or executing State provides an interpreter names the language to interpret (interpreterLanguages or interpreterLanguagesIso6393).";

    public override void Check(RuleContext context)
    {
        // RemoteHearingDetails.interpreter (1.2) says an interpreter is needed and who provides it; the requested State's
        // duty to provide one (EIO art. 24(5)(e), EU MLA Convention 2000 art. 10(5)(d)) cannot be met without the language.
        var request = (AssistanceRequest)context.Body;
        for (var i = 0; i < request.Measures.Count; i++)
        {
            if (request.Measures[i].Details?.RemoteHearing is { Interpreter: InterpreterArrangement.IssuingState or InterpreterArrangement.ExecutingState } hearing
                && (hearing.InterpreterLanguages?.Count ?? 0) == 0
                && (hearing.InterpreterLanguagesIso6393?.Count ?? 0) == 0)
            {
                context.Report(At("/body/measures", i) + "/details/remoteHearing/interpreterLanguages");
            }
        }
    }
}
