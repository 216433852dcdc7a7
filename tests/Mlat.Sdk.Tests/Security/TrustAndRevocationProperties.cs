using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Security;

/// <summary>
/// Signed trust lists and CRLs under hostile bytes: a signed list with any byte flipped is either refused with a code or
/// reads as exactly the list that was signed (a flip in insignificant whitespace); random bytes never throw from the
/// signed read or the CRL reader; a CRL with any byte flipped never becomes usable.
/// </summary>
public sealed class TrustAndRevocationProperties
{
    private static readonly Envelopes.ManualTimeProvider Clock = new(Now);

    private static readonly Lazy<(TestPkiBundle Operator, byte[] Signed, byte[] Crl)> Material = new(() =>
    {
        var op = TestPki.Generate(CountryCode.LU, "LU:TL-Operator", JwsAlgorithms.ES256, [SignerRole.Issuing], Clock);
        using var key = op.CreateSigningKey();
        var crl = Issuer.CreateCrl([(JudgePki.SignerCertificate, Now)], Now.AddHours(-1), Now.AddDays(1));
        return (op, TrustList.Create(Trust.Countries, testOnly: true, crls: [crl]).ToSignedJson(key, Clock), crl);
    });

    private static readonly Arbitrary<(int Position, int Bit)> Flips =
        Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, 7)).Select(t => (t.Item1, t.Item2)).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property A_signed_trust_list_with_a_flipped_bit_is_refused_with_a_code_or_reads_as_signed() => Prop.ForAll(Flips, f =>
    {
        var (op, signed, _) = Material.Value;
        var bytes = signed.ToArray();
        bytes[f.Position % bytes.Length] ^= (byte)(1 << f.Bit);

        var read = TrustList.Read(bytes, op.RootCertificate, Clock);

        return read.TrustList is null
            ? read.Findings.Count > 0 && read.Findings.All(x => x.Code.StartsWith("MLAT-TRUST-LIST-", StringComparison.Ordinal))
            : read.IsSignatureVerified && read.TrustList.ToJson().AsSpan().SequenceEqual(TrustList.Read(signed).TrustList!.ToJson());
    });

    [Property(MaxTest = 200)]
    public Property Random_bytes_never_throw_from_the_signed_trust_list_read_or_the_CRL_reader() => Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
    {
        var read = TrustList.Read(bytes, Material.Value.Operator.RootCertificate, Clock);
        var crl = CertificateRevocationList.TryRead(bytes);
        return read.TrustList is null && read.Findings.Count > 0 && (crl is null || !crl.IsIssuedBy(Issuer.RootCertificate));
    });

    [Property(MaxTest = 200)]
    public Property A_CRL_with_a_flipped_bit_is_never_usable() => Prop.ForAll(Flips, f =>
    {
        var bytes = Material.Value.Crl.ToArray();
        bytes[f.Position % bytes.Length] ^= (byte)(1 << f.Bit);

        var crl = CertificateRevocationList.TryRead(bytes);

        return crl is null || !crl.IsIssuedBy(Issuer.RootCertificate);
    });
}
