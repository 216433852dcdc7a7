using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// Reads and writes an amount as the JSON string the schema wants (digits, an optional fraction; no sign, exponent or
/// separator), in the invariant culture: <c>12500.00</c> stays <c>12500.00</c> because <see cref="decimal"/> keeps its scale.
/// </summary>
internal sealed class DecimalStringJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String
            && decimal.TryParse(reader.GetString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new JsonException("Not a decimal amount.");

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}
