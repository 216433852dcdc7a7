using Mlat.Sdk.Rendering;
using NJsonSchema;

namespace Mlat.Sdk.Tests.Rendering;

public class LabelPackTests
{
    private static readonly string Resources = Path.Combine(TestPaths.RepoRoot, "src", "Mlat.Sdk", "Rendering", "Resources");

    public static TheoryData<string> Languages() => new(RenderedPage.Languages);

    [Fact]
    public void English_French_German_and_Spanish_packs_are_embedded_and_complete()
    {
        Assert.Equal(["de", "en", "es", "fr"], LabelPack.Available);
        Assert.All(LabelPack.Available, l => Assert.True(LabelPack.Get(l).IsComplete, l));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Complete_pack_has_every_derived_key_and_no_other(string language)
    {
        var pack = LabelPack.Get(language);
        Assert.Superset(new HashSet<string>(["1.0", "1.1", "1.2"]), pack.Releases.ToHashSet());
        Assert.Subset(SchemaShapes.Embedded.Versions.ToHashSet(), pack.Releases.ToHashSet());
        var expected = LabelKeys.For(pack.Releases);
        var missing = expected.Where(k => !pack.Labels.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var unknown = pack.Labels.Keys.Where(k => !expected.Contains(k)).Order(StringComparer.Ordinal).ToList();
        // Every key is listed (one a line), so a new release's labels can be written from the failure message alone.
        Assert.True(missing.Count == 0, $"{missing.Count} keys missing in {language}:\n{string.Join("\n", missing)}");
        Assert.True(unknown.Count == 0, $"{unknown.Count} unknown keys in {language}:\n{string.Join("\n", unknown)}");
    }

    [Fact]
    public void Derived_keys_follow_the_schemas_layouts_and_page_words()
    {
        // The derivation is what the completeness test trusts, so pin that it reads each source: a member of every
        // embedded message schema, a value of every code list, every section of every layout and every page word.
        var shapes = SchemaShapes.Embedded;
        IReadOnlySet<string> all = LabelKeys.All;
        Assert.All(shapes.FieldNames, f => Assert.Contains("field." + f, all));
        Assert.All(shapes.CodeLists, kv => Assert.All(kv.Value, v => Assert.Contains($"code.{kv.Key}.{v}", all)));
        Assert.All(FormLayouts.Embedded.Forms.SelectMany(f => f.Sections.Select(s => $"section.{f.Id}.{s.Id}")), k => Assert.Contains(k, all));
        Assert.All(Enum.GetValues<RenderText>(), t => Assert.Contains(LabelKeys.Ui(t), all));
        Assert.Contains("code.CountryCode.DE", all);
        Assert.Contains("code.RefusalGroundCode.EIO_ART11_1_D", all);
        Assert.Contains("code.Header.messageType.AssistanceRequest", all);
        Assert.DoesNotContain(all, k => k.StartsWith("code.Header.version.", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Pack_file_is_valid_against_the_label_schema(string language)
    {
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(Path.Combine(Resources, "labels.schema.json")));
        var errors = schema.Validate(await File.ReadAllTextAsync(Path.Combine(Resources, "labels", language + ".json")));
        Assert.Empty(errors.Select(e => $"{e.Kind} {e.Path}"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_label_records_its_source_and_official_wording_names_where_it_comes_from(string language)
    {
        var pack = LabelPack.Get(language);
        Assert.All(pack.Labels, kv =>
        {
            Assert.False(string.IsNullOrWhiteSpace(kv.Value.Text), kv.Key);
            Assert.True(kv.Value.Source is LabelSource.Official or LabelSource.UnofficialTranslation, kv.Key);
            if (kv.Value.Source == LabelSource.Official)
            {
                Assert.False(string.IsNullOrWhiteSpace(kv.Value.Reference), kv.Key);
            }
        });
    }

    [Fact]
    public void Refusal_grounds_name_their_article_in_every_language()
    {
        foreach (var language in RenderedPage.Languages)
        {
            var grounds = LabelPack.Get(language).Labels.Where(kv => kv.Key.StartsWith("code.RefusalGroundCode.", StringComparison.Ordinal)
                && !kv.Key.EndsWith(".OTHER", StringComparison.Ordinal) && !kv.Key.EndsWith(".BILATERAL_TREATY_GROUND", StringComparison.Ordinal));
            Assert.All(grounds, kv => Assert.Matches(@"\b(art|Art|artículo|article)\.? ?\d", kv.Value.Text));
        }
    }

    [Fact]
    public void Official_section_titles_are_marked_as_such()
    {
        Assert.Equal(LabelSource.Official, LabelPack.Get("en").Labels["section.eio-annex-a.B"].Source);
        Assert.Equal("ABSCHNITT B: Dringlichkeit", LabelPack.Get("de").Labels["section.eio-annex-a.B"].Text);
        Assert.Equal(LabelSource.Official, LabelPack.Get("de").Labels["section.eio-annex-a.B"].Source);
        Assert.Equal(LabelSource.UnofficialTranslation, LabelPack.Get("fr").Labels["section.eio-annex-a.B"].Source);
    }
}
