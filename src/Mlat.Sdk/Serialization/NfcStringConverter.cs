using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Serialization;

/// <summary>
/// Writes every string of the model in Unicode normalization form C (specification: text is NFC), so text typed on a
/// system that produces decomposed characters (<c>"Mu\u0308ller"</c>) is signed and sent as <c>"Müller"</c>. Reading
/// keeps the text exactly as received: the strict reader reports non-NFC text as <c>MLAT-TEXT-NOT-NFC</c> instead.
/// </summary>
internal sealed class NfcStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("Not a string.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        => writer.WriteStringValue(Normalize(value));

    // Member names (extension ids) are written as given: they are identifiers, not text for people.
    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.GetString() ?? throw new JsonException("Not a member name.");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        => writer.WritePropertyName(value);

    internal static string Normalize(string value) => Nfc.Normalize(value);
}
