using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Rendering;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Tests.Rendering;

/// <summary>Helpers for the rendering tests: samples, strict HTML parsing, leaf values and label texts.</summary>
internal static class RenderedPage
{
    public static readonly string[] Languages = ["en", "fr", "de", "es"];

    /// <summary>
    /// Every valid sample of every release the label packs cover, relative to samples/: the valid/ folder and the
    /// samples that satisfy a business rule (rules/&lt;code&gt;/satisfies-*.json).
    /// </summary>
    public static IEnumerable<string> ValidSamples() =>
        Directory.EnumerateDirectories(TestPaths.Samples)
            .Where(d => Directory.Exists(Path.Combine(d, "valid")))
            .Where(d => Languages.All(l => LabelPack.Get(l).Releases.Contains(Path.GetFileName(d))))
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(d, "valid"), "*.json", SearchOption.AllDirectories)
                .Concat(Directory.Exists(Path.Combine(d, "rules"))
                    ? Directory.EnumerateFiles(Path.Combine(d, "rules"), "satisfies-*.json", SearchOption.AllDirectories)
                    : []))
            .Select(f => Path.GetRelativePath(TestPaths.Samples, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static MlatMessage Load(string sample) => Bind(File.ReadAllBytes(Path.Combine(TestPaths.Samples, sample)));

    public static MlatMessage Bind(byte[] json)
    {
        var report = MlatValidator.Default.Validate(json);
        Assert.True(report.IsSuccess, string.Join(", ", report.Findings.Select(f => $"{f.Code} {f.Pointer}")));
        return report.Message!;
    }

    /// <summary>Parses the page strictly: any HTML5 parse error fails the test.</summary>
    public static IHtmlDocument Parse(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = true });
        return parser.ParseDocument(html);
    }

    /// <summary>Every leaf (string, number, boolean) of a JSON tree with its pointer.</summary>
    public static IEnumerable<(string Pointer, JsonElement Value)> Leaves(JsonElement node, string pointer = "")
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in node.EnumerateObject())
                {
                    foreach (var leaf in Leaves(p.Value, pointer + "/" + p.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in node.EnumerateArray())
                {
                    foreach (var leaf in Leaves(item, pointer + "/" + i++))
                    {
                        yield return leaf;
                    }
                }

                break;
            default:
                yield return (pointer, node);
                break;
        }
    }

    /// <summary>
    /// The text of the page that comes from labels only: the document's text without the elements that show values
    /// taken from the message (strings, numbers, raw codes, free text).
    /// </summary>
    public static string LabelText(IHtmlDocument document)
    {
        var copy = (IDocument)document.Clone(deep: true);
        foreach (var valueElement in copy.QuerySelectorAll(".s, .n, .r, .et, .mono, .raw-block, title").ToList())
        {
            valueElement.Remove();
        }

        return copy.Body!.TextContent;
    }

    /// <summary>Texts of other packs that the chosen pack does not also use, long enough not to occur by chance.</summary>
    public static IReadOnlyList<string> ForeignTexts(string language)
    {
        var own = LabelPack.Get(language).Labels.Values.Select(l => l.Text).ToList();
        var ownSet = own.ToHashSet(StringComparer.Ordinal);
        return LabelPack.Available.Where(l => l != language)
            .SelectMany(l => LabelPack.Get(l).Labels.Values.Select(v => v.Text))
            .Where(t => t.Length >= 6 && !ownSet.Contains(t) && !own.Any(o => o.Contains(t, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
