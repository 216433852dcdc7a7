using System.Buffers.Text;
using System.Text;

namespace Mlat.Sdk.Serialization;

/// <summary>
/// Decoding of JSON string escapes (RFC 8259 §7) working on the raw UTF-8 content between the quotes, shared by the strict
/// reader (duplicate detection after unescaping, pointers) and the canonicalizer.
/// </summary>
internal static class JsonStringEscapes
{
    /// <summary>
    /// Unescapes <paramref name="content"/> into <paramref name="destination"/>, which must be at least as long as
    /// <paramref name="content"/> (unescaping never grows the text). Returns false when an escaped surrogate is not part
    /// of a high/low pair (RFC 7493 §2.1) or an escape is malformed; <paramref name="written"/> is then unspecified.
    /// </summary>
    public static bool TryUnescape(ReadOnlySpan<byte> content, Span<byte> destination, out int written)
    {
        written = 0;
        var i = 0;
        while (i < content.Length)
        {
            var next = content[i..].IndexOf((byte)'\\');
            if (next < 0)
            {
                content[i..].CopyTo(destination[written..]);
                written += content.Length - i;
                return true;
            }

            content.Slice(i, next).CopyTo(destination[written..]);
            written += next;
            i += next;
            if (!TryDecodeEscape(content, ref i, out var scalar))
            {
                return false;
            }

            written += new Rune(scalar).EncodeToUtf8(destination[written..]);
        }

        return true;
    }

    /// <summary>True when the escaped content contains a <c>\uXXXX</c> surrogate that is not part of a valid pair.</summary>
    public static bool HasLoneSurrogate(ReadOnlySpan<byte> content)
    {
        var i = 0;
        while (i < content.Length)
        {
            var next = content[i..].IndexOf((byte)'\\');
            if (next < 0)
            {
                return false;
            }

            i += next;
            if (!TryDecodeEscape(content, ref i, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Decodes the escape starting at <paramref name="index"/> (which points at the backslash) to a Unicode scalar value,
    /// joining a <c>\uD8xx\uDCxx</c> pair, and moves <paramref name="index"/> past it.
    /// </summary>
    public static bool TryDecodeEscape(ReadOnlySpan<byte> content, ref int index, out int scalar)
    {
        scalar = 0;
        if (index + 1 >= content.Length)
        {
            return false;
        }

        var kind = content[index + 1];
        switch (kind)
        {
            case (byte)'"': scalar = '"'; index += 2; return true;
            case (byte)'\\': scalar = '\\'; index += 2; return true;
            case (byte)'/': scalar = '/'; index += 2; return true;
            case (byte)'b': scalar = '\b'; index += 2; return true;
            case (byte)'f': scalar = '\f'; index += 2; return true;
            case (byte)'n': scalar = '\n'; index += 2; return true;
            case (byte)'r': scalar = '\r'; index += 2; return true;
            case (byte)'t': scalar = '\t'; index += 2; return true;
            case (byte)'u': break;
            default: return false;
        }

        if (!TryReadHex4(content, index + 2, out var unit))
        {
            return false;
        }

        index += 6;
        if (unit is < 0xD800 or > 0xDFFF)
        {
            scalar = unit;
            return true;
        }

        // RFC 8259 §7: a supplementary character is a \u-escaped high surrogate followed by a \u-escaped low surrogate;
        // anything else is a lone surrogate, which I-JSON (RFC 7493 §2.1) forbids.
        if (unit > 0xDBFF
            || index + 6 > content.Length
            || content[index] != (byte)'\\'
            || content[index + 1] != (byte)'u'
            || !TryReadHex4(content, index + 2, out var low)
            || low is < 0xDC00 or > 0xDFFF)
        {
            return false;
        }

        index += 6;
        scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        return true;
    }

    private static bool TryReadHex4(ReadOnlySpan<byte> content, int start, out int value)
    {
        value = 0;
        if (start + 4 > content.Length)
        {
            return false;
        }

        return Utf8Parser.TryParse(content.Slice(start, 4), out ushort parsed, out var consumed, 'x') && consumed == 4
            && (value = parsed) >= 0;
    }
}
