using System.Buffers.Text;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Validation.Compiled;

/// <summary>A number as the NJsonSchema path reads it: Newtonsoft's token type and the value it compares.</summary>
/// <param name="IsInteger">Newtonsoft reads the text as an integer token (no fraction, no exponent).</param>
/// <param name="HasDecimal">The value fits a <see cref="decimal"/> (always, except integers beyond its range).</param>
/// <param name="Decimal">The value, when <paramref name="HasDecimal"/>.</param>
/// <param name="Double">The value as a double, for integers beyond the decimal range.</param>
/// <param name="Key">The canonical key of the value (<see cref="JsonValues.Key"/>).</param>
internal readonly record struct NumberValue(bool IsInteger, bool HasDecimal, decimal Decimal, double Double, string? Key)
{
    /// <summary>A non-integer token with no fractional part (1.0, 1e2): an integer for JSON Schema (specification §4.5).</summary>
    public bool IsIntegral => IsInteger || (HasDecimal && Decimal == decimal.Truncate(Decimal));
}

/// <summary>
/// JSON values of a <see cref="JsonElement"/> read exactly as the NJsonSchema path reads the same bytes (Newtonsoft with
/// <c>FloatParseHandling.Decimal</c>), so that the compiled validator and the oracle compare the same values: integer
/// texts as <see cref="long"/> (or <see cref="BigInteger"/>), every other number as Newtonsoft's own decimal parse, and
/// canonical keys identical to <see cref="JsonValues.Key"/> for enum and uniqueItems.
/// </summary>
internal static class ElementValues
{
    /// <summary>Newtonsoft refuses integer texts longer than this (its JavaScript integer length limit).</summary>
    private const int MaximumIntegerLength = 380;

    /// <summary>
    /// Reads a number element. False when the NJsonSchema path cannot read it at all (a non-integer beyond the decimal
    /// range, such as 1e30): that path then reports the whole document as unreadable, and so must this one.
    /// </summary>
    public static bool TryReadNumber(JsonElement element, bool withKey, out NumberValue value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (raw.IndexOfAny("."u8) < 0 && raw.IndexOfAny("eE"u8) < 0)
        {
            if (Utf8Parser.TryParse(raw, out long integer, out var consumed) && consumed == raw.Length)
            {
                value = new NumberValue(true, true, integer, integer, withKey ? integer.ToString(CultureInfo.InvariantCulture) : null);
                return true;
            }

            if (raw.Length > MaximumIntegerLength)
            {
                value = default;
                return false;
            }

            var big = BigInteger.Parse(Encoding.ASCII.GetString(raw), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            var key = withKey ? big.ToString(CultureInfo.InvariantCulture) : null;
            try
            {
                value = new NumberValue(true, true, (decimal)big, (double)big, key);
            }
            catch (OverflowException)
            {
                value = new NumberValue(true, false, 0m, (double)big, key);
            }

            return true;
        }

        // The same parser as the oracle (Newtonsoft's decimal reader, with its rounding and range), not a second one.
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(Encoding.ASCII.GetString(raw)))
        {
            FloatParseHandling = Newtonsoft.Json.FloatParseHandling.Decimal,
        };
        try
        {
            if (reader.Read() && reader.Value is decimal d)
            {
                value = new NumberValue(false, true, d, (double)d, withKey ? JsonValues.NumberKey(d) : null);
                return true;
            }
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
        }

        value = default;
        return false;
    }

    /// <summary>The canonical key of <paramref name="element"/>, equal to <see cref="JsonValues.Key"/> of the same value read by Newtonsoft.</summary>
    public static string Key(JsonElement element)
    {
        var builder = new StringBuilder();
        Append(builder, element);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('{');
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    JsonValues.AppendString(builder, property.Name);
                    builder.Append(':');
                    Append(builder, property.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                foreach (var item in element.EnumerateArray())
                {
                    Append(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case JsonValueKind.Number:
                builder.Append('n').Append(TryReadNumber(element, withKey: true, out var number) ? number.Key : string.Empty);
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            case JsonValueKind.Null:
                builder.Append("null");
                break;
            default:
                JsonValues.AppendString(builder, element.GetString()!);
                break;
        }
    }
}
