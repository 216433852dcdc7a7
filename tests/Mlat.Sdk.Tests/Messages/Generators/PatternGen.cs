using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Mlat.Sdk.Tests.Messages.Generators;

/// <summary>
/// Generates strings matching a regular expression of the portable schema profile: anchored, ASCII classes,
/// groups, alternation and the quantifiers ? * + {m} {m,} {m,n}. Unbounded repetitions are capped at three extra
/// occurrences. Anything outside that subset throws, so a schema that leaves the profile shows up here too.
/// </summary>
internal static class PatternGen
{
    public static Gen<string> For(string pattern)
    {
        var text = pattern;
        if (!text.StartsWith('^') || !text.EndsWith('$'))
        {
            throw new ArgumentException($"Pattern is not anchored: {pattern}", nameof(pattern));
        }

        var parser = new Parser(text[1..^1]);
        var node = parser.ParseAlternation();
        if (!parser.AtEnd)
        {
            throw new ArgumentException($"Unsupported pattern syntax at {parser.Position}: {pattern}", nameof(pattern));
        }

        return node.Select(parts => parts);
    }

    // What a negated class draws from: printable ASCII and a few letters beyond it.
    private static readonly char[] Printable = [.. Enumerable.Range(0x20, 0x5F).Select(i => (char)i), 'é', 'ß', 'ж', '中'];

    private sealed class Parser(string text)
    {
        private int pos;

        public bool AtEnd => pos >= text.Length;

        public int Position => pos;

        public Gen<string> ParseAlternation()
        {
            var branches = new List<Gen<string>> { ParseSequence() };
            while (!AtEnd && text[pos] == '|')
            {
                pos++;
                branches.Add(ParseSequence());
            }

            return branches.Count == 1 ? branches[0] : Gen.OneOf(branches.ToArray());
        }

        private Gen<string> ParseSequence()
        {
            var parts = new List<Gen<string>>();
            while (!AtEnd && text[pos] != '|' && text[pos] != ')')
            {
                var atom = ParseAtom();
                parts.Add(ParseQuantifier(atom));
            }

            return parts.Aggregate(Gen.Constant(string.Empty), (acc, g) => from a in acc from b in g select a + b);
        }

        private Gen<string> ParseAtom()
        {
            var c = text[pos++];
            switch (c)
            {
                case '(':
                    if (pos < text.Length && text[pos] == '?')
                    {
                        if (text[pos + 1] != ':')
                        {
                            throw new ArgumentException("Lookaround is outside the portable profile.");
                        }

                        pos += 2;
                    }

                    var inner = ParseAlternation();
                    Expect(')');
                    return inner;
                case '[':
                    return ParseClass();
                case '\\':
                    return Gen.Constant(ParseEscape().ToString());
                case '.':
                    return Gen.Elements("abcXYZ019 -_".Select(ch => ch.ToString()).ToArray());
                default:
                    return Gen.Constant(c.ToString());
            }
        }

        private Gen<string> ParseClass()
        {
            var negated = text[pos] == '^';
            if (negated)
            {
                pos++;
            }

            var chars = new List<char>();
            while (text[pos] != ']')
            {
                var first = text[pos] == '\\' ? Escape() : text[pos++];
                if (text[pos] == '-' && text[pos + 1] != ']')
                {
                    pos++;
                    var last = text[pos] == '\\' ? Escape() : text[pos++];
                    for (var ch = first; ch <= last; ch++)
                    {
                        chars.Add(ch);
                    }
                }
                else
                {
                    chars.Add(first);
                }
            }

            pos++;
            var pool = negated ? Printable.Where(ch => !chars.Contains(ch)).ToList() : chars;
            return Gen.Elements(pool.Select(ch => ch.ToString()).ToArray());

            char Escape()
            {
                pos++;
                return ParseEscape();
            }
        }

        private char ParseEscape()
        {
            var c = text[pos++];
            return c switch
            {
                'd' or 'w' or 's' or 'D' or 'W' or 'S' or 'b' or 'B' => throw new ArgumentException($"\\{c} is outside the portable profile."),
                'n' => '\n',
                't' => '\t',
                _ => c,
            };
        }

        private Gen<string> ParseQuantifier(Gen<string> atom)
        {
            if (AtEnd)
            {
                return atom;
            }

            int min, max;
            switch (text[pos])
            {
                case '?':
                    (min, max) = (0, 1);
                    pos++;
                    break;
                case '*':
                    (min, max) = (0, 3);
                    pos++;
                    break;
                case '+':
                    (min, max) = (1, 4);
                    pos++;
                    break;
                case '{':
                    var close = text.IndexOf('}', pos);
                    var body = text[(pos + 1)..close];
                    pos = close + 1;
                    var comma = body.IndexOf(',', StringComparison.Ordinal);
                    if (comma < 0)
                    {
                        min = max = int.Parse(body, CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        min = int.Parse(body[..comma], CultureInfo.InvariantCulture);
                        max = comma == body.Length - 1 ? min + 3 : int.Parse(body[(comma + 1)..], CultureInfo.InvariantCulture);
                    }

                    // Long repetitions make unreadable counterexamples; keep them short but inside the bounds.
                    max = Math.Min(max, Math.Max(min, min + 6));
                    break;
                default:
                    return atom;
            }

            return from n in Gen.Choose(min, max)
                   from parts in Gen.ArrayOf(atom, n)
                   select string.Concat(parts);
        }

        private void Expect(char c)
        {
            if (AtEnd || text[pos] != c)
            {
                throw new ArgumentException($"Expected '{c}' at {pos} in pattern.");
            }

            pos++;
        }
    }
}
