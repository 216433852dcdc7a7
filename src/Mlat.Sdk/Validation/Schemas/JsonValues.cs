using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Mlat.Sdk.Validation.Schemas;

/// <summary>JSON value equality as JSON Schema defines it (type-strict, numbers by value, objects unordered).</summary>
internal static class JsonValues
{
    public static bool AreEqual(JToken a, JToken b) => string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    /// <summary>Linear in the array size: each item is reduced to a canonical key once.</summary>
    public static bool HasDuplicates(JArray array)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return array.Any(item => !seen.Add(Key(item)));
    }

    /// <summary>Canonical key: equal keys exactly when the values are equal under JSON Schema equality.</summary>
    public static string Key(JToken token)
    {
        var builder = new StringBuilder();
        Append(builder, token);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, JToken token)
    {
        switch (token.Type)
        {
            case JTokenType.Object:
                builder.Append('{');
                foreach (var property in ((JObject)token).Properties().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    AppendString(builder, property.Name);
                    builder.Append(':');
                    Append(builder, property.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case JTokenType.Array:
                builder.Append('[');
                foreach (var item in (JArray)token)
                {
                    Append(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case JTokenType.Integer or JTokenType.Float:
                builder.Append('n').Append(NumberKey((JValue)token));
                break;
            case JTokenType.Boolean:
                builder.Append((bool)token ? "true" : "false");
                break;
            case JTokenType.Null:
                builder.Append("null");
                break;
            default:
                AppendString(builder, token.ToString());
                break;
        }
    }

    internal static void AppendString(StringBuilder builder, string value) =>
        builder.Append('s').Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);

    /// <summary>The key of a decimal: 1, 1.0 and 1.00 give one key (JSON Schema compares numbers by mathematical value).</summary>
    internal static string NumberKey(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static string NumberKey(JValue value) => value.Value switch
    {
        // Normalise 1, 1.0 and 1.00 to one key: JSON Schema compares numbers by mathematical value.
        decimal d => NumberKey(d),
        double d when Math.Abs(d) < 7.9e28 => ((decimal)d / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        System.Numerics.BigInteger b => b.ToString(CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
