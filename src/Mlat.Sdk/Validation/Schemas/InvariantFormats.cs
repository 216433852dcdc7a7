using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace Mlat.Sdk.Validation.Schemas;

/// <summary>
/// The SDK's own checks of the five formats the portable profile allows (specification §4). They replace NJsonSchema's
/// validators, whose date check parses with the machine's culture, so a result never depends on where the SDK runs.
/// Each check is ordinal and ASCII-only; formats apply to strings only (other JSON types pass, as JSON Schema says).
/// </summary>
internal static class InvariantFormats
{
    /// <summary>The validators handed to NJsonSchema; formats not listed are annotations only.</summary>
    public static IFormatValidator[] All { get; } =
    [
        new Validator("date", ValidationErrorKind.DateExpected, IsDate),
        new Validator("date-time", ValidationErrorKind.DateTimeExpected, IsDateTime),
        new Validator("uuid", ValidationErrorKind.UuidExpected, IsUuid),
        new Validator("email", ValidationErrorKind.EmailExpected, IsEmail),
        new Validator("uri", ValidationErrorKind.UriExpected, IsUri),
    ];

    /// <summary>RFC 3339 §5.6 full-date with a real proleptic Gregorian calendar day (leap years included).</summary>
    public static bool IsDate(string value) =>
        value.Length == 10 && value[4] == '-' && value[7] == '-'
        && TryDigits(value, 0, 4, out var year) && TryDigits(value, 5, 2, out var month) && TryDigits(value, 8, 2, out var day)
        && IsCalendarDate(year, month, day);

    /// <summary>
    /// RFC 3339 §5.6 date-time: full-date "T" hh:mm:ss[.frac] (Z | ±hh:mm), T and Z case-insensitive (§5.6 note);
    /// a leap second (:60) only at 23:59 UTC (§5.7).
    /// </summary>
    public static bool IsDateTime(string value)
    {
        if (value.Length < 20 || !IsDate(value[..10]) || (value[10] != 'T' && value[10] != 't'))
        {
            return false;
        }

        if (value[13] != ':' || value[16] != ':'
            || !TryDigits(value, 11, 2, out var hour) || !TryDigits(value, 14, 2, out var minute) || !TryDigits(value, 17, 2, out var second)
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var i = 19;
        if (value[i] == '.')
        {
            var start = ++i;
            while (i < value.Length && IsAsciiDigit(value[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        if (i >= value.Length)
        {
            return false;
        }

        int offsetMinutes;
        if ((value[i] == 'Z' || value[i] == 'z') && i == value.Length - 1)
        {
            offsetMinutes = 0;
        }
        else if ((value[i] == '+' || value[i] == '-') && value.Length - i == 6 && value[i + 3] == ':'
                 && TryDigits(value, i + 1, 2, out var offsetHour) && TryDigits(value, i + 4, 2, out var offsetMinute)
                 && offsetHour <= 23 && offsetMinute <= 59)
        {
            offsetMinutes = (offsetHour * 60 + offsetMinute) * (value[i] == '-' ? -1 : 1);
        }
        else
        {
            return false;
        }

        if (second == 60)
        {
            var utcMinuteOfDay = (((hour * 60) + minute - offsetMinutes) % 1440 + 1440) % 1440;
            return utcMinuteOfDay == (23 * 60) + 59;
        }

        return true;
    }

    /// <summary>RFC 9562 §4 string form: 8-4-4-4-12 hexadecimal digits (either case on input).</summary>
    public static bool IsUuid(string value)
    {
        if (value.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < 36; i++)
        {
            var ok = i is 8 or 13 or 18 or 23 ? value[i] == '-' : char.IsAsciiHexDigit(value[i]);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// RFC 5321 §4.1.2 Mailbox restricted to what an authority's address needs: a dot-atom local part (RFC 5322 §3.2.3)
    /// or a quoted string, "@", and a domain of LDH labels or an address literal.
    /// </summary>
    public static bool IsEmail(string value)
    {
        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1 || value.Length > 254)
        {
            return false;
        }

        var local = value[..at];
        var domain = value[(at + 1)..];
        return (IsDotAtom(local) || IsQuotedLocal(local)) && (IsHostName(domain) || IsAddressLiteral(domain));
    }

    /// <summary>RFC 3986 §3 absolute URI (scheme required, fragment allowed), ASCII only, with valid percent-encoding.</summary>
    public static bool IsUri(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            var c = value[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        var rest = value[(colon + 1)..];
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? string.Empty : rest[(hash + 1)..];
        var beforeFragment = hash < 0 ? rest : rest[..hash];
        var question = beforeFragment.IndexOf('?', StringComparison.Ordinal);
        var query = question < 0 ? string.Empty : beforeFragment[(question + 1)..];
        var hierPart = question < 0 ? beforeFragment : beforeFragment[..question];

        if (!AllUriChars(fragment, "/?:@") || !AllUriChars(query, "/?:@"))
        {
            return false;
        }

        var path = hierPart;
        if (hierPart.StartsWith("//", StringComparison.Ordinal))
        {
            var authorityEnd = hierPart.IndexOf('/', 2);
            var authority = authorityEnd < 0 ? hierPart[2..] : hierPart[2..authorityEnd];
            path = authorityEnd < 0 ? string.Empty : hierPart[authorityEnd..];
            if (!IsAuthority(authority))
            {
                return false;
            }
        }

        return AllUriChars(path, "/:@");
    }

    private static bool IsAuthority(string authority)
    {
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            if (!AllUriChars(authority[..at], ":"))
            {
                return false;
            }

            authority = authority[(at + 1)..];
        }

        string host;
        string port;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || !IsIpLiteralBody(authority[1..close]))
            {
                return false;
            }

            host = string.Empty;
            var after = authority[(close + 1)..];
            if (after.Length > 0 && after[0] != ':')
            {
                return false;
            }

            port = after.Length > 0 ? after[1..] : string.Empty;
        }
        else
        {
            var colon = authority.LastIndexOf(':');
            host = colon < 0 ? authority : authority[..colon];
            port = colon < 0 ? string.Empty : authority[(colon + 1)..];
        }

        return AllUriChars(host, string.Empty) && port.All(IsAsciiDigit);
    }

    private static bool IsIpLiteralBody(string body)
    {
        if (body.Length > 1 && (body[0] == 'v' || body[0] == 'V'))
        {
            var dot = body.IndexOf('.', StringComparison.Ordinal);
            return dot > 1 && body[1..dot].All(char.IsAsciiHexDigit) && dot < body.Length - 1 && AllUriChars(body[(dot + 1)..], ":");
        }

        return IsIpv6(body);
    }

    /// <summary>RFC 3986 §3.2.2 IPv6address, including an embedded dotted IPv4 without leading zeros.</summary>
    private static bool IsIpv6(string text)
    {
        var doubleColon = text.IndexOf("::", StringComparison.Ordinal);
        if (doubleColon >= 0 && text.IndexOf("::", doubleColon + 1, StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var groups = 0;
        var parts = doubleColon >= 0
            ? [.. Split(text[..doubleColon]), .. Split(text[(doubleColon + 2)..])]
            : Split(text);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i == parts.Length - 1 && part.Contains('.', StringComparison.Ordinal))
            {
                if (!IsIpv4(part))
                {
                    return false;
                }

                groups += 2;
            }
            else if (part.Length is >= 1 and <= 4 && part.All(char.IsAsciiHexDigit))
            {
                groups++;
            }
            else
            {
                return false;
            }
        }

        return doubleColon >= 0 ? groups <= 7 : groups == 8;

        static string[] Split(string s) => s.Length == 0 ? [] : s.Split(':');
    }

    private static bool IsIpv4(string text)
    {
        var octets = text.Split('.');
        return octets.Length == 4 && octets.All(o =>
            o.Length is >= 1 and <= 3 && o.All(IsAsciiDigit) && (o.Length == 1 || o[0] != '0') && int.Parse(o, System.Globalization.CultureInfo.InvariantCulture) <= 255);
    }

    private static bool AllUriChars(string text, string extra)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%')
            {
                if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2]))
                {
                    return false;
                }

                i += 2;
            }
            else if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' || extra.Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDotAtom(string text)
    {
        if (text.Length == 0 || text.Length > 64 || text[0] == '.' || text[^1] == '.' || text.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '.' || "!#$%&'*+-/=?^_`{|}~".Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsQuotedLocal(string text)
    {
        if (text.Length < 2 || text[0] != '"' || text[^1] != '"')
        {
            return false;
        }

        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
                if (i >= text.Length - 1 || text[i] < 0x20 || text[i] > 0x7E)
                {
                    return false;
                }
            }
            else if (c < 0x20 || c > 0x7E || c == '"')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHostName(string text)
    {
        if (text.Length == 0 || text.Length > 253)
        {
            return false;
        }

        foreach (var label in text.Split('.'))
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-' || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAddressLiteral(string text) =>
        text.Length > 2 && text[0] == '[' && text[^1] == ']'
        && (IsIpv4(text[1..^1]) || (text.StartsWith("[IPv6:", StringComparison.Ordinal) && IsIpv6(text[6..^1])));

    private static bool IsCalendarDate(int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int[] days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        return day <= days[month - 1];
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (!IsAsciiDigit(text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    private sealed class Validator(string format, ValidationErrorKind kind, Func<string, bool> check) : IFormatValidator
    {
        public string Format => format;

        public ValidationErrorKind ValidationErrorKind => kind;

        public bool IsValid(string value, JTokenType tokenType) => tokenType != JTokenType.String || check(value);
    }
}
