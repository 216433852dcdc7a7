using System.Globalization;
using System.Text;

namespace Mlat.Sdk.Rendering;

/// <summary>
/// HTML escaping of text taken from a message. Markup characters become character references; characters that are
/// invisible or change the direction of the text around them (C0/C1 controls, bidirectional embeddings, overrides and
/// isolates, zero-width space, word joiner, byte order mark, noncharacters, lone surrogates) are shown as a visible
/// code point, so a reader sees that they are there and they act on nothing.
/// </summary>
internal static class HtmlText
{
    public static void Append(StringBuilder html, string value, bool markControls)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            var marked = replacement is null && IsHidden(value, i);
            if (replacement is null && !marked)
            {
                if (char.IsHighSurrogate(c))
                {
                    i++; // a valid pair (IsHidden marks a lone surrogate)
                }

                continue;
            }

            html.Append(value, start, i - start);
            if (replacement is not null)
            {
                html.Append(replacement);
            }
            else if (markControls)
            {
                html.Append("<span class=\"cc\">U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append("</span>");
            }
            else
            {
                html.Append("&#xFFFD;");
            }

            start = i + 1;
        }

        html.Append(value, start, value.Length - start);
    }

    /// <summary>True when the character at <paramref name="i"/> is one the page shows as a code point.</summary>
    internal static bool IsHidden(string value, int i)
    {
        var c = value[i];
        if (c is '\t' or '\n' or '\r')
        {
            return false;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        return c < 0x20
            || c is >= '\u007F' and <= '\u009F'
            || c is >= '\u202A' and <= '\u202E'
            || c is >= '\u2066' and <= '\u2069'
            || c is '\u200B' or '\u2060' or '\uFEFF' or '\uFFFE' or '\uFFFF'
            || char.IsLowSurrogate(c);
    }
}
