using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// Signs envelopes as specification §7.1 specifies: an RFC 7515 general-JSON signature object with a detached, empty payload,
/// appended to <c>signatures</c>; what is signed is listed by digest in the JAdES <c>sigD</c> header
/// (<c>ObjectIdByURIHash</c>): the JCS bytes of the envelope without <c>signatures</c>, each attachment, and — for a
/// parallel approval signature — signature 0. Thread-safe; time comes from the <see cref="TimeProvider"/>.
/// </summary>
public sealed class EnvelopeSigner
{
    private readonly TimeProvider _time;
    private readonly ReaderLimits _limits;

    /// <summary>Creates a signer.</summary>
    /// <param name="timeProvider">The clock for <c>iat</c>; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="limits">Reader limits for the envelope; <see cref="ReaderLimits.Default"/> when null.</param>
    public EnvelopeSigner(TimeProvider? timeProvider = null, ReaderLimits? limits = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _limits = limits ?? ReaderLimits.Default;
    }

    /// <summary>
    /// Signs an envelope and returns it with the new signature appended. Members keep their order; the output is
    /// indented when <paramref name="indented"/> is true and compact otherwise (the signature does not depend on layout).
    /// Compact output of an envelope that arrived compact (no whitespace outside strings, as the SDK's writer leaves
    /// it) keeps each member's value as it was, escapes included; any other input is re-written member by member.
    /// </summary>
    /// <param name="envelope">UTF-8 JSON of the envelope; existing signatures are kept.</param>
    /// <param name="key">The signer's key and certificate chain.</param>
    /// <param name="role">The role of the signature; <see cref="SignerRole.Validating"/> adds a parallel approval signature over signature 0.</param>
    /// <param name="attachments">Attachments to cover, each listed in <c>sigD</c> as <c>cid:&lt;id&gt;</c>.</param>
    /// <param name="indented">Whether to indent the output JSON.</param>
    /// <returns>The signed envelope, or findings: <c>MLAT-JSON-*</c>/<c>MLAT-VER-*</c>/<c>MLAT-TYPE-*</c> for unreadable
    /// input, <c>MLAT-SIG-MALFORMED</c> for a broken <c>signatures</c> member, <c>MLAT-SIG-COUNTERSIGNATURE-MISMATCH</c>
    /// for a parallel approval signature with no signature 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is <see cref="SignerRole.Publishing"/> (a
    /// message is never signed in it) or not a defined role.</exception>
    public SignResult Sign(ReadOnlyMemory<byte> envelope, SigningKey key, SignerRole role, IEnumerable<EnvelopeAttachment>? attachments = null, bool indented = false)
        => role == SignerRole.Publishing
            ? throw new ArgumentOutOfRangeException(nameof(role), "A message is never signed in the publishing role; SignCapabilities signs published documents.")
            : SignDocument(envelope, key, role, attachments, indented, SignedDocumentKind.Envelope, precomputed: null);

    /// <summary>
    /// Signs an envelope as <see cref="Sign"/> does, reading the attachments with asynchronous reads only: each is
    /// hashed in one pass before the signature is made, so a large file never blocks a thread.
    /// </summary>
    /// <param name="envelope">UTF-8 JSON of the envelope; existing signatures are kept.</param>
    /// <param name="key">The signer's key and certificate chain.</param>
    /// <param name="role">The role of the signature.</param>
    /// <param name="attachments">Attachments to cover, each listed in <c>sigD</c> as <c>cid:&lt;id&gt;</c>.</param>
    /// <param name="indented">Whether to indent the output JSON.</param>
    /// <param name="cancellationToken">Stops the reading of the attachments.</param>
    /// <returns>The signed envelope, or the findings of <see cref="Sign"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is <see cref="SignerRole.Publishing"/> or not a defined role.</exception>
    public async Task<SignResult> SignAsync(ReadOnlyMemory<byte> envelope, SigningKey key, SignerRole role, IEnumerable<EnvelopeAttachment>? attachments = null, bool indented = false, CancellationToken cancellationToken = default)
    {
        if (role == SignerRole.Publishing)
        {
            throw new ArgumentOutOfRangeException(nameof(role), "A message is never signed in the publishing role; SignCapabilities signs published documents.");
        }

        var list = attachments?.ToList() ?? [];
        var precomputed = new Dictionary<EnvelopeAttachment, byte[]>(ReferenceEqualityComparer.Instance);
        foreach (var attachment in list)
        {
            if (!precomputed.ContainsKey(attachment))
            {
                var digests = await attachment.HashAsync([(SigningHash, false)], cancellationToken).ConfigureAwait(false);
                precomputed[attachment] = digests[(SigningHash, false)];
            }
        }

        return SignDocument(envelope, key, role, list, indented, SignedDocumentKind.Envelope, precomputed);
    }

    /// <summary>
    /// Signs a capabilities document (specification §10.3), or a technical receipt, with a signature by the party in the
    /// publishing role (<see cref="SignerRole.Publishing"/>, which every authority of a trust list may claim): the same JWS JSON signature over the RFC 8785 form without <c>signatures</c>, appended to
    /// <c>signatures</c>. The document has no message header, so only the strict JSON rules apply to it.
    /// <see cref="CapabilitiesSignatureVerifier"/> verifies the result.
    /// </summary>
    /// <param name="capabilities">UTF-8 JSON of the capabilities document; existing signatures are kept.</param>
    /// <param name="key">The party's key; its certificate must name the document's <c>party.authorityId</c> for the
    /// signature to verify.</param>
    /// <param name="indented">Whether to indent the output JSON.</param>
    /// <returns>The signed document, or <c>MLAT-JSON-*</c> / <c>MLAT-SIG-MALFORMED</c> findings.</returns>
    public SignResult SignCapabilities(ReadOnlyMemory<byte> capabilities, SigningKey key, bool indented = false)
        => SignDocument(capabilities, key, SignerRole.Publishing, null, indented, SignedDocumentKind.Capabilities, precomputed: null);

    /// <summary>The digest algorithm of every <c>sigD</c> the signer writes (<c>S256</c>).</summary>
    private static readonly System.Security.Cryptography.HashAlgorithmName SigningHash = System.Security.Cryptography.HashAlgorithmName.SHA256;

    private SignResult SignDocument(ReadOnlyMemory<byte> envelope, SigningKey key, SignerRole role, IEnumerable<EnvelopeAttachment>? attachments, bool indented, SignedDocumentKind kind, Dictionary<EnvelopeAttachment, byte[]>? precomputed)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role));
        }

        var attachmentList = attachments?.ToList() ?? [];
        if (attachmentList.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count() != attachmentList.Count)
        {
            throw new ArgumentException("Attachment ids must be unique.", nameof(attachments));
        }

        using var read = StrictJsonReader.Read(envelope, _limits);
        if (read.Document is null || (kind == SignedDocumentKind.Envelope && !read.IsSuccess))
        {
            // Header findings (version, message type) concern messages only; a capabilities document has no header.
            return new SignResult(null, read.Findings);
        }

        var root = read.Document.RootElement;

        // The verifier refuses a number not in its RFC 8785 spelling (docs/security.md, "Numbers"): never sign one.
        if (read.HasNonCanonicalNumber && EnvelopeContent.FirstNonCanonicalNumber(root) is { } numberPointer)
        {
            return Fail(FindingCodes.SigNumberNotCanonical, numberPointer, "A number is not written in its RFC 8785 form; write it as the canonical form does (1, not 1.0 or 1e0).");
        }

        var existing = new List<JsonElement>();
        if (root.TryGetProperty(EnvelopeContent.SignaturesMember, out var signatures))
        {
            if (signatures.ValueKind != JsonValueKind.Array || !signatures.EnumerateArray().All(IsSignatureObject))
            {
                return Fail(FindingCodes.SigMalformed, "/signatures", "The signatures member is not an array of JWS signature objects.");
            }

            existing.AddRange(signatures.EnumerateArray());
        }

        var hash = SigningHash;
        var pars = new List<string> { JadesHeader.ContentPar };
        var digests = new List<byte[]> { EnvelopeContent.Digest(root, hash) };
        foreach (var attachment in attachmentList)
        {
            pars.Add(JadesHeader.AttachmentPrefix + attachment.Id);
            digests.Add(precomputed is not null && precomputed.TryGetValue(attachment, out var digest) ? digest : attachment.Hash(hash));
        }

        if (role == SignerRole.Validating)
        {
            if (existing.Count == 0)
            {
                return Fail(FindingCodes.SigCountersignatureMismatch, "/signatures", "A parallel approval signature needs signature 0 to approve.");
            }

            pars.Add(JadesHeader.SignatureZeroPar);
            digests.Add(EnvelopeContent.SignatureDigest(existing[0].GetProperty("protected").GetString()!, existing[0].GetProperty("signature").GetString()!, hash));
        }

        var header = new JadesHeader
        {
            Algorithm = key.Algorithm,
            Kid = key.Kid,
            X5c = key.ChainDer,
            IssuedAt = DateTimeOffset.FromUnixTimeSeconds(_time.GetUtcNow().ToUnixTimeSeconds()),
            Role = role,
            HashM = "S256",
            Pars = pars,
            HashV = digests,
        };

        // The signing input ASCII(BASE64URL(header)) || '.' (RFC 7515 §5.1, detached empty payload) is encoded straight
        // into one buffer, and the protected member is written from it: no string of the header.
        var headerJson = header.Write();
        var encodedLength = System.Buffers.Text.Base64Url.GetEncodedLength(headerJson.Length);
        var signingInput = ArrayPool<byte>.Shared.Rent(encodedLength + 1);
        try
        {
            System.Buffers.Text.Base64Url.EncodeToUtf8(headerJson, signingInput);
            signingInput[encodedLength] = (byte)'.';
            var signature = Base64UrlStrict.Encode(JwsAlgorithms.Sign(key.Algorithm, key.Key, signingInput.AsSpan(0, encodedLength + 1)));

            // Written into a pooled buffer and copied once into the result.
            using var output = new PooledByteBufferWriter(envelope.Length + 4096);
            using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                // Compact output from compact input copies each member's bytes as received (the writer's second pass
                // over the content would cost as much as canonicalizing it); otherwise every member is re-written.
                var copy = !indented && read.IsCompact;
                writer.WriteStartObject();
                foreach (var member in root.EnumerateObject())
                {
                    if (member.NameEquals(EnvelopeContent.SignaturesMember))
                    {
                        continue;
                    }

                    if (copy)
                    {
                        // The writer escapes the name it is given: a raw name that is already escaped is passed
                        // unescaped instead, or "\u0062ody" would come out as a member named by its escape.
                        var rawName = JsonMarshal.GetRawUtf8PropertyName(member);
                        if (rawName.IndexOf((byte)'\\') < 0)
                        {
                            writer.WritePropertyName(rawName);
                        }
                        else
                        {
                            writer.WritePropertyName(member.Name);
                        }

                        writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(member.Value), skipInputValidation: true);
                    }
                    else
                    {
                        member.WriteTo(writer);
                    }
                }

                writer.WriteStartArray(EnvelopeContent.SignaturesMember);
                foreach (var old in existing)
                {
                    old.WriteTo(writer);
                }

                writer.WriteStartObject();
                writer.WriteString("protected"u8, signingInput.AsSpan(0, encodedLength));
                writer.WriteString("signature", signature);
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            return new SignResult(output.ToArray(), []);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(signingInput);
        }
    }

    internal static bool IsSignatureObject(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        // protected and signature, strings; and an unprotected header only as JAdES etsiU (specification §7.1).
        var count = 0;
        foreach (var member in element.EnumerateObject())
        {
            count++;
            var ok = member.Name is "protected" or "signature"
                ? member.Value.ValueKind == JsonValueKind.String
                : member.Name == "header" && SignatureTimestamp.IsUnprotectedHeader(member.Value);
            if (!ok)
            {
                return false;
            }
        }

        return count == 2 || (count == 3 && element.TryGetProperty("header", out _));
    }

    /// <summary>
    /// Adds a signature time-stamp to signature <paramref name="index"/>, making it JAdES baseline-B-T: the TSA
    /// time-stamps ASCII(<c>signature</c>) and the token goes into the signature object's unprotected
    /// <c>header.etsiU</c> as <c>{"sigTst": {"tstTokens": [{"val": ...}]}}</c> (ETSI TS 119 182-1 §5.3.4). Nothing signed
    /// changes, so every signature stays valid.
    /// </summary>
    /// <param name="envelope">UTF-8 JSON of a signed envelope.</param>
    /// <param name="index">The signature to time-stamp; it must not have one yet.</param>
    /// <param name="authority">The time-stamping authority.</param>
    /// <param name="indented">Whether to indent the output JSON.</param>
    /// <param name="cancellationToken">Stops the request to the TSA.</param>
    /// <returns>The envelope with the time-stamp, or findings: <c>MLAT-JSON-*</c> for unreadable input,
    /// <c>MLAT-SIG-MALFORMED</c> for no such signature or one already time-stamped, <c>MLAT-SIG-TST-UNAVAILABLE</c>
    /// when the TSA gives no token.</returns>
    public async Task<SignResult> AddTimestampAsync(ReadOnlyMemory<byte> envelope, int index, ITimestampAuthority authority, bool indented = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authority);
        string signatureText;
        using (var read = StrictJsonReader.Read(envelope, _limits))
        {
            if (read.Document is null || !read.IsSuccess)
            {
                return new SignResult(null, read.Findings);
            }

            var root = read.Document.RootElement;
            if (!root.TryGetProperty(EnvelopeContent.SignaturesMember, out var signatures) || signatures.ValueKind != JsonValueKind.Array
                || index < 0 || index >= signatures.GetArrayLength() || !IsSignatureObject(signatures[index]) || signatures[index].TryGetProperty("header", out _))
            {
                return Fail(FindingCodes.SigMalformed, "/signatures", "There is no signature at that index without a time-stamp.");
            }

            signatureText = signatures[index].GetProperty("signature").GetString()!;
        }

        byte[] token;
        try
        {
            token = await authority.TimestampAsync(System.Text.Encoding.ASCII.GetBytes(signatureText), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or System.Security.Cryptography.CryptographicException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Fail(FindingCodes.SigTstUnavailable, "/signatures/" + index, "The time-stamping authority gave no time-stamp token.");
        }

        using var again = StrictJsonReader.Read(envelope, _limits);
        var output = new ArrayBufferWriter<byte>(envelope.Length + token.Length * 2 + 256);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            foreach (var member in again.Document!.RootElement.EnumerateObject())
            {
                if (!member.NameEquals(EnvelopeContent.SignaturesMember))
                {
                    member.WriteTo(writer);
                    continue;
                }

                writer.WriteStartArray(EnvelopeContent.SignaturesMember);
                var i = 0;
                foreach (var signature in member.Value.EnumerateArray())
                {
                    if (i++ != index)
                    {
                        signature.WriteTo(writer);
                        continue;
                    }

                    writer.WriteStartObject();
                    writer.WriteString("protected", signature.GetProperty("protected").GetString());
                    writer.WriteStartObject("header");
                    writer.WriteStartArray("etsiU");
                    writer.WriteStartObject();
                    writer.WriteStartObject("sigTst");
                    writer.WriteStartArray("tstTokens");
                    writer.WriteStartObject();
                    writer.WriteString("val", Convert.ToBase64String(token));
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                    writer.WriteString("signature", signatureText);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return new SignResult(output.WrittenSpan.ToArray(), []);
    }

    private static SignResult Fail(string code, string pointer, string message)
        => new(null, [Finding.Error(code, pointer, message)]);
}
