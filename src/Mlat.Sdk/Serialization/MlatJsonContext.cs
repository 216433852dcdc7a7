using System.Text.Json;
using System.Text.Json.Serialization;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Serialization;

/// <summary>
/// The one source-generated serializer context of the SDK. Strict: unknown members and duplicate members are rejected,
/// absent optional members are omitted rather than written as null. Message types register themselves in partial
/// declarations of this class beside their group (MlatJsonContext.*.cs).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = 64,
    Converters = [typeof(UtcInstantConverter)])]
[JsonSerializable(typeof(MessageHeader))]
[JsonSerializable(typeof(EnvelopeSignature))]
[JsonSerializable(typeof(IReadOnlyList<EnvelopeSignature>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, JsonElement>))]
// Common types registered so their binding can be tested on their own (tests/Mlat.Sdk.Tests/Messages).
[JsonSerializable(typeof(NaturalPerson))]
[JsonSerializable(typeof(Measure))]
[JsonSerializable(typeof(EvidenceItem))]
internal sealed partial class MlatJsonContext : JsonSerializerContext
{
}
