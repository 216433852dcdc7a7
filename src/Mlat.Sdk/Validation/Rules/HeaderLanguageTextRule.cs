using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0029: Every free-text member has an entry in the language of the header.</summary>
internal sealed class HeaderLanguageTextRule : BusinessRule
{
    public override string Id => "MLAT-R-0029";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = Enum.GetValues<MessageType>();

    public override string LegalSource => "Directive 2014/41/EU art. 5(2); UNTOC art. 18(14); ETS 030 art. 16";

    public override string Description => "Every free-text member has an entry in the language of the header.";

    public override void Check(RuleContext context)
    {
        var language = context.Message.Header.Language;
        foreach (var (path, text) in context.Model.Texts)
        {
            if (!HasLanguage(text, language))
            {
                context.Report(path + "/entries");
            }
        }
    }

    private static bool HasLanguage(MultilingualText text, LanguageCode language)
    {
        foreach (var entry in text.Entries)
        {
            if (entry.Lang == language)
            {
                return true;
            }
        }

        return false;
    }
}
