using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>
/// Reads an integer the way JSON Schema counts integers (specification §4.5: a number with a zero fraction is an
/// integer), so <c>2</c>, <c>2.0</c> and <c>2e0</c> bind alike; writes the plain integer, its RFC 8785 spelling.
/// </summary>
internal sealed class IntegralNumberJsonConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException("Not a number.");
        }

        if (reader.TryGetInt32(out var plain))
        {
            return plain;
        }

        // 2.0, 2e0, 20e-1: decimal keeps every digit of a number within the schema's ranges, so no rounding hides a fraction.
        if (reader.TryGetDecimal(out var value) && value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue)
        {
            return (int)value;
        }

        throw new MessageValueException(FindingCodes.ModelBindingFailed, "Not an integer within the range of the model.");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
