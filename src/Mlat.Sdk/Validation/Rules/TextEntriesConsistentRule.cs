using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0030: A free-text member has exactly one original entry and at most one entry per language.</summary>
internal sealed class TextEntriesConsistentRule : BusinessRule
{
    public override string Id => "MLAT-R-0030";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = Enum.GetValues<MessageType>();

    public override string LegalSource => "Mlat 1.0 standard, MultilingualText (schemas/1.0/common/types.schema.json); Directive 2014/41/EU art. 5(2)";

    public override string Description => "A free-text member has exactly one original entry and at most one entry per language.";

    public override void Check(RuleContext context)
    {
        foreach (var (path, text) in context.Model.Texts)
        {
            var originals = 0;
            for (var i = 0; i < text.Entries.Count; i++)
            {
                var entry = text.Entries[i];
                if (Repeats(text, i))
                {
                    context.Report(path + "/entries/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/lang");
                }

                if (entry.Original && ++originals > 1)
                {
                    context.Report(path + "/entries/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/original");
                }
            }

            if (originals == 0)
            {
                context.Report(path + "/entries");
            }
        }
    }

    // Texts have a handful of entries: a quadratic scan allocates nothing.
    private static bool Repeats(MultilingualText text, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (text.Entries[j].Lang == text.Entries[index].Lang)
            {
                return true;
            }
        }

        return false;
    }
}
