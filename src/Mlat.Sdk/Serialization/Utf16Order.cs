using System.Text;

namespace Mlat.Sdk.Serialization;

/// <summary>
/// Compares UTF-8 strings in the order of their UTF-16 code units, the member order of RFC 8785 §3.2.3, without
/// transcoding. UTF-8 byte order equals code point order, which differs from UTF-16 order only where a character in
/// U+E000..U+FFFF meets a supplementary character (encoded in UTF-16 as surrogates D800..DFFF, which sort lower).
/// </summary>
internal static class Utf16Order
{
    public static int Compare(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y)
    {
        var common = x.CommonPrefixLength(y);
        if (common == x.Length || common == y.Length)
        {
            return x.Length.CompareTo(y.Length);
        }

        // Back up to the first byte of the code point that differs.
        while (common > 0 && (x[common] & 0xC0) == 0x80)
        {
            common--;
        }

        Rune.DecodeFromUtf8(x[common..], out var a, out _);
        Rune.DecodeFromUtf8(y[common..], out var b, out _);
        return Key(a).CompareTo(Key(b));
    }

    // A supplementary character's first UTF-16 unit is its high surrogate; ties between two supplementary characters are
    // decided by the low surrogate, which follows code point order, so the code point can stand in scaled above it.
    private static long Key(Rune rune)
        => rune.Value < 0x10000 ? (long)rune.Value << 20 : ((0xD800L + ((rune.Value - 0x10000) >> 10)) << 20) | (uint)rune.Value & 0xFFFFF;
}
