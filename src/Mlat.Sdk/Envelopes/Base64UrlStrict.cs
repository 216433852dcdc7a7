using System.Buffers.Text;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// Unpadded base64url exactly as RFC 7515 §2 defines it. Decoding is strict: only the 64 URL-safe characters, no padding,
/// no whitespace, and no non-zero trailing bits — so each value has one encoding and two parsers cannot read one
/// signature two ways.
/// </summary>
internal static class Base64UrlStrict
{
    public static string Encode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);

    public static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length % 4 == 1)
        {
            return false;
        }

        foreach (var c in text)
        {
            var ok = c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_';
            if (!ok)
            {
                return false;
            }
        }

        try
        {
            bytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return false;
        }

        // Non-zero trailing bits decode to the same bytes as the canonical form; re-encoding exposes them.
        return string.Equals(Base64Url.EncodeToString(bytes), text, StringComparison.Ordinal);
    }

    /// <summary>The most bytes <paramref name="length"/> base64url characters decode to.</summary>
    public static int MaxDecodedLength(int length) => length / 4 * 3 + 2;

    /// <summary>
    /// Decodes ASCII base64url with exactly the rules of <see cref="TryDecode(string, out byte[])"/>, from UTF-8 into a
    /// buffer the caller owns (the verifier's pooled buffers): no string, no array. The trailing bits of a last
    /// partial group are checked directly instead of by re-encoding.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> utf8, Span<byte> destination, out int written)
    {
        written = 0;
        if (utf8.Length % 4 == 1 || destination.Length < MaxDecodedLength(utf8.Length))
        {
            return false;
        }

        foreach (var c in utf8)
        {
            var ok = c is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_';
            if (!ok)
            {
                return false;
            }
        }

        // Two characters of a last group carry 12 bits for one byte, three carry 18 for two: the 4 or 2 left over must be
        // zero (RFC 4648 §3.5, which RFC 7515 §2 makes a requirement by allowing no other encoding).
        if (utf8.Length % 4 is 2 or 3 && (ValueOf(utf8[^1]) & (utf8.Length % 4 == 2 ? 0x0F : 0x03)) != 0)
        {
            return false;
        }

        return Base64Url.DecodeFromUtf8(utf8, destination, out _, out written) == System.Buffers.OperationStatus.Done;
    }

    private static int ValueOf(byte c) => c switch
    {
        >= (byte)'A' and <= (byte)'Z' => c - 'A',
        >= (byte)'a' and <= (byte)'z' => c - 'a' + 26,
        >= (byte)'0' and <= (byte)'9' => c - '0' + 52,
        (byte)'-' => 62,
        _ => 63,
    };
}
