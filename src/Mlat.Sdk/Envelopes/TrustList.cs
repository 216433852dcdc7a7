using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Envelopes;

/// <summary>An authority a country's trust anchors may sign for, with the roles it may sign in (specification §8).</summary>
/// <param name="AuthorityId">The authority id, <c>CC:local-id</c>, as in <c>header.sender.authorityId</c>.</param>
/// <param name="Roles">The roles its signatures may claim.</param>
public sealed record TrustedAuthority(string AuthorityId, IReadOnlyList<SignerRole> Roles);

/// <summary>One country of a trust list: its trust anchors and the authorities they may sign for.</summary>
/// <param name="Country">The country.</param>
/// <param name="Anchors">Root certificates (trust anchors) of the country.</param>
/// <param name="Authorities">Authorities whose signatures chain to <paramref name="Anchors"/>.</param>
public sealed record TrustListCountry(CountryCode Country, IReadOnlyList<X509Certificate2> Anchors, IReadOnlyList<TrustedAuthority> Authorities);

/// <summary>
/// The trust list a verifier builds chains to (specification §8; schema <c>schemas/trust-list/1.0/trust-list.schema.json</c>):
/// per country, the trust anchors (base64 DER) and the authority ids they may sign for, with the roles allowed. Only
/// these anchors are trusted: the machine's certificate store is never consulted. Immutable and thread-safe.
/// </summary>
public sealed partial class TrustList
{
    // A trust list of all member states with a few anchors each is well below a megabyte.
    private static readonly ReaderLimits Limits = new() { MaxBytes = 4 * 1024 * 1024, MaxDepth = 16 };

    /// <summary>The one trust list format version this SDK reads.</summary>
    public const string FormatVersion = "1.0";

    internal TrustList(IReadOnlyList<TrustListCountry> countries, bool testOnly, IReadOnlyList<ReadOnlyMemory<byte>>? crls = null)
    {
        Countries = countries;
        TestOnly = testOnly;
        Crls = crls ?? [];
    }

    /// <summary>
    /// DER CRLs the list carries (specification §8.4), authenticated by the list's signature when it is read with the
    /// operator's anchor and by each CRL's own signature; used when the verification policy checks revocation.
    /// </summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Crls { get; }

    /// <summary>The countries, in file order.</summary>
    public IReadOnlyList<TrustListCountry> Countries { get; }

    /// <summary>True when the list is marked as holding test keys only (never for production use).</summary>
    public bool TestOnly { get; }

    /// <summary>Builds a trust list in memory.</summary>
    /// <param name="countries">The countries.</param>
    /// <param name="testOnly">Whether the list holds test keys only.</param>
    /// <param name="crls">DER CRLs to carry (specification §8.4); none when null.</param>
    /// <returns>The trust list.</returns>
    public static TrustList Create(IEnumerable<TrustListCountry> countries, bool testOnly = false, IEnumerable<ReadOnlyMemory<byte>>? crls = null)
    {
        ArgumentNullException.ThrowIfNull(countries);
        return new TrustList([.. countries], testOnly, crls is null ? null : [.. crls]);
    }

    /// <summary>Reads a trust list from UTF-8 JSON; bad data gives findings (<c>MLAT-TRUST-LIST-INVALID</c>), never an exception.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <returns>The list, or the findings with pointers into the file.</returns>
    public static TrustListReadResult Read(ReadOnlyMemory<byte> utf8Json)
    {
        // The one strict decoding path (docs/security.md): UTF-8, no duplicate member, no escaped lone surrogate.
        var document = StrictJsonReader.Parse(utf8Json, Limits, out var findings);
        if (document is null)
        {
            return new TrustListReadResult(null, [.. findings.Select(f => Finding.Error(FindingCodes.TrustListInvalid, f.Pointer, "The trust list is not strict I-JSON (" + f.Code + ")."))]);
        }

        using (document)
        {
            return ReadRoot(document.RootElement);
        }
    }

    /// <summary>
    /// Reads a signed trust list and verifies its signature against the operator's pinned anchor (specification §8.5):
    /// an unsigned list gives <c>MLAT-TRUST-LIST-UNSIGNED</c>, a list changed after signing or a malformed signature
    /// <c>MLAT-TRUST-LIST-SIGNATURE-INVALID</c>, a signer that does not build to the anchor now
    /// <c>MLAT-TRUST-LIST-SIGNER-UNTRUSTED</c>; never an exception.
    /// </summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="operatorAnchor">The trust-list operator's root certificate, configured out of band (never taken from the list).</param>
    /// <param name="timeProvider">The clock the signer's chain is judged at; <see cref="TimeProvider.System"/> when null.</param>
    /// <returns>The list, with <see cref="TrustListReadResult.IsSignatureVerified"/> true, or the findings.</returns>
    public static TrustListReadResult Read(ReadOnlyMemory<byte> utf8Json, X509Certificate2 operatorAnchor, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(operatorAnchor);
        var document = StrictJsonReader.Parse(utf8Json, Limits, out var findings);
        if (document is null)
        {
            return new TrustListReadResult(null, [.. findings.Select(f => Finding.Error(FindingCodes.TrustListInvalid, f.Pointer, "The trust list is not strict I-JSON (" + f.Code + ")."))]);
        }

        using (document)
        {
            // The signature first: nothing of an unverified list is interpreted.
            if (TrustListSignature.Verify(document.RootElement, operatorAnchor, (timeProvider ?? TimeProvider.System).GetUtcNow()) is { } failure)
            {
                return new TrustListReadResult(null, [failure]);
            }

            var result = ReadRoot(document.RootElement);
            return result.TrustList is null ? result : new TrustListReadResult(result.TrustList, [], signatureVerified: true);
        }
    }

    /// <summary>
    /// Writes the trust list signed by its operator (specification §8.5): the JSON of <see cref="ToJson"/> with a
    /// <c>signatures</c> member holding one JWS over its RFC 8785 canonical form.
    /// </summary>
    /// <param name="operatorKey">The operator's signing key and chain; readers pin the chain's root.</param>
    /// <param name="timeProvider">The clock for <c>iat</c>; <see cref="TimeProvider.System"/> when null.</param>
    /// <returns>The signed JSON, indented.</returns>
    public byte[] ToSignedJson(SigningKey operatorKey, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(operatorKey);
        using var unsigned = JsonDocument.Parse(ToJson());
        var canonical = EnvelopeContent.CanonicalBytes(unsigned.RootElement);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JadesHeader.CompactWriter.Encoder }))
        {
            w.WriteStartObject();
            foreach (var member in unsigned.RootElement.EnumerateObject())
            {
                member.WriteTo(w);
            }

            TrustListSignature.Write(w, canonical, operatorKey, (timeProvider ?? TimeProvider.System).GetUtcNow());
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Writes the trust list as UTF-8 JSON in the format of <c>schemas/trust-list/1.0</c>.</summary>
    /// <returns>The JSON, indented.</returns>
    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JadesHeader.CompactWriter.Encoder }))
        {
            w.WriteStartObject();
            w.WriteString("trustListVersion", FormatVersion);
            if (TestOnly)
            {
                w.WriteBoolean("testOnly", true);
            }

            w.WriteStartArray("countries");
            foreach (var country in Countries)
            {
                w.WriteStartObject();
                w.WriteString("country", country.Country.ToString());
                w.WriteStartArray("anchors");
                foreach (var anchor in country.Anchors)
                {
                    w.WriteStringValue(Convert.ToBase64String(anchor.RawData));
                }

                w.WriteEndArray();
                w.WriteStartArray("authorities");
                foreach (var authority in country.Authorities)
                {
                    w.WriteStartObject();
                    w.WriteString("authorityId", authority.AuthorityId);
                    w.WriteStartArray("roles");
                    foreach (var role in authority.Roles.Where(r => r != SignerRole.Publishing))
                    {
                        w.WriteStringValue(RoleName(role));
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (Crls.Count > 0)
            {
                w.WriteStartArray("crls");
                foreach (var crl in Crls)
                {
                    w.WriteStringValue(Convert.ToBase64String(crl.Span));
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    internal static string RoleName(SignerRole role) => role switch
    {
        SignerRole.Issuing => "ISSUING",
        SignerRole.Validating => "VALIDATING",
        SignerRole.Executing => "EXECUTING",
        SignerRole.Publishing => "PUBLISHING", // never listed (every listed authority's); named in findings' text only
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>The entries that list <paramref name="authorityId"/>, with the authority's entry in each.</summary>
    internal IEnumerable<(TrustListCountry Country, TrustedAuthority Authority)> Find(string authorityId)
    {
        foreach (var country in Countries)
        {
            foreach (var authority in country.Authorities)
            {
                if (string.Equals(authority.AuthorityId, authorityId, StringComparison.Ordinal))
                {
                    yield return (country, authority);
                }
            }
        }
    }

    [GeneratedRegex("^[A-Z]{2}:[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex AuthorityIdPattern();

    private static TrustListReadResult ReadRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Invalid(string.Empty, "The trust list is not a JSON object.");
        }

        foreach (var member in root.EnumerateObject())
        {
            // signatures is checked by the signed read (Read with the operator's anchor), ignored otherwise.
            if (member.Name is not ("trustListVersion" or "testOnly" or "countries" or "crls" or EnvelopeContent.SignaturesMember))
            {
                return Invalid(JsonPointer.Member(string.Empty, member.Name), "The trust list has a member schemas/trust-list/1.0 does not define.");
            }
        }

        if (!root.TryGetProperty("trustListVersion", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != FormatVersion)
        {
            return Invalid("/trustListVersion", "trustListVersion must be \"1.0\".");
        }

        var testOnly = false;
        if (root.TryGetProperty("testOnly", out var test))
        {
            if (test.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                return Invalid("/testOnly", "testOnly must be a boolean.");
            }

            testOnly = test.GetBoolean();
        }

        if (!root.TryGetProperty("countries", out var countries) || countries.ValueKind != JsonValueKind.Array || countries.GetArrayLength() == 0)
        {
            return Invalid("/countries", "countries must be a non-empty array.");
        }

        var list = new List<TrustListCountry>();
        var index = 0;
        foreach (var entry in countries.EnumerateArray())
        {
            var pointer = "/countries/" + index++;
            var country = ReadCountry(entry, pointer, out var failure);
            if (country is null)
            {
                return failure!;
            }

            list.Add(country);
        }

        var crls = new List<ReadOnlyMemory<byte>>();
        if (root.TryGetProperty("crls", out var crlArray))
        {
            if (crlArray.ValueKind != JsonValueKind.Array || crlArray.GetArrayLength() is 0 or > MaxCrls)
            {
                return Invalid("/crls", "crls must be a non-empty array of at most 256 CRLs.");
            }

            index = 0;
            foreach (var item in crlArray.EnumerateArray())
            {
                var der = item.ValueKind == JsonValueKind.String ? StrictBase64(item.GetString()!) : null;
                if (der is null || CertificateRevocationList.TryRead(der) is null)
                {
                    return Invalid("/crls/" + index, "A CRL is not the base64 of a DER X.509 v2 CRL the SDK can judge.");
                }

                crls.Add(der);
                index++;
            }
        }

        return new TrustListReadResult(new TrustList(list, testOnly, crls), []);
    }

    private static TrustListCountry? ReadCountry(JsonElement entry, string pointer, out TrustListReadResult? failure)
    {
        failure = null;
        if (entry.ValueKind != JsonValueKind.Object)
        {
            failure = Invalid(pointer, "A country entry is not an object.");
            return null;
        }

        foreach (var member in entry.EnumerateObject())
        {
            if (member.Name is not ("country" or "anchors" or "authorities"))
            {
                failure = Invalid(JsonPointer.Member(pointer, member.Name), "A country entry has a member the schema does not define.");
                return null;
            }
        }

        if (!entry.TryGetProperty("country", out var code) || code.ValueKind != JsonValueKind.String
            || code.GetString() is not { Length: 2 } text || !text.All(char.IsAsciiLetterUpper)
            || !Enum.TryParse<CountryCode>(text, ignoreCase: false, out var country))
        {
            failure = Invalid(pointer + "/country", "country must be an ISO 3166-1 alpha-2 code.");
            return null;
        }

        if (!entry.TryGetProperty("anchors", out var anchors) || anchors.ValueKind != JsonValueKind.Array || anchors.GetArrayLength() == 0)
        {
            failure = Invalid(pointer + "/anchors", "anchors must be a non-empty array.");
            return null;
        }

        var certificates = new List<X509Certificate2>();
        var i = 0;
        foreach (var anchor in anchors.EnumerateArray())
        {
            var certificate = anchor.ValueKind == JsonValueKind.String ? LoadBase64Certificate(anchor.GetString()!) : null;
            if (certificate is null)
            {
                failure = Invalid(pointer + "/anchors/" + i, "An anchor is not a base64 DER X.509 certificate.");
                return null;
            }

            certificates.Add(certificate);
            i++;
        }

        if (!entry.TryGetProperty("authorities", out var authorities) || authorities.ValueKind != JsonValueKind.Array || authorities.GetArrayLength() == 0)
        {
            failure = Invalid(pointer + "/authorities", "authorities must be a non-empty array.");
            return null;
        }

        var list = new List<TrustedAuthority>();
        i = 0;
        foreach (var authority in authorities.EnumerateArray())
        {
            var item = ReadAuthority(authority, pointer + "/authorities/" + i, out failure);
            if (item is null)
            {
                return null;
            }

            // A country's anchors vouch for that country's authorities only: a rule the schema cannot state.
            if (!item.AuthorityId.StartsWith(text + ":", StringComparison.Ordinal))
            {
                failure = Invalid(pointer + "/authorities/" + i + "/authorityId", "The authority id does not belong to the entry's country.");
                return null;
            }

            list.Add(item);
            i++;
        }

        return new TrustListCountry(country, certificates, list);
    }

    private static TrustedAuthority? ReadAuthority(JsonElement element, string pointer, out TrustListReadResult? failure)
    {
        failure = null;
        if (element.ValueKind != JsonValueKind.Object || element.EnumerateObject().Any(m => m.Name is not ("authorityId" or "roles")))
        {
            failure = Invalid(pointer, "An authority entry is not an object with authorityId and roles only.");
            return null;
        }

        if (!element.TryGetProperty("authorityId", out var id) || id.ValueKind != JsonValueKind.String || !AuthorityIdPattern().IsMatch(id.GetString()!))
        {
            failure = Invalid(pointer + "/authorityId", "authorityId must match CC:local-id.");
            return null;
        }

        if (!element.TryGetProperty("roles", out var roles) || roles.ValueKind != JsonValueKind.Array || roles.GetArrayLength() == 0)
        {
            failure = Invalid(pointer + "/roles", "roles must be a non-empty array.");
            return null;
        }

        var list = new List<SignerRole>();
        var i = 0;
        foreach (var role in roles.EnumerateArray())
        {
            SignerRole? parsed = role.ValueKind != JsonValueKind.String ? null : role.GetString() switch
            {
                "ISSUING" => SignerRole.Issuing,
                "VALIDATING" => SignerRole.Validating,
                "EXECUTING" => SignerRole.Executing,
                _ => null,
            };
            if (parsed is null || list.Contains(parsed.Value))
            {
                failure = Invalid(pointer + "/roles/" + i, "A role is not ISSUING, VALIDATING or EXECUTING, or is repeated.");
                return null;
            }

            list.Add(parsed.Value);
            i++;
        }

        return new TrustedAuthority(id.GetString()!, list);
    }

    private const int MaxCrls = 256;

    private static byte[]? StrictBase64(string text)
    {
        try
        {
            var bytes = Convert.FromBase64String(text);
            return Convert.ToBase64String(bytes) == text ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static X509Certificate2? LoadBase64Certificate(string text)
    {
        try
        {
            var der = Convert.FromBase64String(text);
            return Convert.ToBase64String(der) == text ? X509CertificateLoader.LoadCertificate(der) : null;
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return null;
        }
    }


    private static TrustListReadResult Invalid(string pointer, string message)
        => new(null, [Finding.Error(FindingCodes.TrustListInvalid, pointer, message)]);
}

/// <summary>The outcome of <c>TrustList.Read</c>.</summary>
public sealed class TrustListReadResult : IMlatResult
{
    internal TrustListReadResult(TrustList? trustList, IReadOnlyList<Finding> findings, bool signatureVerified = false)
    {
        TrustList = trustList;
        Findings = findings;
        IsSignatureVerified = signatureVerified;
    }

    /// <summary>True when the list was read with the operator's anchor and its signature verified (specification §8.5).</summary>
    public bool IsSignatureVerified { get; }

    /// <summary>The trust list, or null when it is invalid.</summary>
    public TrustList? TrustList { get; }

    /// <summary>Why the trust list is invalid; empty on success.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>True when the trust list was read.</summary>
    public bool IsSuccess => TrustList is not null;

    /// <summary>Returns the trust list or throws <see cref="MlatException"/> carrying the findings.</summary>
    /// <exception cref="MlatException">The trust list is invalid or its signature did not verify.</exception>
    public TrustList TrustListOrThrow() => MlatException.Unless(this, TrustList);
}
