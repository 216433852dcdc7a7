using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Primitives;
using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.DependencyInjection;

/// <summary>
/// The partners configured in a container (<see cref="MlatPartnerOptions"/>, by name): a national IT team resolves this
/// once and asks it for the partner a message comes from or goes to. Thread-safe.
/// </summary>
public interface IMlatPartners
{
    /// <summary>
    /// The partner's services as configured now: the same instance until its options or its trust-list file change,
    /// then a new one built from them (an instance already handed out keeps working with what it was built from).
    /// </summary>
    /// <param name="name">The partner's name, as in <c>AddMlatPartner(name, ...)</c>.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="InvalidOperationException">The partner has no trust list, or its first trust-list file does not read (the message names the finding codes).</exception>
    MlatPartner Get(string name);

    /// <summary>
    /// A token that fires after the partner's trust-list file was read again or its options changed, whether the new
    /// list was taken or refused; take a new token after it fired.
    /// </summary>
    /// <param name="name">The partner's name.</param>
    /// <returns>The change token.</returns>
    IChangeToken GetReloadToken(string name);
}

/// <summary>One partner's services, built from its <see cref="MlatPartnerOptions"/>. Immutable.</summary>
public sealed class MlatPartner
{
    internal MlatPartner(string name, TrustList trustList, EnvelopeVerifier verifier, VerificationPolicy policy, X509Certificate2? encryptionCertificate)
    {
        Name = name;
        TrustList = trustList;
        Verifier = verifier;
        Policy = policy;
        EncryptionCertificate = encryptionCertificate;
    }

    /// <summary>The partner's name.</summary>
    public string Name { get; }

    /// <summary>The trust list in use: the last one that read.</summary>
    public TrustList TrustList { get; }

    /// <summary>The policy the verifier applies, with the replay store it uses.</summary>
    public VerificationPolicy Policy { get; }

    /// <summary>Verifies envelopes from the partner under its policy and trust list.</summary>
    public EnvelopeVerifier Verifier { get; }

    /// <summary>The certificate envelopes for the partner are encrypted to; null when none is configured.</summary>
    public X509Certificate2? EncryptionCertificate { get; }

    /// <summary>Seals a signed envelope for the partner (specification §9): a compact JWE to its encryption certificate.</summary>
    /// <param name="plaintext">The signed envelope.</param>
    /// <returns>The compact JWE.</returns>
    /// <exception cref="InvalidOperationException">No <see cref="MlatPartnerOptions.EncryptionCertificate"/> is configured for the partner.</exception>
    public string Encrypt(ReadOnlyMemory<byte> plaintext)
        => EnvelopeEncryptor.EncryptToCertificate(
            plaintext,
            EncryptionCertificate ?? throw new InvalidOperationException("Partner '" + Name + "' has no encryption certificate: set MlatPartnerOptions.EncryptionCertificate."));
}
