using System.Text.Json;
using System.Text.Json.Serialization;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Cases;

/// <summary>
/// The source-generated context of case snapshots, with the strict options of the SDK's message context
/// (<c>MlatJsonContext</c>): unknown and duplicate members rejected, required members enforced, absent optional members
/// omitted, instants in UTC, strings in NFC. A context of its own because the message context lives in
/// <c>Serialization</c>, which <c>Cases</c> depends on: registering the snapshot there would make the namespaces a cycle.
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
    Converters = [typeof(UtcInstantConverter), typeof(NfcStringConverter)])]
[JsonSerializable(typeof(CaseSnapshot))]
internal sealed partial class CaseJsonContext : JsonSerializerContext
{
}
