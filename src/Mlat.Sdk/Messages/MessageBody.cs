namespace Mlat.Sdk.Messages;

/// <summary>
/// Base of every message body. The body's type is given by <see cref="MessageHeader.MessageType"/>, not by a member of
/// the body, so a reader picks the schema and the C# type from the header before it reads the body.
/// </summary>
public abstract record MessageBody
{
    private protected MessageBody()
    {
    }

    /// <summary>The message type this body belongs to; not a JSON member (the header carries it).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public MessageType MessageType => Kind;

    /// <summary>
    /// The type each body declares. Kept apart from <see cref="MessageType"/> because System.Text.Json does not carry
    /// [JsonIgnore] over to an override: one ignored, non-virtual public property means no body can leak it as a member.
    /// </summary>
    private protected abstract MessageType Kind { get; }
}
