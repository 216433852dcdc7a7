using System.Collections.Frozen;
using System.Text.Json;

namespace Mlat.Sdk.Rendering;

/// <summary>
/// Every label key a complete pack must have, derived from what exists — never from a hand list: the member names and
/// code lists of the embedded schemas (<c>field.&lt;member&gt;</c>, <c>code.&lt;list&gt;.&lt;value&gt;</c>), the forms
/// and sections of the layouts (<c>form.&lt;id&gt;</c>, <c>section.&lt;form&gt;.&lt;id&gt;</c>), the page's own words
/// (<c>ui.&lt;word&gt;</c>, <see cref="RenderText"/>) and the signer roles (<c>code.SignerRole.&lt;role&gt;</c>).
/// </summary>
internal static class LabelKeys
{
    private static readonly Lazy<FrozenSet<string>> AllKeys = new(() => Derive(SchemaShapes.Embedded.Versions), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The keys of every embedded release.</summary>
    public static FrozenSet<string> All => AllKeys.Value;

    /// <summary>The keys of the given releases: what a pack covering them must have.</summary>
    public static FrozenSet<string> For(IEnumerable<string> releases) => Derive(releases);

    public static string Field(string member) => "field." + member;

    public static string Code(string list, string value) => "code." + list + "." + value;

    public static string Form(string form) => "form." + form;

    public static string Section(string form, string section) => "section." + form + "." + section;

    public static string Ui(RenderText text) => UiKeys[text];

    public static string SignerRole(Envelopes.SignerRole role) => SignerRoleKeys[role];

    private static readonly FrozenDictionary<RenderText, string> UiKeys = Enum.GetValues<RenderText>()
        .ToFrozenDictionary(t => t, t => "ui." + JsonNamingPolicy.CamelCase.ConvertName(t.ToString()));

    private static readonly FrozenDictionary<Envelopes.SignerRole, string> SignerRoleKeys = Enum.GetValues<Envelopes.SignerRole>()
        .ToFrozenDictionary(r => r, r => "code.SignerRole." + r.ToString());

    private static FrozenSet<string> Derive(IEnumerable<string> releases)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var (fields, codes) = SchemaShapes.Embedded.DeriveKeys(releases);
        keys.UnionWith(fields.Select(Field));
        foreach (var (list, values) in codes)
        {
            keys.UnionWith(values.Select(v => Code(list, v)));
        }

        foreach (var form in FormLayouts.Embedded.Forms)
        {
            keys.Add(Form(form.Id));
            keys.UnionWith(form.Sections.Select(s => Section(form.Id, s.Id)));
        }

        keys.UnionWith(UiKeys.Values);
        keys.UnionWith(SignerRoleKeys.Values);
        return keys.ToFrozenSet(StringComparer.Ordinal);
    }
}
