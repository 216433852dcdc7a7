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

    // Every signature names the policy by digest and every verification compares it: hashed once per algorithm, not
    // per call (issue 17: the document is several kilobytes).
    private static readonly Lazy<byte[]> Sha256 = new(() => CryptographicOperations.HashData(HashAlgorithmName.SHA256, Bytes.Value));
    private static readonly Lazy<byte[]> Sha384 = new(() => CryptographicOperations.HashData(HashAlgorithmName.SHA384, Bytes.Value));
    private static readonly Lazy<byte[]> Sha512 = new(() => CryptographicOperations.HashData(HashAlgorithmName.SHA512, Bytes.Value));

    /// <summary>The digest of the whole document (no transformation, <c>digPSp</c> false); shared, never to be written to.</summary>
    public static ReadOnlySpan<byte> Digest(HashAlgorithmName hash)
        => hash == HashAlgorithmName.SHA256 ? Sha256.Value
            : hash == HashAlgorithmName.SHA384 ? Sha384.Value
            : hash == HashAlgorithmName.SHA512 ? Sha512.Value
            : CryptographicOperations.HashData(hash, Bytes.Value);
}
