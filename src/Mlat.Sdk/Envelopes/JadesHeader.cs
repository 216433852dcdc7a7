using System.Buffers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// The protected header of an envelope signature: a JAdES baseline-B header (ETSI TS 119 182-1 V1.2.1 §6.2.1) under the
/// MLAT signature policy (docs/policy/mlat-signature-policy-1.md). Writes it in one fixed member order; reads any header
/// that meets the policy, whichever optional spellings the producer chose (for example DSS's <c>crit: ["sigD", "b64"]</c>
/// with <c>sigPId</c> and <c>srCms</c> unlisted, or no <c>kid</c>).
/// </summary>
internal sealed class JadesHeader
{
    public const string Type = "jose+json";
    public const string PolicyId = SignaturePolicyDocument.Id;
    public const string ObjectIdByUriHash = "http://uri.etsi.org/19182/ObjectIdByURIHash";
    public const string ContentPar = "urn:mlat:content";
    public const string SignatureZeroPar = "urn:mlat:signature:0";
    public const string AttachmentPrefix = "cid:";

    // ETSI TS 119 172-1 commitment types, as XAdES/JAdES name them.
    public const string ProofOfOrigin = "http://uri.etsi.org/01903/v1.2.2#ProofOfOrigin";
    public const string ProofOfApproval = "http://uri.etsi.org/01903/v1.2.2#ProofOfApproval";
    public const string ProofOfReceipt = "http://uri.etsi.org/01903/v1.2.2#ProofOfReceipt";
    public const string ProofOfCreation = "http://uri.etsi.org/01903/v1.2.2#ProofOfCreation";

    /// <summary>The writer options of every JSON the SDK emits here: '+' and non-ASCII stay literal, as JCS writes them.</summary>
    public static readonly JsonWriterOptions CompactWriter = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // RFC 7515 §4.1 and RFC 7519 §4.1.6 members that may appear without crit and must never be listed in it.
    private static readonly HashSet<string> Registered = new(StringComparer.Ordinal)
    {
        "alg", "typ", "cty", "kid", "x5c", "x5t", "x5t#S256", "iat", "crit", "jwk", "jku", "x5u", "zip", "enc",
    };

    // A protected header is a few kilobytes and four levels deep; the certificates in x5c are its bulk.
    private static readonly ReaderLimits HeaderLimits = new() { MaxBytes = 64 * 1024, MaxDepth = 16 };

    // Members this SDK understands that crit may list. sigD must be listed (TS 119 182-1 §5.1.9) and b64 whenever it is
    // present (RFC 7797 §6); sigPId and srCms may be (DSS does not list them, this SDK does).
    private static readonly HashSet<string> Understood = new(StringComparer.Ordinal) { "sigD", "sigPId", "srCms", "b64" };

    // The order the SDK writes crit in.
    private static readonly string[] WrittenCrit = ["sigD", "sigPId", "srCms", "b64"];

    public required string Algorithm { get; init; }

    public required IReadOnlyList<byte[]> X5c { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public required SignerRole Role { get; init; }

    public required string HashM { get; init; }

    public required IReadOnlyList<string> Pars { get; init; }

    public required IReadOnlyList<byte[]> HashV { get; init; }

    /// <summary>The base64 DER IssuerSerial of <c>x5c[0]</c> (checked against it when read); null when absent.</summary>
    public string? Kid { get; init; }

    /// <summary>
    /// True for <c>"b64": false</c> (RFC 7797), which the SDK writes: the <c>sigD</c> digests are over the data objects'
    /// octets. False when <c>b64</c> is absent or true: the digests are over their base64url encoding (TS 119 182-1 §5.2.8.3.3).
    /// </summary>
    public bool Unencoded { get; init; } = true;

    public byte[] X5tS256 { get; init; } = [];

    public static string CommitmentOf(SignerRole role) => role switch
    {
        SignerRole.Issuing => ProofOfOrigin,
        SignerRole.Validating => ProofOfApproval,
        SignerRole.Executing => ProofOfReceipt,
        SignerRole.Publishing => ProofOfCreation,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static HashAlgorithmName HashOf(string hashM) => hashM switch
    {
        "S256" => HashAlgorithmName.SHA256,
        "S384" => HashAlgorithmName.SHA384,
        "S512" => HashAlgorithmName.SHA512,
        _ => throw new ArgumentOutOfRangeException(nameof(hashM)),
    };

    /// <summary>The UTF-8 JSON of the header, members in a fixed order.</summary>
    public byte[] Write()
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var w = new Utf8JsonWriter(buffer, CompactWriter))
        {
            w.WriteStartObject();
            w.WriteString("alg", Algorithm);
            w.WriteString("typ", Type);
            if (Kid is not null)
            {
                w.WriteString("kid", Kid);
            }

            w.WriteStartArray("x5c");
            foreach (var der in X5c)
            {
                // RFC 7515 §4.1.6: base64, not base64url.
                w.WriteStringValue(Convert.ToBase64String(der));
            }

            w.WriteEndArray();
            w.WriteString("x5t#S256", Base64UrlStrict.Encode(SHA256.HashData(X5c[0])));
            w.WriteNumber("iat", IssuedAt.ToUnixTimeSeconds());
            if (Unencoded)
            {
                w.WriteBoolean("b64", false);
            }

            w.WriteStartObject("sigPId");
            w.WriteStartObject("id");
            w.WriteString("id", PolicyId);
            w.WriteEndObject();
            w.WriteString("digAlg", "S256");
            w.WriteString("digVal", Base64UrlStrict.Encode(SignaturePolicyDocument.Digest(HashAlgorithmName.SHA256)));
            w.WriteStartArray("sigPQuals");
            w.WriteStartObject();
            w.WriteString("spURI", SignaturePolicyDocument.Uri);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartArray("srCms");
            w.WriteStartObject();
            w.WriteStartObject("commId");
            w.WriteString("id", CommitmentOf(Role));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartObject("sigD");
            w.WriteString("mId", ObjectIdByUriHash);
            w.WriteStartArray("pars");
            foreach (var par in Pars)
            {
                w.WriteStringValue(par);
            }

            w.WriteEndArray();
            w.WriteString("hashM", HashM);
            w.WriteStartArray("hashV");
            foreach (var digest in HashV)
            {
                w.WriteStringValue(Base64UrlStrict.Encode(digest));
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartArray("crit");
            foreach (var name in WrittenCrit)
            {
                if (name != "b64" || Unencoded)
                {
                    w.WriteStringValue(name);
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Reads a decoded protected header in the order of specification §7.8: JSON without duplicates, <c>alg</c>, key references,
    /// <c>crit</c>, then the JAdES members. Returns null and the failing code and member on the first failure.
    /// </summary>
    /// <remarks>A certificate of <c>x5c</c> found in <paramref name="certificates"/> (the verifier's) skips the DER and
    /// loading checks it passed when it was added; one that passes them is added.</remarks>
    public static JadesHeader? Read(ReadOnlyMemory<byte> utf8, IReadOnlyCollection<string> accepted, out string? code, out string? member, CertificateCache? certificates = null)
    {
        member = null;

        // The one strict decoding path (RFC 7515 §5.2 step 3; docs/security.md): UTF-8, no duplicate member, no escaped
        // lone surrogate (which JsonElement.GetString would throw on), numbers in I-JSON range, an object root.
        var document = StrictJsonReader.Parse(utf8, HeaderLimits, out var findings);
        if (document is null)
        {
            code = findings.Count > 0 && findings[0].Code == FindingCodes.JsonDuplicateMember ? FindingCodes.SigHeaderDuplicateMember : FindingCodes.SigHeaderMalformed;
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                code = FindingCodes.SigHeaderMalformed;
                return null;
            }

            return ReadObject(root, accepted, certificates, out code, out member);
        }
    }

    private static JadesHeader? ReadObject(JsonElement root, IReadOnlyCollection<string> accepted, CertificateCache? certificates, out string? code, out string? member)
    {
        code = null;
        member = "alg";
        if (!root.TryGetProperty("alg", out var algElement) || algElement.ValueKind != JsonValueKind.String)
        {
            return Fail(FindingCodes.SigAlgNotAccepted, out code);
        }

        var alg = algElement.GetString()!;
        if (alg == "none")
        {
            return Fail(FindingCodes.SigAlgNone, out code);
        }

        if (JwsAlgorithms.IsSymmetric(alg))
        {
            return Fail(FindingCodes.SigAlgSymmetric, out code);
        }

        if (!JwsAlgorithms.IsAsymmetric(alg) || !accepted.Contains(alg))
        {
            return Fail(FindingCodes.SigAlgNotAccepted, out code);
        }

        foreach (var forbidden in (string[])["jwk", "jku", "x5u"])
        {
            if (root.TryGetProperty(forbidden, out _))
            {
                member = forbidden;
                return Fail(FindingCodes.SigHeaderKeyReference, out code);
            }
        }

        if (!CheckCrit(root, out code, out member))
        {
            return null;
        }

        member = "typ";
        // typ is optional in JAdES (§5.1.3 of RFC 7515 usage); when present it names the JSON serialization.
        if (root.TryGetProperty("typ", out var typ) && (typ.ValueKind != JsonValueKind.String || typ.GetString() != Type))
        {
            return Fail(FindingCodes.SigHeaderInvalid, out code);
        }

        member = "x5c";
        if (!TryReadX5c(root, certificates, out var x5c))
        {
            return Fail(root.TryGetProperty("x5c", out _) ? FindingCodes.SigX5cInvalid : FindingCodes.SigHeaderInvalid, out code);
        }

        member = "x5t#S256";
        if (!root.TryGetProperty("x5t#S256", out var x5t) || x5t.ValueKind != JsonValueKind.String
            || !Base64UrlStrict.TryDecode(x5t.GetString()!, out var thumbprint) || thumbprint.Length != 32)
        {
            return Fail(FindingCodes.SigHeaderInvalid, out code);
        }

        member = "iat";
        if (!root.TryGetProperty("iat", out var iat) || iat.ValueKind != JsonValueKind.Number || !iat.TryGetInt64(out var seconds)
            || seconds <= 0 || seconds > 253402300799)
        {
            return Fail(FindingCodes.SigHeaderInvalid, out code);
        }

        member = "b64";
        var unencoded = false;
        if (root.TryGetProperty("b64", out var b64))
        {
            if (b64.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                return Fail(FindingCodes.SigHeaderInvalid, out code);
            }

            unencoded = b64.ValueKind == JsonValueKind.False;
        }

        member = "sigPId";
        var policyCheck = CheckPolicy(root);
        if (policyCheck is not null)
        {
            return Fail(policyCheck, out code);
        }

        member = "srCms";
        if (!TryReadRole(root, out var role))
        {
            return Fail(FindingCodes.SigHeaderInvalid, out code);
        }

        member = "sigD";
        if (!TryReadSigD(root, out var hashM, out var pars, out var hashV))
        {
            return Fail(FindingCodes.SigHeaderInvalid, out code);
        }

        // kid, when present, is checked against x5c[0] by the verifier, beside x5t#S256 (both name the signing certificate).
        member = "kid";
        string? kid = null;
        if (root.TryGetProperty("kid", out var kidElement))
        {
            if (kidElement.ValueKind != JsonValueKind.String)
            {
                return Fail(FindingCodes.SigHeaderInvalid, out code);
            }

            kid = kidElement.GetString()!;
        }

        member = null;
        return new JadesHeader
        {
            Algorithm = alg,
            Kid = kid,
            Unencoded = unencoded,
            X5c = x5c,
            X5tS256 = thumbprint,
            IssuedAt = DateTimeOffset.FromUnixTimeSeconds(seconds),
            Role = role,
            HashM = hashM,
            Pars = pars,
            HashV = hashV,
        };
    }

    private static bool CheckCrit(JsonElement root, out string? code, out string? member)
    {
        code = null;
        member = "crit";
        if (!root.TryGetProperty("crit", out var crit))
        {
            code = FindingCodes.SigCritMissing;
            return false;
        }

        if (crit.ValueKind != JsonValueKind.Array || crit.GetArrayLength() == 0)
        {
            // RFC 7515 §4.1.11: an empty list must not be produced.
            code = FindingCodes.SigCritUnknown;
            return false;
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in crit.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.String)
            {
                code = FindingCodes.SigCritUnknown;
                return false;
            }

            var name = entry.GetString()!;
            if (!Understood.Contains(name) || !root.TryGetProperty(name, out _) || !listed.Add(name))
            {
                code = FindingCodes.SigCritUnknown;
                return false;
            }
        }

        // Any member that is neither a registered JOSE header nor a JAdES member of the policy must be listed (and then
        // fails above as not understood): an unlisted extension would be signed but silently ignored.
        foreach (var property in root.EnumerateObject())
        {
            if (!Registered.Contains(property.Name) && property.Name is not ("sigPId" or "srCms") && !listed.Contains(property.Name))
            {
                // The name comes from the message: it is never echoed (docs/security.md, "What reaches output").
                member = null;
                code = FindingCodes.SigCritMissing;
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>sigPId</c> must name the MLAT policy by id and by the digest of its document (TS 119 182-1 §5.2.7); returns
    /// null when it does, <c>MLAT-SIG-POLICY-MISMATCH</c> for another policy or digest, <c>MLAT-SIG-HEADER-INVALID</c>
    /// for a malformed member.
    /// </summary>
    private static string? CheckPolicy(JsonElement root)
    {
        if (!root.TryGetProperty("sigPId", out var policy) || policy.ValueKind != JsonValueKind.Object)
        {
            return FindingCodes.SigHeaderInvalid;
        }

        foreach (var property in policy.EnumerateObject())
        {
            if (property.Name is not ("id" or "digAlg" or "digVal" or "digPSp" or "sigPQuals"))
            {
                return FindingCodes.SigHeaderInvalid;
            }
        }

        if (!policy.TryGetProperty("id", out var oid) || oid.ValueKind != JsonValueKind.Object
            || !oid.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
            || !policy.TryGetProperty("digAlg", out var digAlg) || digAlg.ValueKind != JsonValueKind.String
            || !policy.TryGetProperty("digVal", out var digVal) || digVal.ValueKind != JsonValueKind.String
            || !Base64UrlStrict.TryDecode(digVal.GetString()!, out var digest))
        {
            return FindingCodes.SigHeaderInvalid;
        }

        foreach (var property in oid.EnumerateObject())
        {
            var ok = property.Name switch
            {
                "id" => true,
                "desc" => property.Value.ValueKind == JsonValueKind.String,
                "docRefs" => property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() > 0
                    && property.Value.EnumerateArray().All(r => r.ValueKind == JsonValueKind.String),
                _ => false,
            };
            if (!ok)
            {
                return FindingCodes.SigHeaderInvalid;
            }
        }

        // digPSp true would mean a digest computed as a technical specification says, not over the document's bytes.
        if (policy.TryGetProperty("digPSp", out var digPSp) && digPSp.ValueKind != JsonValueKind.False)
        {
            return digPSp.ValueKind == JsonValueKind.True ? FindingCodes.SigPolicyMismatch : FindingCodes.SigHeaderInvalid;
        }

        if (policy.TryGetProperty("sigPQuals", out var qualifiers)
            && (qualifiers.ValueKind != JsonValueKind.Array || qualifiers.GetArrayLength() == 0
                || !qualifiers.EnumerateArray().All(q => q.ValueKind == JsonValueKind.Object && q.EnumerateObject().Count() == 1
                    && q.EnumerateObject().First() is var only
                    && (only.Name == "spURI" ? only.Value.ValueKind == JsonValueKind.String
                        : only.Name is "spUserNotice" or "spDSpec" && only.Value.ValueKind == JsonValueKind.Object))))
        {
            return FindingCodes.SigHeaderInvalid;
        }

        if (digAlg.GetString() is not ("S256" or "S384" or "S512"))
        {
            return FindingCodes.SigHeaderInvalid;
        }

        return id.GetString() == PolicyId
            && CryptographicOperations.FixedTimeEquals(digest, SignaturePolicyDocument.Digest(HashOf(digAlg.GetString()!)))
            ? null
            : FindingCodes.SigPolicyMismatch;
    }

    private static bool TryReadX5c(JsonElement root, CertificateCache? certificates, out IReadOnlyList<byte[]> x5c)
    {
        x5c = [];
        // A chain longer than ten certificates is not a real PKI; refusing it bounds the parsing work.
        if (!root.TryGetProperty("x5c", out var element) || element.ValueKind != JsonValueKind.Array || element.GetArrayLength() is 0 or > 10)
        {
            return false;
        }

        var list = new List<byte[]>();
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || !TryDecodeBase64(item.GetString()!, out var der))
            {
                return false;
            }

            // The same bytes passed the checks below when they were cached.
            if (certificates?.Find(der) is not null)
            {
                list.Add(der);
                continue;
            }

            // DER, byte for byte (RFC 7515 §4.1.6): no trailing bytes, no BER, no base64 of PEM text.
            if (!SignerCertificate.IsDer(der))
            {
                return false;
            }

            X509Certificate2? certificate = null;
            try
            {
                certificate = X509CertificateLoader.LoadCertificate(der);
                if (!certificate.RawData.AsSpan().SequenceEqual(der))
                {
                    return false;
                }

                if (certificates is not null && certificates.TryAdd(der, certificate))
                {
                    certificate = null;
                }
            }
            catch (CryptographicException)
            {
                return false;
            }
            finally
            {
                certificate?.Dispose();
            }

            list.Add(der);
        }

        x5c = list;
        return true;
    }

    private static bool TryDecodeBase64(string text, out byte[] bytes)
    {
        bytes = [];
        foreach (var c in text)
        {
            if (!(c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '/' or '='))
            {
                return false;
            }
        }

        try
        {
            bytes = Convert.FromBase64String(text);
            return bytes.Length > 0 && Convert.ToBase64String(bytes) == text;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool TryReadRole(JsonElement root, out SignerRole role)
    {
        role = default;
        if (!root.TryGetProperty("srCms", out var srCms) || srCms.ValueKind != JsonValueKind.Array || srCms.GetArrayLength() != 1)
        {
            return false;
        }

        var first = srCms[0];
        if (first.ValueKind != JsonValueKind.Object || !first.TryGetProperty("commId", out var commId) || commId.ValueKind != JsonValueKind.Object
            || !commId.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        switch (id.GetString())
        {
            case ProofOfOrigin: role = SignerRole.Issuing; return true;
            case ProofOfApproval: role = SignerRole.Validating; return true;
            case ProofOfReceipt: role = SignerRole.Executing; return true;
            case ProofOfCreation: role = SignerRole.Publishing; return true;
            default: return false;
        }
    }

    private static bool TryReadSigD(JsonElement root, out string hashM, out IReadOnlyList<string> pars, out IReadOnlyList<byte[]> hashV)
    {
        hashM = string.Empty;
        pars = [];
        hashV = [];
        if (!root.TryGetProperty("sigD", out var sigD) || sigD.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var property in sigD.EnumerateObject())
        {
            if (property.Name is not ("mId" or "pars" or "hashM" or "hashV" or "ctys"))
            {
                return false;
            }
        }

        if (!sigD.TryGetProperty("mId", out var mId) || mId.ValueKind != JsonValueKind.String || mId.GetString() != ObjectIdByUriHash
            || !sigD.TryGetProperty("hashM", out var hashMElement) || hashMElement.ValueKind != JsonValueKind.String
            || hashMElement.GetString() is not ("S256" or "S384" or "S512")
            || !sigD.TryGetProperty("pars", out var parsElement) || parsElement.ValueKind != JsonValueKind.Array
            || !sigD.TryGetProperty("hashV", out var hashVElement) || hashVElement.ValueKind != JsonValueKind.Array
            || parsElement.GetArrayLength() is 0 or > 1024 || parsElement.GetArrayLength() != hashVElement.GetArrayLength())
        {
            return false;
        }

        hashM = hashMElement.GetString()!;
        var size = HashOf(hashM) == HashAlgorithmName.SHA256 ? 32 : HashOf(hashM) == HashAlgorithmName.SHA384 ? 48 : 64;
        var parList = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var par in parsElement.EnumerateArray())
        {
            if (par.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            var text = par.GetString()!;
            var known = text == ContentPar || text == SignatureZeroPar || (text.StartsWith(AttachmentPrefix, StringComparison.Ordinal) && text.Length > AttachmentPrefix.Length);
            if (!known || !seen.Add(text))
            {
                return false;
            }

            parList.Add(text);
        }

        // The content is always what is signed first (specification §7.3: pars[0]).
        if (parList[0] != ContentPar)
        {
            return false;
        }

        var digests = new List<byte[]>();
        foreach (var value in hashVElement.EnumerateArray())
        {
            if (value.ValueKind != JsonValueKind.String || !Base64UrlStrict.TryDecode(value.GetString()!, out var digest) || digest.Length != size)
            {
                return false;
            }

            digests.Add(digest);
        }

        pars = parList;
        hashV = digests;
        return true;
    }

    private static JadesHeader? Fail(string failure, out string? code)
    {
        code = failure;
        return null;
    }
}
