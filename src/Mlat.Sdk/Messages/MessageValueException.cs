using System.Text.Json;

namespace Mlat.Sdk.Messages;

/// <summary>
/// A converter met a value it cannot bind; <see cref="Code"/> says whether that is a defect of the message the schema
/// cannot express (for example <see cref="FindingCodes.DateNotInCalendar"/>) or of the SDK
/// (<see cref="FindingCodes.ModelBindingFailed"/>). Its message says what is expected and never quotes the value.
/// </summary>
#pragma warning disable CA1032 // Internal: thrown by the converters only, with a code and a message.
internal sealed class MessageValueException(string code, string expected) : JsonException(expected)
#pragma warning restore CA1032
{
    /// <summary>The finding code to report.</summary>
    public string Code { get; } = code;

    /// <summary>What the member must hold, in English, without the value.</summary>
    public string Expected { get; } = expected;
}
