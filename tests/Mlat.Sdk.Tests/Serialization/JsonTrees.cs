using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Mlat.Sdk.Tests.Serialization;

/// <summary>A generated JSON value, kept abstract so that one tree can be written in many textual forms.</summary>
internal abstract record JsonTree;

internal sealed record JsonLiteral(string Text) : JsonTree;

/// <summary>A number: <see cref="Text"/> is one lexical form of it, <see cref="Shortest"/> whether it is the shortest one.</summary>
internal sealed record JsonNumber(string Text, bool Shortest) : JsonTree;

internal sealed record JsonText(string Value) : JsonTree;

internal sealed record JsonList(IReadOnlyList<JsonTree> Items) : JsonTree;

internal sealed record JsonMap(IReadOnlyList<KeyValuePair<string, JsonTree>> Members) : JsonTree;

/// <summary>How to write a <see cref="JsonTree"/>: layout, escaping, member order.</summary>
internal sealed record JsonStyle(bool Pretty, bool EscapeNonAscii, int? ShuffleSeed);

/// <summary>FsCheck generators of JSON trees and a writer for them.</summary>
internal static class JsonTrees
{
    /// <summary>Characters worth testing: ASCII, controls, escapes, Latin-1, BMP above surrogates, supplementary.</summary>
    private static readonly Gen<string> Character = Gen.OneOf(
        Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString()),
        Gen.Choose(0x00, 0x1F).Select(c => ((char)c).ToString()),
        Gen.Elements("\"", "\\", "/", "\u007f", "\u2028", "~", "€", "ö", "\ufb33", "\ue000", "\uffff"),
        Gen.Choose(0x80, 0xD7FF).Select(c => ((char)c).ToString()),
        Gen.Choose(0xE000, 0xFFFD).Select(c => ((char)c).ToString()),
        Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32));

    public static readonly Gen<string> Text = Gen.Sized(size => Gen.Choose(0, Math.Min(size, 12)))
        .SelectMany(n => Gen.ListOf(Character, n))
        .Select(parts => string.Concat(parts));

    /// <summary>Short names from a small alphabet, so that generated objects often share names across levels.</summary>
    public static readonly Gen<string> Name = Gen.OneOf(
        Gen.Elements("a", "b", "header", "body", "€", "\ud83d\ude02", "\ue000", "a/b", "m~n", "", "\u0001"),
        Text);

    private static readonly Gen<double> FiniteDouble = Gen.OneOf(
        ArbMap.Default.GeneratorFor<long>().Select(BitConverter.Int64BitsToDouble),
        ArbMap.Default.GeneratorFor<double>(),
        Gen.Elements(0.0, -0.0, 1e21, 1e-7, 1e-6, 0.000001, 123456789012345680000.0, 5e-324, 1.7976931348623157e308, 4.5, 0.002, 1e30))
        .Where(double.IsFinite);

    /// <summary>Numbers as written by other producers: shortest, long mantissa, exponent forms, integers in range.</summary>
    public static readonly Gen<JsonNumber> Number = Gen.OneOf(
        FiniteDouble.Select(d => new JsonNumber(d.ToString("R", CultureInfo.InvariantCulture), true)),
        FiniteDouble.Select(d => new JsonNumber(d.ToString("E16", CultureInfo.InvariantCulture), false)),
        Gen.Choose(-1_000_000, 1_000_000).Select(i => new JsonNumber(i.ToString(CultureInfo.InvariantCulture), true)),
        ArbMap.Default.GeneratorFor<long>()
            .Select(l => l % 9_007_199_254_740_992L)
            .Select(l => new JsonNumber(l.ToString(CultureInfo.InvariantCulture), Math.Abs(l) < 1_000_000_000_000_000L)));

    private static readonly Gen<JsonTree> Scalar = Gen.OneOf(
        Gen.Elements<JsonTree>(new JsonLiteral("null"), new JsonLiteral("true"), new JsonLiteral("false")),
        Number.Select(n => (JsonTree)n),
        Text.Select(s => (JsonTree)new JsonText(s)));

    /// <summary>Any JSON value, at most four levels deep and with few members per level.</summary>
    public static readonly Gen<JsonTree> Value = Gen.Sized(size => Tree(Math.Min(size, 4)));

    /// <summary>An object with unique member names (a document the strict reader must accept).</summary>
    public static readonly Gen<JsonMap> Object = Gen.Sized(size => Map(Math.Min(size, 4)));

    public static readonly Gen<JsonStyle> Style =
        from pretty in ArbMap.Default.GeneratorFor<bool>()
        from escape in ArbMap.Default.GeneratorFor<bool>()
        select new JsonStyle(pretty, escape, null);

    private static Gen<JsonTree> Tree(int depth) => depth <= 0
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (1, Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(Tree(depth - 1), n)).Select(items => (JsonTree)new JsonList(items.ToArray()))),
            (2, Map(depth - 1).Select(m => (JsonTree)m)));

    private static Gen<JsonMap> Map(int depth) =>
        Gen.Choose(0, 5)
            .SelectMany(n => Gen.ListOf(Gen.Zip(Name, depth <= 0 ? Scalar : Tree(depth - 1)), n))
            .Select(pairs => new JsonMap(pairs
                .DistinctBy(p => p.Item1, StringComparer.Ordinal)
                .Select(p => KeyValuePair.Create(p.Item1, p.Item2))
                .ToArray()));

    /// <summary>True when every number in the tree is written in its shortest form (so the decimal value is unchanged).</summary>
    public static bool AllNumbersShortest(JsonTree tree) => tree switch
    {
        JsonNumber n => n.Shortest,
        JsonList l => l.Items.All(AllNumbersShortest),
        JsonMap m => m.Members.All(p => AllNumbersShortest(p.Value)),
        _ => true,
    };

    public static byte[] ToUtf8(JsonTree tree, JsonStyle style) => Encoding.UTF8.GetBytes(Write(tree, style));

    public static string Write(JsonTree tree, JsonStyle style)
    {
        var builder = new StringBuilder();
        var random = style.ShuffleSeed is { } seed ? new Random(seed) : null;
        Write(builder, tree, style, random, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder b, JsonTree tree, JsonStyle style, Random? random, int indent)
    {
        switch (tree)
        {
            case JsonLiteral l:
                b.Append(l.Text);
                break;
            case JsonNumber n:
                b.Append(n.Text);
                break;
            case JsonText t:
                WriteString(b, t.Value, style.EscapeNonAscii);
                break;
            case JsonList list:
                b.Append('[');
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        b.Append(',');
                    }

                    NewLine(b, style, indent + 1);
                    Write(b, list.Items[i], style, random, indent + 1);
                }

                if (list.Items.Count > 0)
                {
                    NewLine(b, style, indent);
                }

                b.Append(']');
                break;
            case JsonMap map:
                var members = map.Members.ToList();
                if (random is not null)
                {
                    var array = members.ToArray();
                    random.Shuffle(array);
                    members = [.. array];
                }

                b.Append('{');
                for (var i = 0; i < members.Count; i++)
                {
                    if (i > 0)
                    {
                        b.Append(',');
                    }

                    NewLine(b, style, indent + 1);
                    WriteString(b, members[i].Key, style.EscapeNonAscii);
                    b.Append(style.Pretty ? " : " : ":");
                    Write(b, members[i].Value, style, random, indent + 1);
                }

                if (members.Count > 0)
                {
                    NewLine(b, style, indent);
                }

                b.Append('}');
                break;
        }
    }

    private static void NewLine(StringBuilder b, JsonStyle style, int indent)
    {
        if (style.Pretty)
        {
            b.Append("\r\n").Append(' ', indent * 2).Append('\t');
        }
    }

    public static void WriteString(StringBuilder b, string value, bool escapeNonAscii)
    {
        b.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '/' when escapeNonAscii: b.Append("\\/"); break;
                case < ' ':
                    b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                case > '\u007e' when escapeNonAscii:
                    b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    b.Append(c);
                    break;
            }
        }

        b.Append('"');
    }
}
