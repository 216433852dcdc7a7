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
    Converters = [typeof(UtcInstantConverter), typeof(NfcStringConverter)])]
[JsonSerializable(typeof(MessageHeader))]
[JsonSerializable(typeof(EnvelopeSignature))]
[JsonSerializable(typeof(IReadOnlyList<EnvelopeSignature>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, JsonElement>))]
// Common types registered so their binding can be tested on their own (tests/Mlat.Sdk.Tests/Messages).
[JsonSerializable(typeof(NaturalPerson))]
[JsonSerializable(typeof(Measure))]
[JsonSerializable(typeof(EvidenceItem))]
// Requesting-side message bodies.
[JsonSerializable(typeof(AssistanceRequest))]
[JsonSerializable(typeof(SupplementaryRequest))]
[JsonSerializable(typeof(AdditionalInformationResponse))]
[JsonSerializable(typeof(StatusQuery))]
[JsonSerializable(typeof(WithdrawalNotice))]
// Executing-side message bodies (EIO annex B, art. 10-16; UNTOC art. 18(16), (21)-(26)).
[JsonSerializable(typeof(AcknowledgementOfReceipt))]
[JsonSerializable(typeof(ForwardingNotice))]
[JsonSerializable(typeof(RequestForAdditionalInformation))]
[JsonSerializable(typeof(RecognitionDecision))]
[JsonSerializable(typeof(RefusalNotice))]
[JsonSerializable(typeof(PostponementNotice))]
[JsonSerializable(typeof(StatusUpdate))]
[JsonSerializable(typeof(ExecutionReport))]
[JsonSerializable(typeof(EvidenceTransmission))]
[JsonSerializable(typeof(Consultation))]
[JsonSerializable(typeof(TechnicalRejection))]
// Message bodies added in 1.1 (e-Evidence Regulation 2023/1543 annexes I-III, V, VI; Budapest art. 29; CETS 224; EIO annex C).
[JsonSerializable(typeof(ProductionOrder))]
[JsonSerializable(typeof(PreservationOrder))]
[JsonSerializable(typeof(PreservationExtension))]
[JsonSerializable(typeof(SubsequentProductionConfirmation))]
[JsonSerializable(typeof(ImpossibilityNotice))]
[JsonSerializable(typeof(InterceptionNotification))]
[JsonSerializable(typeof(InterceptionObjection))]
[JsonSerializable(typeof(ClosureNotice))]
[JsonSerializable(typeof(WithdrawalAcknowledgement))]
[JsonSerializable(typeof(EvidenceReceipt))]
[JsonSerializable(typeof(EnforcingAuthorityDecision))]
[JsonSerializable(typeof(PreservationResponse))]
internal sealed partial class MlatJsonContext : JsonSerializerContext
{
}
