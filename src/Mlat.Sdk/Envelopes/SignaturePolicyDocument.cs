using System.Security.Cryptography;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// The signature-policy document every envelope signature names in <c>sigPId</c> (ETSI TS 119 182-1 §5.2.7):
/// docs/policy/mlat-signature-policy-1.md, embedded byte for byte, identified by URN and by digest.
/// </summary>
internal static class SignaturePolicyDocument
{
    public const string Id = "urn:mlat:signature-policy:1";

    /// <summary>Where the document is published (<c>sigPQuals[0].spURI</c>), under the project's w3id namespace.</summary>
    public const string Uri = "https://w3id.org/mlat/policy/mlat-signature-policy-1.md";

    private const string ResourceName = "policy/mlat-signature-policy-1.md";

    private static readonly Lazy<byte[]> Bytes = new(() =>
    {
        using var stream = typeof(SignaturePolicyDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The signature-policy document is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>The document's exact bytes.</summary>
    public static ReadOnlySpan<byte> Content => Bytes.Value;

    /// <summary>The digest of the whole document (no transformation, <c>digPSp</c> false).</summary>
    public static byte[] Digest(HashAlgorithmName hash) => CryptographicOperations.HashData(hash, Bytes.Value);
}
