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

    /// <summary>The message type this body belongs to.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public abstract MessageType MessageType { get; }
}
