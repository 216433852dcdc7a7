using System.Text.Json;

namespace Mlat.Sdk.Serialization;

/// <summary>A message could not be bound; <see cref="Pointer"/> names the member (RFC 6901) where binding stopped.</summary>
#pragma warning disable CA1032
internal sealed class MessageBindingException(string code, string pointer, string message, Exception inner) : Exception(message, inner)
#pragma warning restore CA1032
{
    /// <summary>The finding code to report.</summary>
    public string Code { get; } = code;

    /// <summary>The RFC 6901 pointer of the member, from the envelope's root.</summary>
    public string Pointer { get; } = pointer;
}
