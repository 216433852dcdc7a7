using System.Globalization;
using System.Text;

namespace Mlat.Cli;

/// <summary>
/// Makes text that may come from a message safe for a terminal or a log (docs/security.md, "What reaches output"):
/// control characters (C0 with CR, LF and ESC, DEL, C1), bidirectional formatting characters (U+061C, U+200E, U+200F,
/// U+202A–U+202E, U+2066–U+2069), line and paragraph separators and lone surrogates are written as <c>\uXXXX</c>, so a
/// member name cannot start a new line, move the cursor or reorder what a reader sees — no forged "VERIFIED" line.
/// </summary>
internal static class CliText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var firstUnsafe = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text, i))
            {
                firstUnsafe = i;
                break;
            }
        }

        if (firstUnsafe < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, firstUnsafe);
        for (var i = firstUnsafe; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else if (IsUnsafe(text, i))
            {
                builder.Append("\\u").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static bool IsUnsafe(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return !(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]));
        }

        if (char.IsLowSurrogate(c))
        {
            return !(i > 0 && char.IsHighSurrogate(text[i - 1]));
        }

        return char.IsControl(c) || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
    }
}
