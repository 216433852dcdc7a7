using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.Rendering;

/// <summary>How <see cref="MlatRenderer"/> renders a message.</summary>
public sealed record RenderOptions
{
    /// <summary>The reader's language (ISO 639-1): the label pack used, and the language free text is checked for.</summary>
    public string Language { get; init; } = "en";

    /// <summary>
    /// The result of verifying the envelope the message came in; when given, the page lists its verified signers
    /// (role, authority, country, time, certificate thumbprint) and says whether the envelope verified.
    /// </summary>
    public VerificationResult? Verification { get; init; }
}
