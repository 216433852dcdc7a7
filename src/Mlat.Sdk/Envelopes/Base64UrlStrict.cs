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
}
