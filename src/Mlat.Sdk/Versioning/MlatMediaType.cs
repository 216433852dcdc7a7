using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Mlat.Sdk.Versioning;

/// <summary>
/// The media type of the standard, <c>application/vnd.mlat+json; version=1.1</c> (specification §3.4), and content negotiation
/// with an HTTP <c>Accept</c> header (RFC 9110 §12.5.1). The <c>version</c> parameter and <c>header.version</c> of the
/// envelope must agree.
/// </summary>
public static class MlatMediaType
{
    /// <summary>The media type without parameters.</summary>
    public const string Name = "application/vnd.mlat+json";

    private const string VersionParameter = "version";

    /// <summary>Formats the media type for a version, for example <c>application/vnd.mlat+json; version=1.1</c>.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The media type text.</returns>
    public static string Format(MlatVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return string.Create(CultureInfo.InvariantCulture, $"{Name}; {VersionParameter}={version}");
    }

    /// <summary>
    /// Parses a <c>Content-Type</c> value. Type, subtype and parameter names are case-insensitive (RFC 9110 §8.3.1); the
    /// version may be a token or a quoted string. Succeeds with a null version when the parameter is absent.
    /// </summary>
    /// <param name="contentType">The header value.</param>
    /// <param name="version">The version parameter, or null when absent.</param>
    /// <returns>False when the text is not this media type, is malformed, repeats the version parameter or gives a version that is not <c>MAJOR.MINOR</c>.</returns>
    public static bool TryParse(string? contentType, out MlatVersion? version)
    {
        version = null;
        if (!TryParseRange(contentType, out var range) || !range.Type.Equals(Name, StringComparison.OrdinalIgnoreCase) || range.VersionMalformed)
        {
            return false;
        }

        version = range.Version;
        return true;
    }

    /// <summary>
    /// Chooses the version to answer with from an <c>Accept</c> header (RFC 9110 §12.5.1): each offered version gets the
    /// weight of the most specific media range that matches it (<c>application/vnd.mlat+json; version=X</c>, then the
    /// media type without version, then <c>application/*</c>, then <c>*/*</c>); weight 0 means not acceptable. The highest
    /// weight wins and a tie goes to the higher version. A missing or empty header accepts anything. Malformed ranges
    /// are skipped.
    /// </summary>
    /// <param name="accept">The Accept header value, possibly null.</param>
    /// <param name="offered">Versions the server can produce; defaults to <see cref="MlatVersion.Supported"/>.</param>
    /// <param name="version">The chosen version.</param>
    /// <returns>False when no offered version is acceptable (HTTP 406).</returns>
    public static bool TrySelect(string? accept, IEnumerable<MlatVersion>? offered, [NotNullWhen(true)] out MlatVersion? version)
    {
        var candidates = (offered ?? MlatVersion.Supported).Distinct().ToList();
        version = null;
        if (string.IsNullOrWhiteSpace(accept))
        {
            version = candidates.Max();
            return version is not null;
        }

        var ranges = new List<MediaRange>();
        foreach (var part in SplitOutsideQuotes(accept, ','))
        {
            if (TryParseRange(part, out var range) && !range.VersionMalformed && range.Quality >= 0)
            {
                ranges.Add(range);
            }
        }

        var best = 0;
        foreach (var candidate in candidates)
        {
            var q = Weight(candidate, ranges);
            if (q > best || (q == best && q > 0 && candidate > version))
            {
                best = q;
                version = candidate;
            }
        }

        return version is not null;
    }

    // Weight in thousandths (RFC 9110 §12.4.2: at most three decimals) of the most specific matching range.
    private static int Weight(MlatVersion candidate, List<MediaRange> ranges)
    {
        var specificity = -1;
        var weight = 0;
        foreach (var range in ranges)
        {
            int s;
            if (range.Type.Equals(Name, StringComparison.OrdinalIgnoreCase))
            {
                if (range.Version is null)
                {
                    s = 2;
                }
                else if (range.Version == candidate)
                {
                    s = 3;
                }
                else
                {
                    continue;
                }
            }
            else if (range.Type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                s = 1;
            }
            else if (range.Type == "*/*")
            {
                s = 0;
            }
            else
            {
                continue;
            }

            if (s > specificity || (s == specificity && range.Quality > weight))
            {
                specificity = s;
                weight = range.Quality;
            }
        }

        return weight;
    }

    private static bool TryParseRange(string? text, out MediaRange range)
    {
        range = default;
        if (text is null)
        {
            return false;
        }

        var parts = SplitOutsideQuotes(text, ';');
        var type = parts[0].Trim();
        var slash = type.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == type.Length - 1 || !IsToken(type.AsSpan(0, slash)) || !IsToken(type.AsSpan(slash + 1)))
        {
            return false;
        }

        MlatVersion? version = null;
        var versionSeen = false;
        var malformed = false;
        var quality = 1000;
        foreach (var raw in parts.Skip(1))
        {
            var parameter = raw.Trim();
            var eq = parameter.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                return false;
            }

            var name = parameter[..eq].Trim();
            var value = parameter[(eq + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            {
                value = value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            }

            if (name.Equals("q", StringComparison.OrdinalIgnoreCase))
            {
                if (!TryQuality(value, out quality))
                {
                    return false;
                }
            }
            else if (name.Equals(VersionParameter, StringComparison.OrdinalIgnoreCase))
            {
                malformed |= versionSeen || !MlatVersion.TryParse(value, out version);
                versionSeen = true;
            }
        }

        range = new MediaRange(type, version, malformed, quality);
        return true;
    }

    // RFC 9110 §12.4.2: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ).
    private static bool TryQuality(string text, out int thousandths)
    {
        thousandths = 0;
        if (text.Length == 0 || text.Length > 5 || (text[0] != '0' && text[0] != '1') || (text.Length > 1 && (text[1] != '.' || text.Length == 2)))
        {
            return false;
        }

        var fraction = text.Length > 2 ? text[2..] : string.Empty;
        if (fraction.Any(c => c is < '0' or > '9') || (text[0] == '1' && fraction.Any(c => c != '0')))
        {
            return false;
        }

        thousandths = text[0] == '1' ? 1000 : int.Parse(fraction.PadRight(3, '0'), NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    private static bool IsToken(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?={}".Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    private static List<string> SplitOutsideQuotes(string text, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && quoted)
            {
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    private readonly record struct MediaRange(string Type, MlatVersion? Version, bool VersionMalformed, int Quality);
}
