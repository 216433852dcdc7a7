using System.Globalization;
using System.Text;
using System.Text.Json;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Conformance.Tests.Interop;

/// <summary>
/// The canonicalizer against an independent RFC 8785 implementation, the npm package <c>canonicalize</c>: a few hundred
/// seeded random documents plus the published JCS inputs go to the peer in one batch, and every document must come back
/// byte-identical to <see cref="JsonCanonicalizer"/>'s output.
/// </summary>
public sealed class CanonicalizeInteropTests
{
    private const int RandomDocuments = 400;

    [RequiresFact(Requirement.Vectors, Requirement.NodePeers)]
    public void Canonical_bytes_equal_those_of_the_npm_canonicalize_package()
    {
        var documents = new List<(string Name, byte[] Json)>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Vectors, "jcs", "testdata", "input"), "*.json").Order(StringComparer.Ordinal))
        {
            documents.Add(("jcs/" + Path.GetFileName(file), File.ReadAllBytes(file)));
        }

        var generator = new RandomJson(new Random(8785));
        for (var i = 0; i < RandomDocuments; i++)
        {
            documents.Add(("random/" + i.ToString(CultureInfo.InvariantCulture), Encoding.UTF8.GetBytes(generator.Document())));
        }

        // Number formatting is where implementations differ most: add arrays of raw IEEE 754 bit patterns.
        var numbers = new Random(2019);
        for (var i = 0; i < 20; i++)
        {
            var values = Enumerable.Range(0, 500)
                .Select(_ => BitConverter.Int64BitsToDouble(numbers.NextInt64(long.MinValue, long.MaxValue)))
                .Where(double.IsFinite)
                .Select(d => d.ToString(i % 2 == 0 ? "R" : "E16", CultureInfo.InvariantCulture));
            documents.Add(("numbers/" + i.ToString(CultureInfo.InvariantCulture), Encoding.UTF8.GetBytes("{\"n\":[" + string.Join(",", values) + "]}")));
        }

        var stdin = JsonSerializer.Serialize(documents.Select(d => Convert.ToBase64String(d.Json)).ToArray(), TestJsonContext.Default.StringArray);
        var lines = NodePeer.Run("jcs.mjs", [], stdin).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(documents.Count, lines.Length);
        var mismatches = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            var ours = JsonCanonicalizer.Canonicalize(documents[i].Json);
            if (!ours.AsSpan().SequenceEqual(Convert.FromBase64String(lines[i])))
            {
                mismatches.Add($"{documents[i].Name}: input {Encoding.UTF8.GetString(documents[i].Json)}{Environment.NewLine}  ours   {Encoding.UTF8.GetString(ours)}{Environment.NewLine}  theirs {Encoding.UTF8.GetString(Convert.FromBase64String(lines[i]))}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    /// <summary>
    /// Seeded random JSON text in the forms other producers write: unordered members, whitespace, escapes of every kind,
    /// supplementary characters, and numbers as shortest, long-mantissa, exponent and integer text.
    /// </summary>
    private sealed class RandomJson(Random random)
    {
        private static readonly string[] Names = ["a", "b", "header", "body", "€", "\ud83d\ude02", "\ue000", "\ufb33", "1", "10", "\u0080", "", "A", "aa"];

        public string Document()
        {
            var builder = new StringBuilder();
            Object(builder, 3);
            return builder.ToString();
        }

        private void Value(StringBuilder b, int depth)
        {
            switch (random.Next(depth > 0 ? 8 : 6))
            {
                case 0: b.Append(random.Next(3) switch { 0 => "null", 1 => "true", _ => "false" }); break;
                case 1:
                case 2: Number(b); break;
                case 3:
                case 4:
                case 5: String(b, RandomText()); break;
                case 6: Array(b, depth - 1); break;
                default: Object(b, depth - 1); break;
            }
        }

        private void Object(StringBuilder b, int depth)
        {
            b.Append('{');
            Space(b);
            var used = new HashSet<string>(StringComparer.Ordinal);
            var count = random.Next(6);
            for (var i = 0; i < count; i++)
            {
                var name = random.Next(2) == 0 ? Names[random.Next(Names.Length)] : RandomText();
                if (!used.Add(name))
                {
                    continue;
                }

                if (used.Count > 1)
                {
                    b.Append(',');
                    Space(b);
                }

                String(b, name);
                Space(b);
                b.Append(':');
                Space(b);
                Value(b, depth);
                Space(b);
            }

            b.Append('}');
        }

        private void Array(StringBuilder b, int depth)
        {
            b.Append('[');
            var count = random.Next(5);
            for (var i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    b.Append(',');
                }

                Space(b);
                Value(b, depth);
            }

            b.Append(']');
        }

        private void Space(StringBuilder b)
        {
            if (random.Next(4) == 0)
            {
                b.Append(" \n\t\r"[random.Next(4)]);
            }
        }

        private void Number(StringBuilder b)
        {
            var value = random.Next(4) switch
            {
                0 => BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue)),
                1 => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 30)),
                2 => random.NextInt64(-9_007_199_254_740_992L, 9_007_199_254_740_992L),
                _ => new[] { 0.0, -0.0, 1e21, 1e-7, 1e-6, 1e20, 0.1, 5e-324, double.MaxValue, -double.Epsilon, 9.999999999999997e22 }[random.Next(11)],
            };

            if (!double.IsFinite(value))
            {
                value = 1.5;
            }

            var format = random.Next(5) switch
            {
                0 => "E16",
                1 => "e3",
                2 when value == Math.Floor(value) && Math.Abs(value) < 9e15 => "F0",
                _ => "R",
            };
            var text = value.ToString(format, CultureInfo.InvariantCulture);

            // Rounding to three digits can push a value near double.MaxValue past it; such text is not I-JSON.
            b.Append(double.IsFinite(double.Parse(text, CultureInfo.InvariantCulture)) ? text : value.ToString("R", CultureInfo.InvariantCulture));
        }

        private string RandomText()
        {
            var builder = new StringBuilder();
            var length = random.Next(10);
            for (var i = 0; i < length; i++)
            {
                builder.Append(random.Next(6) switch
                {
                    0 => ((char)random.Next(0x00, 0x20)).ToString(),
                    1 => ((char)random.Next(0x20, 0x7F)).ToString(),
                    2 => ((char)random.Next(0x80, 0xD800)).ToString(),
                    3 => ((char)random.Next(0xE000, 0x10000)).ToString(),
                    4 => char.ConvertFromUtf32(random.Next(0x10000, 0x110000)),
                    _ => "\"\\/\u007f\u2028"[random.Next(5)].ToString(),
                });
            }

            return builder.ToString();
        }

        private void String(StringBuilder b, string value)
        {
            b.Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                var escape = random.Next(4) == 0;
                if (char.IsHighSurrogate(c))
                {
                    // A pair is escaped as a pair or not at all; half of it escaped would be a lone surrogate.
                    var low = value[++i];
                    b.Append(escape ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}\\u{(int)low:X4}") : $"{c}{low}");
                    continue;
                }

                switch (c)
                {
                    case '"': b.Append("\\\""); break;
                    case '\\': b.Append("\\\\"); break;
                    case '/' when escape: b.Append("\\/"); break;
                    case '\t' when escape: b.Append("\\t"); break;
                    case < ' ': b.Append("\\u").Append(((int)c).ToString(escape ? "x4" : "X4", CultureInfo.InvariantCulture)); break;
                    case > '\u007e' when escape: b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
                    default: b.Append(c); break;
                }
            }

            b.Append('"');
        }
    }
}
