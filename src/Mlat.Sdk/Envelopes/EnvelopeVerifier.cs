using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Envelopes;

/// <summary>
/// Verifies signed envelopes in the order of specification §7.8: limits and strict parse; then each signature on its own
/// (strict base64url, protected header without duplicates, <c>alg</c>, no <c>jwk</c>/<c>jku</c>/<c>x5u</c>, <c>crit</c>,
/// certificate and chain to the trust list at <c>iat</c>, key usage, signature, <c>sigD</c> digests, time); then the
/// policy (sender, required roles), the recipient and replay. Bad data gives coded findings, never an exception.
/// Thread-safe.
/// </summary>
public sealed class EnvelopeVerifier
{

    // Hostile-input bounds (specification §16): an envelope has an issuer, a validator and a few receipts, never dozens.
    private const int MaxSignatures = 16;
    private const int MaxProtectedHeaderBytes = 64 * 1024;
    private static readonly TimeSpan DefaultReplayRetention = TimeSpan.FromDays(30);

    private readonly TrustList _trustList;
    private readonly VerificationPolicy _policy;
    private readonly TimeProvider _time;
    private readonly ReaderLimits _limits;
    private readonly IReplayStore _replay;
    private readonly HashSet<string> _accepted;

    // Chains that built, by (x5c, authority), with the window in which every certificate of the chain is valid. The trust
    // list and chain policy are fixed per verifier, so a chain that built at one iat builds at any iat in the window;
    // building is the most expensive step of a verification. Bounded; failures are never cached.
    private readonly ConcurrentDictionary<string, ChainOutcome> _chains = new(StringComparer.Ordinal);
    private const int MaxCachedChains = 4096;

    // The certificates of x5c decoded once, by the SHA-256 of their DER, with the leaf's key per algorithm; expiry-aware
    // by this verifier's clock and bounded (CertificateCache).
    private readonly CertificateCache _certificates;

    /// <summary>Creates a verifier.</summary>
    /// <param name="trustList">The only trust anchors chains are built to.</param>
    /// <param name="policy">The policy; <see cref="VerificationPolicy.Default"/> when null.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="limits">Reader limits; <see cref="ReaderLimits.Default"/> when null.</param>
    /// <param name="logger">Receives one entry per verification: signer roles and authority ids, or finding codes; never content.</param>
    public EnvelopeVerifier(TrustList trustList, VerificationPolicy? policy = null, TimeProvider? timeProvider = null, ReaderLimits? limits = null, Microsoft.Extensions.Logging.ILogger<EnvelopeVerifier>? logger = null)
    {
        _logger = (Microsoft.Extensions.Logging.ILogger?)logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        ArgumentNullException.ThrowIfNull(trustList);
        _trustList = trustList;
        _policy = policy ?? VerificationPolicy.Default;
        _time = timeProvider ?? TimeProvider.System;
        _certificates = new CertificateCache(_time);
        _limits = limits ?? ReaderLimits.Default;
        _replay = _policy.ReplayStore ?? new InMemoryReplayStore(_time);
        _accepted = new HashSet<string>(_policy.AcceptedAlgorithms, StringComparer.Ordinal);
        // CRLs the trust list carries join those of the policy (specification §8.4).
        _revocation = _policy.Revocation is { } revocation
            ? new RevocationChecker(trustList.Crls.Count == 0 ? revocation : revocation with { Crls = [.. revocation.Crls, .. trustList.Crls] }, _time, _policy.ClockSkew)
            : null;
    }

    private readonly RevocationChecker? _revocation;

    /// <summary>How many decoded certificates this verifier keeps (for tests of the cache's bounds and expiry).</summary>
    internal int CachedCertificateCount => _certificates.Count;

    private readonly Microsoft.Extensions.Logging.ILogger _logger;

    /// <summary>Verifies an envelope and the attachments its signatures cover.</summary>
    /// <param name="envelope">UTF-8 JSON of the signed envelope.</param>
    /// <param name="attachments">The attachments, by id; each <c>cid:</c> entry of a <c>sigD</c> must be among them.</param>
    /// <returns>The result: verified signers, or coded findings.</returns>
    public VerificationResult Verify(ReadOnlyMemory<byte> envelope, IEnumerable<EnvelopeAttachment>? attachments = null)
        => VerifyDocument(envelope, attachments, SignedDocumentKind.Envelope);

    /// <summary>
    /// Verifies an envelope, or — for <see cref="SignedDocumentKind.Capabilities"/> — a capabilities document
    /// (specification §10.3), which is signed the same way but has no message header: signature 0 must be by
    /// <c>party.authorityId</c>, <c>iat</c> must fit <c>issuedAt</c> when there is one, and there is no recipient and
    /// no replay check (a published document is fetched again and again by design).
    /// </summary>
    internal VerificationResult VerifyDocument(ReadOnlyMemory<byte> envelope, IEnumerable<EnvelopeAttachment>? attachments, SignedDocumentKind kind)
    {
        using var read = StrictJsonReader.Read(envelope, _limits);
        return VerifyRead(read, envelope, attachments, kind);
    }

    /// <summary>
    /// Verifies an envelope as <see cref="Verify"/> does, reading the attachments with asynchronous reads only: the
    /// digests the signatures' <c>sigD</c> ask for are computed first, one pass per attachment, so a large file never
    /// blocks a thread.
    /// </summary>
    /// <param name="envelope">UTF-8 JSON of the signed envelope.</param>
    /// <param name="attachments">The attachments, by id; each <c>cid:</c> entry of a <c>sigD</c> must be among them.</param>
    /// <param name="cancellationToken">Stops the reading of the attachments.</param>
    /// <returns>The result: verified signers, or coded findings.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The two VerifyAsync overloads differ in their first parameter (Stream or ReadOnlyMemory<byte>), so no call can be ambiguous.")]
    public async Task<VerificationResult> VerifyAsync(ReadOnlyMemory<byte> envelope, IEnumerable<EnvelopeAttachment>? attachments = null, CancellationToken cancellationToken = default)
    {
        var list = attachments?.ToList() ?? [];
        using var read = StrictJsonReader.Read(envelope, _limits);
        Dictionary<EnvelopeAttachment, Dictionary<(HashAlgorithmName Hash, bool Base64UrlEncoded), byte[]>>? precomputed = null;
        if (list.Count > 0)
        {
            var needs = DigestsNamed(read);
            precomputed = new(ReferenceEqualityComparer.Instance);
            foreach (var attachment in list)
            {
                if (needs.Count > 0 && !precomputed.ContainsKey(attachment))
                {
                    precomputed[attachment] = await attachment.HashAsync(needs, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return VerifyRead(read, envelope, list, SignedDocumentKind.Envelope, precomputed);
    }

    /// <summary>
    /// The attachment ids (<c>cid:&lt;id&gt;</c>) the readable protected headers of <paramref name="read"/> name in their
    /// <c>sigD</c>: the attachments a receiver must be handed. Unreadable headers are skipped; verification reports them.
    /// </summary>
    internal HashSet<string> AttachmentIdsNamed(ReadResult read)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (read.Document is null
            || !read.Document.RootElement.TryGetProperty(EnvelopeContent.SignaturesMember, out var signatures)
            || signatures.ValueKind != JsonValueKind.Array || signatures.GetArrayLength() > MaxSignatures)
        {
            return ids;
        }

        foreach (var signature in signatures.EnumerateArray())
        {
            if (EnvelopeSigner.IsSignatureObject(signature)
                && signature.GetProperty("protected").GetString() is { Length: <= MaxProtectedHeaderBytes * 4 / 3 + 4 } text
                && Base64UrlStrict.TryDecode(text, out var headerBytes) && headerBytes.Length > 0
                && JadesHeader.Read(headerBytes, _accepted, out _, out _, _certificates) is { } header)
            {
                foreach (var par in header.Pars.Where(p => p.StartsWith(JadesHeader.AttachmentPrefix, StringComparison.Ordinal)))
                {
                    ids.Add(par[JadesHeader.AttachmentPrefix.Length..]);
                }
            }
        }

        return ids;
    }

    /// <summary>
    /// The (digest algorithm, encoding) pairs the readable protected headers of the envelope <paramref name="read"/>
    /// holds use for <c>sigD</c>: what the async path hashes attachments for. Unreadable headers are skipped here;
    /// verification, on the same read, reports them.
    /// </summary>
    private List<(HashAlgorithmName Hash, bool Base64UrlEncoded)> DigestsNamed(ReadResult read)
    {
        var needs = new List<(HashAlgorithmName, bool)>();
        if (read.Document is null
            || !read.Document.RootElement.TryGetProperty(EnvelopeContent.SignaturesMember, out var signatures)
            || signatures.ValueKind != JsonValueKind.Array || signatures.GetArrayLength() > MaxSignatures)
        {
            return needs;
        }

        foreach (var signature in signatures.EnumerateArray())
        {
            if (EnvelopeSigner.IsSignatureObject(signature)
                && signature.GetProperty("protected").GetString() is { Length: <= MaxProtectedHeaderBytes * 4 / 3 + 4 } text
                && Base64UrlStrict.TryDecode(text, out var headerBytes) && headerBytes.Length > 0
                && JadesHeader.Read(headerBytes, _accepted, out _, out _, _certificates) is { } header
                && header.Pars.Any(p => p.StartsWith(JadesHeader.AttachmentPrefix, StringComparison.Ordinal))
                && !needs.Contains((JadesHeader.HashOf(header.HashM), !header.Unencoded)))
            {
                needs.Add((JadesHeader.HashOf(header.HashM), !header.Unencoded));
            }
        }

        return needs;
    }

    /// <summary>
    /// Verifies a document already read strictly from <paramref name="envelope"/> (the receive pipeline reads once and
    /// hands the same read to the validator). Does not dispose <paramref name="read"/>.
    /// </summary>
    internal VerificationResult VerifyRead(ReadResult read, ReadOnlyMemory<byte> envelope, IEnumerable<EnvelopeAttachment>? attachments, SignedDocumentKind kind,
        Dictionary<EnvelopeAttachment, Dictionary<(HashAlgorithmName Hash, bool Base64UrlEncoded), byte[]>>? precomputed = null)
    {
        var result = VerifyCore(read, envelope, attachments, kind, precomputed);
        if (!_logger.IsEnabled(result.IsSuccess ? Microsoft.Extensions.Logging.LogLevel.Information : Microsoft.Extensions.Logging.LogLevel.Warning))
        {
            return result;
        }

#pragma warning disable CA1873 // IsEnabled is checked just above, for the level this entry uses.
        if (result.IsSuccess)
        {
            SdkLog.Verified(_logger, result.Signatures.Count, string.Join(",", result.Signatures.Select(s => $"{s.Role}:{s.AuthorityId}")));
        }
        else
        {
            SdkLog.NotVerified(_logger, string.Join(",", result.Findings.Select(f => f.Code).Distinct()));
        }
#pragma warning restore CA1873

        return result;
    }

    /// <summary>
    /// Reads an envelope from a stream (at most the reader limit plus one byte, so an oversized one is reported, not
    /// buffered) and verifies it.
    /// </summary>
    /// <param name="envelope">The signed envelope's UTF-8 JSON.</param>
    /// <param name="attachments">The attachments, by id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The result: verified signers, or coded findings.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The two VerifyAsync overloads differ in their first parameter (Stream or ReadOnlyMemory<byte>), so no call can be ambiguous.")]
    public async Task<VerificationResult> VerifyAsync(Stream envelope, IEnumerable<EnvelopeAttachment>? attachments = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var buffer = new byte[Math.Min(_limits.MaxBytes + 1, 1 << 16)];
        using var collected = new MemoryStream();
        int read;
        while (collected.Length <= _limits.MaxBytes && (read = await envelope.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            collected.Write(buffer, 0, read);
        }

        return await VerifyAsync(collected.GetBuffer().AsMemory(0, (int)collected.Length), attachments, cancellationToken).ConfigureAwait(false);
    }

    private VerificationResult VerifyCore(ReadResult read, ReadOnlyMemory<byte> envelope, IEnumerable<EnvelopeAttachment>? attachments, SignedDocumentKind kind,
        Dictionary<EnvelopeAttachment, Dictionary<(HashAlgorithmName Hash, bool Base64UrlEncoded), byte[]>>? precomputed)
    {
        var byId = new Dictionary<string, EnvelopeAttachment>(StringComparer.Ordinal);
        var handed = new List<string>();
        foreach (var attachment in attachments ?? [])
        {
            if (byId.TryAdd(attachment.Id, attachment))
            {
                handed.Add(attachment.Id);
            }
        }

        if (read.Document is null || (kind == SignedDocumentKind.Envelope && !read.IsSuccess))
        {
            // A capabilities document has no message header: the reader's header findings do not apply to it, the
            // strict JSON checks (which leave no document) do.
            return new VerificationResult(read.Findings, [], null, Uncovered(handed));
        }

        var root = read.Document.RootElement;
        var findings = new List<Finding>();
        if (!root.TryGetProperty(EnvelopeContent.SignaturesMember, out var signatures)
            || (signatures.ValueKind == JsonValueKind.Array && signatures.GetArrayLength() == 0))
        {
            findings.Add(Finding.Error(FindingCodes.SigMissing, string.Empty, "The envelope is not signed."));
            return new VerificationResult(findings, [], null, Uncovered(handed));
        }

        if (signatures.ValueKind != JsonValueKind.Array || signatures.GetArrayLength() > MaxSignatures)
        {
            findings.Add(Finding.Error(FindingCodes.SigMalformed, "/signatures", "signatures is not an array of at most 16 signature objects."));
            return new VerificationResult(findings, [], null, Uncovered(handed));
        }

        var header = root.TryGetProperty("header", out var h) && h.ValueKind == JsonValueKind.Object ? h : default;
        using var context = kind == SignedDocumentKind.Envelope
            ? new Context(root, signatures, byId, CreatedAt(header, "createdAt"), "/header/createdAt", createdAtRequired: true) { Precomputed = precomputed }
            : new Context(root, signatures, byId, CreatedAt(root, "issuedAt"), "/issuedAt", createdAtRequired: false) { Precomputed = precomputed };
        // Numbers spelled otherwise than RFC 8785 would keep the canonical digest and still bind differently.
        if (read.HasNonCanonicalNumber && EnvelopeContent.FirstNonCanonicalNumber(root) is { } numberPointer)
        {
            findings.Add(Finding.Error(FindingCodes.SigNumberNotCanonical, numberPointer, "A number is not written in its RFC 8785 form, which the signature covers."));
        }

        var verified = new List<VerifiedSignature>();
        for (var i = 0; i < signatures.GetArrayLength(); i++)
        {
            var result = VerifyOne(context, i);
            if (result.Signature is not null)
            {
                verified.Add(result.Signature);
            }
            else
            {
                findings.Add(result.Finding!);
            }
        }

        findings.AddRange(context.Warnings);
        var coverage = Coverage(context, handed, verified, findings);
        if (kind == SignedDocumentKind.Capabilities)
        {
            CheckSender(root.TryGetProperty("party", out var party) && party.ValueKind == JsonValueKind.Object && party.TryGetProperty("authorityId", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null, verified, findings);
            // A published document needs the publishing role only (specification §7.4): the roles a policy requires of
            // messages cannot be met by it, since any other role is refused just below.
            CheckPublishing(verified, findings, published: true);
            return new VerificationResult(findings, verified, NoError(findings) ? envelope.ToArray() : null, coverage);
        }

        CheckPublishing(verified, findings, published: false);
        CheckPolicy(header, root.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.Object ? body : default, verified, findings);
        if (NoError(findings))
        {
            // Recorded last, and only for a message that passed everything else, so forgeries cannot fill the store
            // or block the genuine message.
            var sender = StringAt(header, "sender", "authorityId") ?? string.Empty;
            var messageId = header.ValueKind == JsonValueKind.Object && header.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()!
                : string.Empty;
            var newest = verified.Max(s => s.SignedAt);
            var expiry = newest + (_policy.MaximumAge ?? DefaultReplayRetention) + _policy.ClockSkew;
            if (!_replay.TryRecord(sender, messageId, expiry))
            {
                findings.Add(Finding.Error(FindingCodes.SigReplay, "/header/messageId", "This sender's messageId was already accepted."));
            }
        }

        return new VerificationResult(findings, verified, NoError(findings) ? envelope.ToArray() : null, coverage);
    }

    private static bool NoError(List<Finding> findings) => !findings.Exists(f => f.Severity == FindingSeverity.Error);

    /// <summary>
    /// Which valid signatures cover each attachment handed in. One that no signature's <c>sigD</c> even names is refused
    /// with its own finding, so unsigned bytes are never part of a verified result (docs/security.md, "Attachments"); one
    /// named only by a signature that failed is already refused by that signature's finding.
    /// </summary>
    private static List<AttachmentCoverage> Coverage(Context context, List<string> handed, List<VerifiedSignature> verified, List<Finding> findings)
    {
        var coverage = new List<AttachmentCoverage>(handed.Count);
        var uncovered = false;
        foreach (var id in handed)
        {
            var covering = verified
                .Where(s => context.Covered.TryGetValue(s.Index, out var ids) && ids.Contains(id))
                .Select(s => s.Index)
                .ToList();
            uncovered |= covering.Count == 0 && !context.Named.Contains(id);
            coverage.Add(new AttachmentCoverage(id, covering));
        }

        if (uncovered)
        {
            // The id is the caller's, but it may be a file name: the message names no id, the result lists them.
            findings.Add(Finding.Error(FindingCodes.SigAttachmentNotCovered, "/signatures", "An attachment handed to the verifier is covered by no valid signature; see the result's attachment list."));
        }

        return coverage;
    }

    private static List<AttachmentCoverage> Uncovered(List<string> handed) => [.. handed.Select(id => new AttachmentCoverage(id, []))];

    private void CheckPolicy(JsonElement header, JsonElement body, List<VerifiedSignature> verified, List<Finding> findings)
    {
        // Signature 0 is the sender's own (specification §7.9: signature 0 is by header.sender).
        CheckSender(StringAt(header, "sender", "authorityId"), verified, findings);
        var first = verified.FirstOrDefault(s => s.Index == 0);
        var messageType = header.ValueKind == JsonValueKind.Object && header.TryGetProperty("messageType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (_policy.RequireSenderRole && first is not null)
        {
            var demanded = SenderRoles.For(messageType);
            // A publishing signature 0 is already refused by CheckPublishing: one finding, not two.
            if (first.Role != SignerRole.Publishing && ((demanded is { } role && first.Role != role) || first.Role == SignerRole.Validating))
            {
                findings.Add(Finding.Error(FindingCodes.SigSenderRole, "/signatures/0", "Signature 0 does not claim the role the message type demands of its sender."));
            }
        }

        if (_policy.RequireIndependentValidator && first is not null)
        {
            foreach (var validator in verified.Where(s => s.Role == SignerRole.Validating))
            {
                // EIO art. 2(c)(ii): validation is by another judicial authority of the issuing State.
                if (string.Equals(validator.AuthorityId, first.AuthorityId, StringComparison.Ordinal) || validator.Country != first.Country)
                {
                    findings.Add(Finding.Error(FindingCodes.SigValidatorNotIndependent, "/signatures/" + validator.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), "The validating signature is not by another authority of the issuing State."));
                }
            }
        }

        CheckRoles(messageType, body, verified, findings);
        if (_policy.VerifierAuthorityId is { } me && !string.Equals(StringAt(header, "recipient", "authorityId"), me, StringComparison.Ordinal))
        {
            findings.Add(Finding.Error(FindingCodes.SigRecipientMismatch, "/header/recipient/authorityId", "The message is not addressed to the verifying authority."));
        }
    }

    private static void CheckSender(string? sender, List<VerifiedSignature> verified, List<Finding> findings)
    {
        var first = verified.FirstOrDefault(s => s.Index == 0);
        if (first is not null && !string.Equals(first.AuthorityId, sender, StringComparison.Ordinal))
        {
            findings.Add(Finding.Error(FindingCodes.SigSenderMismatch, "/signatures/0", "Signature 0 is not by the authority named as sender."));
        }
    }

    // A published document (capabilities, receipt) is signed in the publishing role only, and a message never is: the
    // role any listed authority may claim must not stand in for the roles a trust list grants (specification §7.4).
    private static void CheckPublishing(List<VerifiedSignature> verified, List<Finding> findings, bool published)
    {
        foreach (var signature in verified.Where(s => (s.Role == SignerRole.Publishing) != published))
        {
            findings.Add(Finding.Error(
                FindingCodes.SigSenderRole,
                "/signatures/" + signature.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                published ? "A capabilities document or receipt is signed in the publishing role." : "A message signature cannot claim the publishing role."));
        }
    }

    // The roles this message needs (specification §7.10): the policy's for every message, its table's for the message
    // type, and VALIDATING when the body declares a validating authority.
    private void CheckRoles(string? messageType, JsonElement body, List<VerifiedSignature> verified, List<Finding> findings)
    {
        var required = new List<SignerRole>(_policy.RequiredRoles);
        if (messageType is not null && Enum.TryParse<MessageType>(messageType, ignoreCase: false, out var type) && Enum.IsDefined(type)
            && type.ToString() == messageType && _policy.RequiredRolesByMessageType.TryGetValue(type, out var byType))
        {
            required.AddRange(byType);
        }

        // EIO art. 2(c)(ii) and annex A section L; Regulation (EU) 2023/1543 art. 4: an order issued by an
        // authority that is not a judge, court or prosecutor is validated by one. A body that names its validating
        // authority claims that validation, which only that authority's own signature proves.
        if (_policy.RequireDeclaredValidation && body.ValueKind == JsonValueKind.Object
            && body.TryGetProperty("validatingAuthority", out var validating) && validating.ValueKind == JsonValueKind.Object)
        {
            required.Add(SignerRole.Validating);
        }

        foreach (var role in required.Distinct())
        {
            if (!verified.Any(s => s.Role == role))
            {
                findings.Add(Finding.Error(FindingCodes.SigRoleMissing, "/signatures", "No valid signature in the required role " + TrustList.RoleName(role) + "."));
            }
        }
    }

    private (VerifiedSignature? Signature, Finding? Finding) VerifyOne(Context context, int index)
    {
        var pointer = "/signatures/" + index;
        var element = context.Signatures[index];
        if (!EnvelopeSigner.IsSignatureObject(element))
        {
            return Fail(FindingCodes.SigMalformed, pointer, "The signature object must have exactly the string members protected and signature.");
        }

        // Both members are read as UTF-8 straight from the envelope and decoded into pooled buffers: no string of the
        // header, no array per step (issue 17). The rules are those of the string path (Base64UrlStrict).
        byte[]? protectedCopy = null;
        byte[]? rented = null;
        try
        {
            var protectedText = StringContent(element.GetProperty("protected"), ref protectedCopy);
            if (Utf16Length(protectedText) > MaxProtectedHeaderBytes * 4 / 3 + 4)
            {
                return Fail(FindingCodes.SigHeaderMalformed, pointer + "/protected", "The protected header exceeds the size limit.");
            }

            byte[]? signatureCopy = null;
            var signatureText = StringContent(element.GetProperty("signature"), ref signatureCopy);

            // One buffer: the signing input ASCII(protected) || '.' (RFC 7515 §5.2 step 8, detached empty payload), then
            // the decoded header, then the decoded signature.
            var headerMax = Base64UrlStrict.MaxDecodedLength(protectedText.Length);
            var signatureMax = Base64UrlStrict.MaxDecodedLength(signatureText.Length);
            rented = ArrayPool<byte>.Shared.Rent(protectedText.Length + 1 + headerMax + signatureMax);
            var signingInput = rented.AsMemory(0, protectedText.Length + 1);
            protectedText.CopyTo(rented);
            rented[protectedText.Length] = (byte)'.';
            if (!Base64UrlStrict.TryDecode(protectedText, rented.AsSpan(signingInput.Length, headerMax), out var headerLength) || headerLength == 0)
            {
                return Fail(FindingCodes.SigBase64Url, pointer + "/protected", "protected is not strict unpadded base64url.");
            }

            var signatureStart = signingInput.Length + headerMax;
            if (!Base64UrlStrict.TryDecode(signatureText, rented.AsSpan(signatureStart, signatureMax), out var signatureLength) || signatureLength == 0)
            {
                return Fail(FindingCodes.SigBase64Url, pointer + "/signature", "signature is not strict unpadded base64url.");
            }

            var header = JadesHeader.Read(rented.AsMemory(signingInput.Length, headerLength), _accepted, out var code, out var member, _certificates);
            if (header is null)
            {
                return Fail(code!, pointer + "/protected", "The protected header failed a check" + (member is null ? "." : " at member " + member + "."));
            }

            foreach (var par in header.Pars)
            {
                if (par.StartsWith(JadesHeader.AttachmentPrefix, StringComparison.Ordinal))
                {
                    context.Named.Add(par[JadesHeader.AttachmentPrefix.Length..]);
                }
            }

            return VerifyLeaf(context, index, header, signingInput.Span, rented.AsSpan(signatureStart, signatureLength), pointer);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The content of a JSON string as UTF-8: the raw bytes in the envelope when it has no escape (base64url never needs
    /// one), else its unescaped value, as <see cref="JsonElement.GetString"/> gives it, encoded in <paramref name="copy"/>.
    /// </summary>
    private static ReadOnlySpan<byte> StringContent(JsonElement value, ref byte[]? copy)
    {
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value);
        raw = raw[1..^1];
        if (raw.IndexOf((byte)'\\') < 0)
        {
            return raw;
        }

        copy = Encoding.UTF8.GetBytes(value.GetString()!);
        return copy;
    }

    // The header size limit counts UTF-16 code units, as it did on the string; they differ from bytes only for
    // non-ASCII text, which is not base64url and is refused right after.
    private static int Utf16Length(ReadOnlySpan<byte> utf8) => System.Text.Ascii.IsValid(utf8) ? utf8.Length : Encoding.UTF8.GetCharCount(utf8);

    private (VerifiedSignature? Signature, Finding? Finding) VerifyLeaf(Context context, int index, JadesHeader header, ReadOnlySpan<byte> signingInput, ReadOnlySpan<byte> signatureBytes, string pointer)
    {
        // The leaf was decoded and cached while the header was read; it is loaded here only when the cache did not keep
        // it (full, or the certificate has expired by the verifier's clock), and then disposed after this signature.
        var leaf = _certificates.Find(header.X5c[0]);
        CertificateCache.Entry? owned = null;
        if (leaf is null)
        {
            try
            {
                owned = new CertificateCache.Entry(header.X5c[0], X509CertificateLoader.LoadCertificate(header.X5c[0]));
            }
            catch (CryptographicException)
            {
                return Fail(FindingCodes.SigX5cInvalid, pointer + "/protected", "x5c[0] is not a DER X.509 certificate.");
            }

            leaf = owned;
        }

        try
        {
            return VerifyCertificateAndSignature(context, index, header, leaf, signingInput, signatureBytes, pointer);
        }
        catch (CryptographicException)
        {
            // Every decoding step of the certificate has its own finding above (SignerCertificate); this is the backstop
            // that keeps a platform surprise in a hostile certificate a finding, never an exception (docs/security.md).
            return Fail(FindingCodes.SigX5cInvalid, pointer + "/protected", "A certificate in x5c could not be processed.");
        }
        finally
        {
            owned?.Dispose();
        }
    }

    private (VerifiedSignature? Signature, Finding? Finding) VerifyCertificateAndSignature(
        Context context, int index, JadesHeader header, CertificateCache.Entry leaf, ReadOnlySpan<byte> signingInput, ReadOnlySpan<byte> signatureBytes, string pointer)
    {
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(header.X5c[0]), header.X5tS256))
        {
            return Fail(FindingCodes.SigX5tMismatch, pointer + "/protected", "x5t#S256 is not the SHA-256 of x5c[0].");
        }

        // kid is optional; when present it is the base64 DER IssuerSerial of x5c[0] (ETSI TS 119 182-1 §5.1.4).
        if (header.Kid is not null && !IssuerSerial.Matches(header.Kid, leaf.Certificate))
        {
            return Fail(FindingCodes.SigKidMismatch, pointer + "/protected", "kid is not the IssuerSerial of x5c[0].");
        }

        // The key is loaded inside the certificate check: its type and named curve first, then the key itself, each
        // with its own code (an EC point off the curve, an RSA nonsense value: MLAT-SIG-KEY-INVALID). It belongs to the
        // cache entry (loaded once per certificate and algorithm), not to this call.
        var key = leaf.Key(header.Algorithm, out var keyCode);
        if (key is null)
        {
            return keyCode == FindingCodes.SigKeyInvalid
                ? Fail(FindingCodes.SigKeyInvalid, pointer + "/protected", "The certificate's public key is not a valid key.")
                : Fail(FindingCodes.SigAlgKeyMismatch, pointer + "/protected", "alg does not match the certificate's key type or curve.");
        }

        if (key is RSA && key.KeySize < _policy.MinimumRsaKeySize)
        {
            return Fail(FindingCodes.SigKeyTooSmall, pointer + "/protected", "The RSA key is below the minimum size.");
        }

        var trust = CheckTrust(leaf, header, pointer);
        if (trust.Finding is not null)
        {
            return (null, trust.Finding);
        }

        if (!JwsAlgorithms.Verify(header.Algorithm, key, signingInput, signatureBytes))
        {
            return Fail(FindingCodes.SigInvalid, pointer + "/signature", "The signature does not verify.");
        }

        var digestFailure = CheckDigests(context, index, header, pointer);
        if (digestFailure is not null)
        {
            return (null, digestFailure);
        }

        var timeFailure = CheckTime(context, index, header, pointer);
        if (timeFailure is not null)
        {
            return (null, timeFailure);
        }

        // Baseline-B-T: a signature time-stamp proves the signature existed at genTime (specification §7.11).
        DateTimeOffset? timestampedAt = null;
        var token = SignatureTimestamp.Read(context.Signatures[index], out var malformed);
        if (malformed)
        {
            return Fail(FindingCodes.SigMalformed, pointer + "/header", "header.etsiU is not one sigTst with one RFC 3161 token.");
        }

        if (token is not null)
        {
            var code = SignatureTimestamp.Verify(token, context.Signatures[index].GetProperty("signature").GetString()!, _trustList, header.IssuedAt, _policy.ClockSkew, _time.GetUtcNow(), out var genTime, out var tsaPath);
            if (code is not null)
            {
                return Fail(code, pointer + "/header/etsiU/0", "The signature time-stamp failed a check.");
            }

            // The TSA's own chain is judged at verification time: a TSA key revoked at any time may have made the token.
            var tsaRevocation = CheckRevocation(context, tsaPath, _time.GetUtcNow(), pointer + "/header/etsiU/0", "time-stamping authority's");
            if (tsaRevocation is not null)
            {
                return (null, tsaRevocation);
            }

            timestampedAt = genTime;
        }

        // The signer's chain is judged at the proven time of existence when there is one; iat alone is the signer's own
        // claim, which the holder of a compromised key can back-date, so without a time-stamp it is judged now.
        var signerRevocation = CheckRevocation(context, trust.Path!, timestampedAt ?? _time.GetUtcNow(), pointer + "/protected", "signer's");
        if (signerRevocation is not null)
        {
            return (null, signerRevocation);
        }

        context.Covered[index] = [.. header.Pars.Where(p => p.StartsWith(JadesHeader.AttachmentPrefix, StringComparison.Ordinal)).Select(p => p[JadesHeader.AttachmentPrefix.Length..])];

        // The result gets its own certificate object over the same native certificate: a caller that disposes it does
        // not dispose the cached one.
        return (new VerifiedSignature(index, header.Role, new X509Certificate2(leaf.Certificate), trust.AuthorityId!, trust.Country, header.IssuedAt, header.Algorithm) { TimestampedAt = timestampedAt }, null);
    }

    /// <summary>The revocation check of a chain (leaf first, anchor last), when the policy asks for one (specification §8.4).</summary>
    private Finding? CheckRevocation(Context context, IReadOnlyList<byte[]> path, DateTimeOffset reference, string pointer, string whose)
    {
        if (_revocation is null)
        {
            return null;
        }

        var certificates = new List<X509Certificate2>(path.Count);
        try
        {
            foreach (var der in path)
            {
                certificates.Add(X509CertificateLoader.LoadCertificate(der));
            }

            var code = _revocation.Check(certificates, reference);
            if (code == FindingCodes.TrustRevoked)
            {
                return Finding.Error(code, pointer, "A certificate of the " + whose + " chain is revoked.");
            }

            if (code == FindingCodes.TrustRevocationUnknown)
            {
                var message = "The revocation status of a certificate of the " + whose + " chain cannot be established.";
                if (_revocation.RequireStatus)
                {
                    return Finding.Error(code, pointer, message);
                }

                context.Warnings.Add(Finding.Warning(code, pointer, message));
            }

            return null;
        }
        finally
        {
            foreach (var certificate in certificates)
            {
                certificate.Dispose();
            }
        }
    }

    private (Finding? Finding, string? AuthorityId, Messages.CountryCode Country, IReadOnlyList<byte[]>? Path) CheckTrust(CertificateCache.Entry leaf, JadesHeader header, string pointer)
    {
        var protectedPointer = pointer + "/protected";
        var authorityId = leaf.AuthorityId;
        if (authorityId is null)
        {
            return (Finding.Error(FindingCodes.TrustAuthorityMissing, protectedPointer, "The signer certificate names no authority (organizationIdentifier)."), null, default, null);
        }

        var entries = _trustList.Find(authorityId).ToList();
        if (entries.Count == 0)
        {
            return (Finding.Error(FindingCodes.TrustAuthorityUnknown, protectedPointer, "The trust list has no entry for the signer's authority."), null, default, null);
        }

        var iat = header.IssuedAt;
        if (iat < leaf.NotBefore || iat > leaf.NotAfter)
        {
            return (Finding.Error(FindingCodes.TrustCertificateNotValidAtIat, protectedPointer, "The signer certificate was not valid at iat."), null, default, null);
        }

        (Messages.CountryCode Country, TrustedAuthority Authority, IReadOnlyList<byte[]> Path)? chained = null;
        var cacheKey = ChainKey(header.X5c, authorityId);
        if (_chains.TryGetValue(cacheKey, out var cached) && iat >= cached.NotBefore && iat <= cached.NotAfter)
        {
            chained = (cached.Country, cached.Authority, cached.Path);
        }

        foreach (var (country, authority) in chained is null ? entries : [])
        {
            if (Chains(leaf.Certificate, header, country.Anchors) is { } window)
            {
                chained = (country.Country, authority, window.Path);
                if (_chains.Count < MaxCachedChains)
                {
                    _chains[cacheKey] = new ChainOutcome(country.Country, authority, window.NotBefore, window.NotAfter, window.Path);
                }

                break;
            }
        }

        if (chained is null)
        {
            return (Finding.Error(FindingCodes.TrustChainUntrusted, protectedPointer, "The certificate chain does not build to a trust anchor for the signer's authority."), null, default, null);
        }

        // RFC 5280 §4.2.1.3 and §4.2.1.9: the signer's key must allow signatures, and a CA certificate signs
        // certificates, not messages. A key usage or basic constraints extension that does not decode is refused too.
        if (leaf.MaySign is not true)
        {
            return (Finding.Error(FindingCodes.TrustKeyUsage, protectedPointer, "The signer certificate's key usage does not allow signatures."), null, default, null);
        }

        // Publishing (a capabilities document, a receipt) is every listed authority's; the other roles are the list's.
        if (header.Role != SignerRole.Publishing && !chained.Value.Authority.Roles.Contains(header.Role))
        {
            return (Finding.Error(FindingCodes.TrustRoleNotAllowed, protectedPointer, "The trust list does not allow the authority to sign in the claimed role."), null, default, null);
        }

        return (null, authorityId, chained.Value.Country, chained.Value.Path);
    }

    private static string ChainKey(IReadOnlyList<byte[]> x5c, string authorityId)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var der in x5c)
        {
            hash.AppendData(SHA256.HashData(der));
        }

        return Convert.ToBase64String(hash.GetHashAndReset()) + "|" + authorityId;
    }

    /// <summary>Builds the chain at <c>iat</c>; on success returns the window in which all its certificates are valid.</summary>
    private static (DateTimeOffset NotBefore, DateTimeOffset NotAfter, IReadOnlyList<byte[]> Path)? Chains(X509Certificate2 leaf, JadesHeader header, IReadOnlyList<X509Certificate2> anchors)
    {
        using var chain = new X509Chain();
        var policy = chain.ChainPolicy;
        policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        foreach (var anchor in anchors)
        {
            policy.CustomTrustStore.Add(anchor);
        }

        // Revocation is checked by the SDK's own CRL check (specification §8.4), never by the platform's engine, which
        // would consult machine-wide CRL caches and the network.
        policy.RevocationMode = X509RevocationMode.NoCheck;
        policy.DisableCertificateDownloads = true;
        policy.VerificationTime = header.IssuedAt.UtcDateTime;
        var extras = new List<X509Certificate2>();
        try
        {
            foreach (var der in header.X5c.Skip(1))
            {
                extras.Add(X509CertificateLoader.LoadCertificate(der));
            }

            foreach (var extra in extras)
            {
                policy.ExtraStore.Add(extra);
            }

            if (!chain.Build(leaf))
            {
                return null;
            }

            var notBefore = DateTimeOffset.MinValue;
            var notAfter = DateTimeOffset.MaxValue;
            foreach (var element in chain.ChainElements)
            {
                var from = new DateTimeOffset(element.Certificate.NotBefore.ToUniversalTime());
                var to = new DateTimeOffset(element.Certificate.NotAfter.ToUniversalTime());
                notBefore = from > notBefore ? from : notBefore;
                notAfter = to < notAfter ? to : notAfter;
            }

            return (notBefore, notAfter, [.. chain.ChainElements.Select(e => e.Certificate.RawData)]);
        }
        finally
        {
            foreach (var extra in extras)
            {
                extra.Dispose();
            }

            foreach (var element in chain.ChainElements)
            {
                if (!anchors.Contains(element.Certificate) && !ReferenceEquals(element.Certificate, leaf))
                {
                    element.Certificate.Dispose();
                }
            }
        }
    }

    private static Finding? CheckDigests(Context context, int index, JadesHeader header, string pointer)
    {
        var hash = JadesHeader.HashOf(header.HashM);
        var protectedPointer = pointer + "/protected";
        var coversSignatureZero = false;
        for (var p = 0; p < header.Pars.Count; p++)
        {
            var par = header.Pars[p];
            var expected = header.HashV[p];
            if (par == JadesHeader.ContentPar)
            {
                if (!CryptographicOperations.FixedTimeEquals(context.ContentDigest(hash, !header.Unencoded), expected))
                {
                    return Finding.Error(FindingCodes.SigContentDigest, string.Empty, "The envelope content does not match the signed digest.");
                }
            }
            else if (par == JadesHeader.SignatureZeroPar)
            {
                coversSignatureZero = true;
                var zero = index == 0 ? default : context.Signatures[0];
                if (index == 0 || !EnvelopeSigner.IsSignatureObject(zero)
                    || !CryptographicOperations.FixedTimeEquals(
                        EnvelopeContent.SignatureDigest(zero.GetProperty("protected").GetString()!, zero.GetProperty("signature").GetString()!, hash, !header.Unencoded), expected))
                {
                    return Finding.Error(FindingCodes.SigCountersignatureMismatch, "/signatures/0", "The approved signature 0 is not the one present.");
                }
            }
            else
            {
                var id = par[JadesHeader.AttachmentPrefix.Length..];
                if (!context.Attachments.TryGetValue(id, out var attachment))
                {
                    return Finding.Error(FindingCodes.SigAttachmentMissing, protectedPointer, "A signed attachment was not supplied.");
                }

                if (!CryptographicOperations.FixedTimeEquals(context.AttachmentDigest(attachment, hash, !header.Unencoded), expected))
                {
                    return Finding.Error(FindingCodes.SigAttachmentDigest, protectedPointer, "A signed attachment does not match its digest.");
                }
            }
        }

        if (header.Role == SignerRole.Validating && !coversSignatureZero)
        {
            return Finding.Error(FindingCodes.SigCountersignatureMismatch, protectedPointer, "A validating signature must approve signature 0 (urn:mlat:signature:0 in its sigD).");
        }

        return null;
    }

    private Finding? CheckTime(Context context, int index, JadesHeader header, string pointer)
    {
        var now = _time.GetUtcNow();
        var iat = header.IssuedAt;
        var protectedPointer = pointer + "/protected";
        if (iat > now + _policy.ClockSkew)
        {
            return Finding.Error(FindingCodes.SigIatFuture, protectedPointer, "iat lies in the future beyond the allowed clock skew.");
        }

        if (_policy.MaximumAge is { } maxAge && now - iat > maxAge)
        {
            return Finding.Error(FindingCodes.SigTooOld, protectedPointer, "The signature is older than the maximum age.");
        }

        // Times in the envelope have sub-second precision, iat has seconds: the skew absorbs the truncation.
        if (context.CreatedAt is not { } created)
        {
            return context.CreatedAtRequired
                ? Finding.Error(FindingCodes.SigCreatedAtMismatch, context.CreatedAtPointer, "header.createdAt is not consistent with the signature's iat.")
                : null;
        }

        if (iat < created - _policy.ClockSkew || (index == 0 && iat > created + _policy.MaximumSigningDelay))
        {
            return Finding.Error(FindingCodes.SigCreatedAtMismatch, context.CreatedAtPointer, "The document's creation time is not consistent with the signature's iat.");
        }

        return null;
    }

    private static DateTimeOffset? CreatedAt(JsonElement header, string member)
    {
        if (header.ValueKind == JsonValueKind.Object && header.TryGetProperty(member, out var created)
            && created.ValueKind == JsonValueKind.String && UtcInstantConverter.TryParse(created.GetString()!, out var value))
        {
            return value;
        }

        return null;
    }

    private static string? StringAt(JsonElement header, string party, string member)
    {
        if (header.ValueKind == JsonValueKind.Object && header.TryGetProperty(party, out var p) && p.ValueKind == JsonValueKind.Object
            && p.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        return null;
    }

    private static (VerifiedSignature?, Finding?) Fail(string code, string pointer, string message)
        => (null, Finding.Error(code, pointer, message));

    private sealed record ChainOutcome(Messages.CountryCode Country, TrustedAuthority Authority, DateTimeOffset NotBefore, DateTimeOffset NotAfter, IReadOnlyList<byte[]> Path);

    private sealed class Context(JsonElement root, JsonElement signatures, Dictionary<string, EnvelopeAttachment> attachments, DateTimeOffset? createdAt, string createdAtPointer, bool createdAtRequired) : IDisposable
    {
        public string CreatedAtPointer { get; } = createdAtPointer;

        public bool CreatedAtRequired { get; } = createdAtRequired;

        private readonly Dictionary<(HashAlgorithmName, bool), byte[]> _digests = [];
        // The canonical content, written once per verification into a pooled buffer and hashed from there.
        private PooledByteBufferWriter? _canonical;

        public JsonElement Signatures { get; } = signatures;

        public Dictionary<string, EnvelopeAttachment> Attachments { get; } = attachments;

        /// <summary>The attachment ids any signature whose header could be read names in its sigD.</summary>
        public HashSet<string> Named { get; } = new(StringComparer.Ordinal);

        /// <summary>Warnings of signatures that verified (an unknown revocation status the policy accepts).</summary>
        public List<Finding> Warnings { get; } = [];

        /// <summary>The attachment ids each valid signature's sigD covers, by signature index.</summary>
        public Dictionary<int, List<string>> Covered { get; } = [];

        public DateTimeOffset? CreatedAt { get; } = createdAt;

        /// <summary>Digests the async path computed before verification, by attachment and (algorithm, encoding).</summary>
        public Dictionary<EnvelopeAttachment, Dictionary<(HashAlgorithmName Hash, bool Base64UrlEncoded), byte[]>>? Precomputed { get; init; }

        private readonly Dictionary<(EnvelopeAttachment, HashAlgorithmName, bool), byte[]> _attachmentDigests = [];

        /// <summary>An attachment's digest: precomputed by the async path, else hashed once per verification.</summary>
        public byte[] AttachmentDigest(EnvelopeAttachment attachment, HashAlgorithmName hash, bool base64UrlEncoded)
        {
            if (Precomputed is not null && Precomputed.TryGetValue(attachment, out var known) && known.TryGetValue((hash, base64UrlEncoded), out var digest))
            {
                return digest;
            }

            if (!_attachmentDigests.TryGetValue((attachment, hash, base64UrlEncoded), out digest))
            {
                digest = attachment.Hash(hash, base64UrlEncoded);
                _attachmentDigests[(attachment, hash, base64UrlEncoded)] = digest;
            }

            return digest;
        }

        /// <summary>The digest of the canonical content, or of its base64url encoding (a header without <c>"b64": false</c>).</summary>
        public byte[] ContentDigest(HashAlgorithmName hash, bool base64UrlEncoded)
        {
            if (!_digests.TryGetValue((hash, base64UrlEncoded), out var digest))
            {
                if (_canonical is null)
                {
                    _canonical = new PooledByteBufferWriter(EnvelopeContent.CanonicalCapacity(root));
                    EnvelopeContent.WriteCanonical(root, _canonical);
                }

                digest = base64UrlEncoded
                    ? CryptographicOperations.HashData(hash, Encoding.ASCII.GetBytes(Base64UrlStrict.Encode(_canonical.WrittenSpan)))
                    : CryptographicOperations.HashData(hash, _canonical.WrittenSpan);
                _digests[(hash, base64UrlEncoded)] = digest;
            }

            return digest;
        }

        public void Dispose() => _canonical?.Dispose();
    }
}

/// <summary>What a signed JSON document is: a message envelope, or a capabilities document (specification §10.1).</summary>
internal enum SignedDocumentKind
{
    Envelope,
    Capabilities,
}
