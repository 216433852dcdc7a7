using System.Globalization;

namespace Mlat.Sdk;

/// <summary>
/// RFC 6901 JSON Pointer, the one place where reference tokens are escaped and unescaped: every finding's pointer,
/// the converter's parking keys and the schema loader's fragments go through it.
/// </summary>
internal static class JsonPointer
{
    /// <summary>RFC 6901 §3: <c>~</c> is written <c>~0</c> and <c>/</c> is written <c>~1</c>.</summary>
    /// <param name="token">A member name.</param>
    /// <returns>The reference token.</returns>
    public static string Escape(string token)
        => token.AsSpan().IndexOfAny('~', '/') < 0
            ? token
            : token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>RFC 6901 §4: <c>~1</c> becomes <c>/</c> first, then <c>~0</c> becomes <c>~</c>, so <c>~01</c> reads <c>~1</c>.</summary>
    /// <param name="token">A reference token.</param>
    /// <returns>The member name.</returns>
    public static string Unescape(string token)
        => token.Contains('~', StringComparison.Ordinal)
            ? token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)
            : token;

    /// <summary>The pointer to member <paramref name="name"/> of the value at <paramref name="pointer"/>.</summary>
    /// <param name="pointer">The parent's pointer (<c>""</c> for the root).</param>
    /// <param name="name">The member name, unescaped.</param>
    /// <returns>The child's pointer.</returns>
    public static string Member(string pointer, string name) => pointer + "/" + Escape(name);

    /// <summary>The pointer to element <paramref name="index"/> of the array at <paramref name="pointer"/>.</summary>
    /// <param name="pointer">The array's pointer.</param>
    /// <param name="index">The element index.</param>
    /// <returns>The element's pointer.</returns>
    public static string Element(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);
}
