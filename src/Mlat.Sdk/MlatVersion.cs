using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mlat.Sdk;

/// <summary>
/// A version of the standard, <c>MAJOR.MINOR</c> (specification §3.1), ordered numerically: 1.10 is after 1.9. Immutable;
/// text that is not a version gives <c>false</c> from <see cref="TryParse"/>, never an exception, so a document from a
/// newer peer with versions this SDK has never heard of can always be read.
/// </summary>
[JsonConverter(typeof(MlatVersionJsonConverter))]
public sealed class MlatVersion : IEquatable<MlatVersion>, IComparable<MlatVersion>
{
    // Both numbers are kept below this bound so that text such as "1.99999999999" is rejected instead of overflowing.
    private const int MaxComponent = 99_999;

    private static readonly Lazy<IReadOnlyList<MlatVersion>> SupportedVersions = new(() =>
        StandardCatalogue.Releases.Select(r => Create(r.Major, r.Minor)).ToArray());

    private MlatVersion(int major, int minor)
    {
        Major = major;
        Minor = minor;
    }

    /// <summary>Every version this SDK reads, writes and converts between, in ascending order.</summary>
    public static IReadOnlyList<MlatVersion> Supported => SupportedVersions.Value;

    /// <summary>The highest supported version.</summary>
    public static MlatVersion Latest => Supported[^1];

    /// <summary>The major number: a change of it may break readers.</summary>
    public int Major { get; }

    /// <summary>The minor number: a higher minor of the same major only adds (specification §3.3).</summary>
    public int Minor { get; }

    /// <summary>Whether this SDK supports the version.</summary>
    public bool IsSupported => Supported.Contains(this);

    /// <summary>Creates a version from its numbers.</summary>
    /// <param name="major">Major number, 0 or more.</param>
    /// <param name="minor">Minor number, 0 or more.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative or too large.</exception>
    public static MlatVersion Create(int major, int minor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(major);
        ArgumentOutOfRangeException.ThrowIfNegative(minor);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(major, MaxComponent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minor, MaxComponent);
        return new MlatVersion(major, minor);
    }

    /// <summary>
    /// Parses <c>MAJOR.MINOR</c> exactly as the schemas write it: <c>^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$</c>, ASCII digits,
    /// no sign, no leading zeros, no white space.
    /// </summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="version">The version when the text is one.</param>
    /// <returns>Whether the text is a version.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out MlatVersion? version)
    {
        version = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || !TryComponent(text.AsSpan(0, dot), out var major) || !TryComponent(text.AsSpan(dot + 1), out var minor))
        {
            return false;
        }

        version = new MlatVersion(major, minor);
        return true;
    }

    /// <summary>Parses a version, throwing for text that is not one. Prefer <see cref="TryParse"/> for input.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The version.</returns>
    /// <exception cref="FormatException">The text is not <c>MAJOR.MINOR</c>.</exception>
    public static MlatVersion Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var version) ? version : throw new FormatException("The text is not a MAJOR.MINOR version.");
    }

    /// <summary>Compares two versions numerically (major, then minor); null sorts first.</summary>
    /// <param name="other">The other version.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(MlatVersion? other)
        => other is null ? 1 : Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>Whether both versions have the same numbers.</summary>
    /// <param name="other">The other version.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(MlatVersion? other) => other is not null && Major == other.Major && Minor == other.Minor;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MlatVersion);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Major, Minor);

    /// <summary>The version as the schemas write it, for example <c>1.1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(MlatVersion? left, MlatVersion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(MlatVersion? left, MlatVersion? right) => !(left == right);

    /// <summary>Numeric order.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is before right.</returns>
    public static bool operator <(MlatVersion? left, MlatVersion? right) => Compare(left, right) < 0;

    /// <summary>Numeric order.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is after right.</returns>
    public static bool operator >(MlatVersion? left, MlatVersion? right) => Compare(left, right) > 0;

    /// <summary>Numeric order.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is not after right.</returns>
    public static bool operator <=(MlatVersion? left, MlatVersion? right) => Compare(left, right) <= 0;

    /// <summary>Numeric order.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is not before right.</returns>
    public static bool operator >=(MlatVersion? left, MlatVersion? right) => Compare(left, right) >= 0;

    private static int Compare(MlatVersion? left, MlatVersion? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static bool TryComponent(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > 5 || (digits.Length > 1 && digits[0] == '0'))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return value <= MaxComponent;
    }
}

/// <summary>Reads and writes <see cref="MlatVersion"/> as the schemas write it (<c>"1.1"</c>).</summary>
internal sealed class MlatVersionJsonConverter : JsonConverter<MlatVersion>
{
    public override MlatVersion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String && MlatVersion.TryParse(reader.GetString(), out var version)
            ? version
            : throw new JsonException("Not a MAJOR.MINOR version.");

    public override void Write(Utf8JsonWriter writer, MlatVersion value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());
}
