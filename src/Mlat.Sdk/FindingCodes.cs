using System.Collections.Frozen;
using System.Reflection;

namespace Mlat.Sdk;

/// <summary>
/// The permanent finding codes of the SDK. A code is never reused; a retired code stays here marked obsolete and stays
/// documented in docs/error-codes.md. Schema findings are named <c>schema.&lt;keyword&gt;</c> and are not listed here.
/// </summary>
public static class FindingCodes
{
    // Each code's family is declared once, on the constant; schema and rule findings set theirs where they are made.
    private static readonly FrozenDictionary<string, FindingCategory> Categories = typeof(FindingCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .ToFrozenDictionary(f => (string)f.GetRawConstantValue()!, f => f.GetCustomAttribute<CodeCategoryAttribute>()?.Category ?? FindingCategory.Unknown, StringComparer.Ordinal);

    /// <summary>The bytes are not well-formed JSON (syntax error, truncated input, comments, trailing commas).</summary>
    [CodeCategory(FindingCategory.Json)]
    public const string JsonMalformed = "MLAT-JSON-MALFORMED";

    /// <summary>An object has two members with the same name (RFC 7493 §2.3); the SDK rejects instead of last-wins.</summary>
    [CodeCategory(FindingCategory.Json)]
    public const string JsonDuplicateMember = "MLAT-JSON-DUPLICATE-MEMBER";

    /// <summary>Nesting exceeds the configured maximum depth.</summary>
    [CodeCategory(FindingCategory.Json)]
    public const string JsonTooDeep = "MLAT-JSON-TOO-DEEP";

    /// <summary>The input exceeds the configured maximum size in bytes.</summary>
    [CodeCategory(FindingCategory.Json)]
    public const string JsonTooLarge = "MLAT-JSON-TOO-LARGE";

    /// <summary>The input is not valid UTF-8 (RFC 7493 §2.1).</summary>
    [CodeCategory(FindingCategory.Json)]
    public const string JsonInvalidUtf8 = "MLAT-JSON-INVALID-UTF8";

    /// <summary>A string contains an escaped lone surrogate (RFC 7493 §2.1).</summary>
    [CodeCategory(FindingCategory.Json)]
    public const string JsonLoneSurrogate = "MLAT-JSON-LONE-SURROGATE";

    /// <summary>A number is not an integer within ±2^53 or is outside IEEE 754 double range (RFC 7493 §2.2).</summary>
    [CodeCategory(FindingCategory.Json)]
    public const string JsonNumberOutOfRange = "MLAT-JSON-NUMBER-OUT-OF-RANGE";

    /// <summary>The document root is not a JSON object.</summary>
    [CodeCategory(FindingCategory.Json)]
    public const string JsonRootNotObject = "MLAT-JSON-ROOT-NOT-OBJECT";

    /// <summary>A string is not in Unicode normalization form C (a warning; specification: text is NFC, writers normalise).</summary>
    [CodeCategory(FindingCategory.Text)]
    public const string TextNotNfc = "MLAT-TEXT-NOT-NFC";

    /// <summary><c>header.version</c> is missing or not a string.</summary>
    [CodeCategory(FindingCategory.Version)]
    public const string VersionMissing = "MLAT-VER-MISSING";

    /// <summary><c>header.version</c> names a version this SDK does not implement, or is not of the form MAJOR.MINOR.</summary>
    [CodeCategory(FindingCategory.Version)]
    public const string VersionUnsupported = "MLAT-VER-UNSUPPORTED";

    /// <summary><c>header.messageType</c> is missing or not a string.</summary>
    [CodeCategory(FindingCategory.MessageType)]
    public const string TypeMissing = "MLAT-TYPE-MISSING";

    /// <summary><c>header.messageType</c> is not a message type of the message's version.</summary>
    [CodeCategory(FindingCategory.MessageType)]
    public const string TypeUnknown = "MLAT-TYPE-UNKNOWN";

    /// <summary>A message built in code whose body is of another type than <c>header.messageType</c> names.</summary>
    [CodeCategory(FindingCategory.MessageType)]
    public const string TypeBodyMismatch = "MLAT-TYPE-BODY-MISMATCH";

    /// <summary>
    /// Negotiation found no version in which the sender can send and the receiver can receive the message type, even
    /// after adding the versions the sender can down-convert to (specification §10.4). Nothing is sent; the finding names both
    /// sides' versions.
    /// </summary>
    [CodeCategory(FindingCategory.Version)]
    public const string VersionNoCommon = "MLAT-VER-NO-COMMON";

    /// <summary>A capabilities document cannot be read: its root is not an object, or it has no party authority id or no versions array (specification §10.2).</summary>
    [CodeCategory(FindingCategory.Version)]
    public const string CapabilitiesInvalid = "MLAT-VER-CAPABILITIES-INVALID";

    /// <summary>A country profile uses one requirement item id twice (specification §10.7: findings and diffs name items by id). Reported by <c>CapabilitiesSchema.Validate</c>, the writer's check; pointer: the second item's <c>id</c>.</summary>
    [CodeCategory(FindingCategory.Version)]
    public const string CapabilitiesDuplicateId = "MLAT-VER-CAPABILITIES-DUPLICATE-ID";

    /// <summary>The message would carry a must-understand extension the receiver does not list (specification §10.5); both sides' extensions are named.</summary>
    [CodeCategory(FindingCategory.Extension)]
    public const string ExtensionUnsupported = "MLAT-EXT-UNSUPPORTED";

    /// <summary>
    /// Down-conversion would lose data the target version cannot hold: a message type the target lacks, a member marked
    /// reject-on-downgrade, or a new enum value without a declared fallback (specification §11). Nothing is converted.
    /// </summary>
    [CodeCategory(FindingCategory.Conversion)]
    public const string ConversionLossy = "MLAT-CONV-LOSSY";

    /// <summary>The converted message does not validate against the target version; a defect of the conversion declaration, reported, never sent.</summary>
    [CodeCategory(FindingCategory.Conversion)]
    public const string ConversionTargetInvalid = "MLAT-CONV-TARGET-INVALID";

    /// <summary>
    /// The message passed the strict reader and the schema but could not be bound to the C# model. This is a defect
    /// of the SDK (schema and model disagree); it is reported instead of thrown so bad input never crashes a caller.
    /// </summary>
    [CodeCategory(FindingCategory.Binding)]
    public const string ModelBindingFailed = "MLAT-JSON-BINDING-FAILED";

    /// <summary>
    /// A partial date (a date of birth) that the schema's pattern accepts but the calendar does not have, for example
    /// 30 February: reported at the member instead of failing the binding. Years, months and day numbers out of range
    /// are schema findings.
    /// </summary>
    [CodeCategory(FindingCategory.Binding)]
    public const string DateNotInCalendar = "MLAT-JSON-DATE-NOT-IN-CALENDAR";

    /// <summary>
    /// A business rule failed with an exception on a schema-valid message: a defect of the SDK, reported instead of
    /// thrown so bad input never crashes a caller (specification §5.7). The message names the rule id and the exception type.
    /// </summary>
    [CodeCategory(FindingCategory.Rule)]
    public const string RuleFailed = "MLAT-RULE-FAILED";

    /// <summary>
    /// A message was validated in the context of a message that is not a request or order (an AssistanceRequest,
    /// ProductionOrder or PreservationOrder): the rules that compare a message with its request could not run. Pointer <c>""</c>.
    /// </summary>
    [CodeCategory(FindingCategory.Rule)]
    public const string RuleContextNotRequest = "MLAT-RULE-CONTEXT-NOT-REQUEST";

    /// <summary>
    /// A code-list value that is deprecated: still readable in the releases that list it, reported as a warning with the
    /// value to use instead (docs/code-lists.md lists every deprecated value and its replacement).
    /// </summary>
    [CodeCategory(FindingCategory.Rule)]
    public const string CodeDeprecated = "MLAT-CODE-DEPRECATED";

    /// <summary>A format check of the SDK (invariant culture) failed, for example a calendar date that does not exist.</summary>
    [CodeCategory(FindingCategory.Schema)]
    public const string SchemaFormat = "schema.format";

    /// <summary>The envelope has no <c>signatures</c> member, or it is empty, where a signature is required.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigMissing = "MLAT-SIG-MISSING";

    /// <summary><c>signatures</c> is not an array of RFC 7515 general-JSON signature objects with exactly <c>protected</c> and <c>signature</c> (unprotected headers are refused: they would not be signed).</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigMalformed = "MLAT-SIG-MALFORMED";

    /// <summary><c>protected</c> or <c>signature</c> is not strict unpadded base64url (RFC 7515 §2): padding, whitespace, other characters or non-zero trailing bits.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigBase64Url = "MLAT-SIG-BASE64URL";

    /// <summary>The protected header is not a well-formed UTF-8 JSON object (RFC 7515 §5.2 step 3-4).</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigHeaderMalformed = "MLAT-SIG-HEADER-MALFORMED";

    /// <summary>The protected header has two members with the same name (RFC 7515 §5.2 step 4: reject, never last-wins).</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigHeaderDuplicateMember = "MLAT-SIG-HEADER-DUPLICATE-MEMBER";

    /// <summary>A required protected header member is missing or has the wrong form: <c>typ</c> ("jose+json"), <c>x5c</c>, <c>x5t#S256</c>, <c>iat</c>, <c>sigPId</c>, <c>srCms</c> or <c>sigD</c> (specification §7.2, ETSI TS 119 182-1).</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigHeaderInvalid = "MLAT-SIG-HEADER-INVALID";

    /// <summary><c>alg</c> is <c>none</c>: an unsecured JWS (RFC 7518 §3.6) is never accepted.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigAlgNone = "MLAT-SIG-ALG-NONE";

    /// <summary><c>alg</c> is an HMAC algorithm (HS256/HS384/HS512): a MAC keyed with a public key proves nothing (the RFC 8725 §2.1 key-confusion attack).</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigAlgSymmetric = "MLAT-SIG-ALG-SYMMETRIC";

    /// <summary><c>alg</c> is missing, unknown, or not in the verification policy's accepted algorithms (RS256 only by opt-in, specification §7.6).</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigAlgNotAccepted = "MLAT-SIG-ALG-NOT-ACCEPTED";

    /// <summary><c>alg</c> does not match the certificate's key type or curve (for example ES256 with a P-384 or RSA key).</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigAlgKeyMismatch = "MLAT-SIG-ALG-KEY-MISMATCH";

    /// <summary>The signer's RSA key is smaller than the policy minimum (2048 bits to verify, 3072 to sign; specification §7.6).</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigKeyTooSmall = "MLAT-SIG-KEY-TOO-SMALL";

    /// <summary>The protected header carries <c>jwk</c>, <c>jku</c> or <c>x5u</c>: keys come only from <c>x5c</c> checked against the trust list, never from a key or URL the signer names.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigHeaderKeyReference = "MLAT-SIG-HEADER-KEY-REFERENCE";

    /// <summary><c>crit</c> lists a member this SDK does not understand, a registered JOSE header, or a member absent from the header (RFC 7515 §4.1.11).</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigCritUnknown = "MLAT-SIG-CRIT-UNKNOWN";

    /// <summary><c>crit</c> is missing, or a signed extension header (<c>sigD</c>, <c>sigPId</c>, <c>srCms</c> or any unregistered member) is not listed in it.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigCritMissing = "MLAT-SIG-CRIT-MISSING";

    /// <summary><c>x5c</c> is not a non-empty array of base64 (not base64url) DER X.509 certificates (RFC 7515 §4.1.6).</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigX5cInvalid = "MLAT-SIG-X5C-INVALID";

    /// <summary><c>x5t#S256</c> is not the base64url SHA-256 of the DER of <c>x5c[0]</c> (RFC 7515 §4.1.8).</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigX5tMismatch = "MLAT-SIG-X5T-MISMATCH";

    /// <summary>A <c>sigTst</c> time-stamp token (JAdES baseline-B-T) is not a readable RFC 3161 token, its CMS signature does not verify, or its genTime is before <c>iat</c> or in the future.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigTstInvalid = "MLAT-SIG-TST-INVALID";

    /// <summary>A <c>sigTst</c> time-stamp token's message imprint is not the digest of this signature's value: it time-stamps another signature.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigTstImprintMismatch = "MLAT-SIG-TST-IMPRINT-MISMATCH";

    /// <summary>The time-stamping authority could not give a time-stamp token (unreachable, refused, or a reply that is not a token over the request).</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigTstUnavailable = "MLAT-SIG-TST-UNAVAILABLE";

    /// <summary>The time-stamping authority's certificate does not chain to an anchor of the trust list at genTime, or lacks the critical id-kp-timeStamping extended key usage (RFC 3161 §2.3).</summary>
    [CodeCategory(FindingCategory.Trust)]
    public const string TrustTsaUntrusted = "MLAT-TRUST-TSA-UNTRUSTED";

    /// <summary>A certificate of the signer's chain, or of the time-stamping authority's chain, is listed as revoked by a
    /// CRL of its issuer at or before the reference time: the signature time-stamp's genTime when the signature has a
    /// verified one, otherwise the time of verification (specification §8.4).</summary>
    [CodeCategory(FindingCategory.Trust)]
    public const string TrustRevoked = "MLAT-TRUST-REVOKED";

    /// <summary>The revocation status of a certificate of the signer's or the time-stamping authority's chain cannot be
    /// established: no usable CRL of its issuer (none given, distribution point unreachable, expired, not signed by the
    /// issuer, or a partial, delta or indirect CRL). An error, or a warning when <c>RevocationPolicy.RequireStatus</c> is false.</summary>
    [CodeCategory(FindingCategory.Trust)]
    public const string TrustRevocationUnknown = "MLAT-TRUST-REVOCATION-UNKNOWN";

    /// <summary><c>kid</c> is not the base64 DER IssuerSerial (RFC 5035) of <c>x5c[0]</c> (ETSI TS 119 182-1 §5.1.4).</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigKidMismatch = "MLAT-SIG-KID-MISMATCH";

    /// <summary><c>sigPId</c> names another signature policy than <c>urn:mlat:signature-policy:1</c>, or its digest is not that of the policy document.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigPolicyMismatch = "MLAT-SIG-POLICY-MISMATCH";

    /// <summary>The signer certificate's public key does not decode or is not a valid key (an EC point off its curve, an
    /// RSA modulus or exponent that is not a usable value).</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigKeyInvalid = "MLAT-SIG-KEY-INVALID";

    /// <summary>The signature value does not verify over ASCII(BASE64URL(protected) + ".") with the key of <c>x5c[0]</c>.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigInvalid = "MLAT-SIG-INVALID";

    /// <summary>The <c>sigD</c> digest of <c>urn:mlat:content</c> does not match the RFC 8785 canonical bytes of the envelope without <c>signatures</c>: header, body or extensions changed.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigContentDigest = "MLAT-SIG-CONTENT-DIGEST";

    /// <summary>A number in the signed content is not spelled the way RFC 8785 writes it (<c>1.0</c> or <c>1e0</c> for
    /// <c>1</c>): the digest would still match, but a reader could bind a different value than the signer wrote.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigNumberNotCanonical = "MLAT-SIG-NUMBER-NOT-CANONICAL";

    /// <summary><c>sigD</c> lists an attachment (<c>cid:&lt;id&gt;</c>) that the verifier was not given.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigAttachmentMissing = "MLAT-SIG-ATTACHMENT-MISSING";

    /// <summary>An attachment's bytes do not match its <c>sigD</c> digest: the attachment changed.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigAttachmentDigest = "MLAT-SIG-ATTACHMENT-DIGEST";

    /// <summary>An attachment handed to the verifier is covered by no valid signature's <c>sigD</c>: unsigned bytes are never
    /// called verified.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigAttachmentNotCovered = "MLAT-SIG-ATTACHMENT-NOT-COVERED";

    /// <summary>A parallel approval signature's <c>urn:mlat:signature:0</c> digest does not match signature 0, or there is no signature 0: the signature it approved was replaced or removed.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigCountersignatureMismatch = "MLAT-SIG-COUNTERSIGNATURE-MISMATCH";

    /// <summary>Signature 0 (the sender's signature) was not made for the authority named in <c>header.sender.authorityId</c>.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigSenderMismatch = "MLAT-SIG-SENDER-MISMATCH";

    /// <summary>Signature 0 does not claim the role the message type demands of its sender (a request: ISSUING; a reply:
    /// EXECUTING); or a message signature claims the publishing role, or a published document's signature does not.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigSenderRole = "MLAT-SIG-SENDER-ROLE";

    /// <summary>A parallel approval signature (VALIDATING) is by the issuing authority itself or by an authority of another State
    /// than the issuing one.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigValidatorNotIndependent = "MLAT-SIG-VALIDATOR-NOT-INDEPENDENT";

    /// <summary>A role the verification policy requires (for example a validating judicial authority's approval, EIO art. 2(c)(ii)) has no valid signature.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigRoleMissing = "MLAT-SIG-ROLE-MISSING";

    /// <summary><c>iat</c> lies in the future by more than the policy's clock skew.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigIatFuture = "MLAT-SIG-IAT-FUTURE";

    /// <summary><c>iat</c> is older than the policy's maximum age.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigTooOld = "MLAT-SIG-TOO-OLD";

    /// <summary><c>header.createdAt</c> is not close to <c>iat</c>: a signature predates the message's creation, or the sender's signature was made later than the policy allows.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigCreatedAtMismatch = "MLAT-SIG-CREATED-AT-MISMATCH";

    /// <summary>The (sender, messageId) pair was already accepted by this verifier's replay store.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigReplay = "MLAT-SIG-REPLAY";

    /// <summary><c>header.recipient.authorityId</c> is not the verifying authority: the message was addressed to someone else.</summary>
    [CodeCategory(FindingCategory.Signature)]
    public const string SigRecipientMismatch = "MLAT-SIG-RECIPIENT-MISMATCH";

    /// <summary>The signer certificate names no authority: its subject has no organizationIdentifier (OID 2.5.4.97, ETSI EN 319 412-1 §5.1.4) of the form CC:local-id.</summary>
    [CodeCategory(FindingCategory.Trust)]
    public const string TrustAuthorityMissing = "MLAT-TRUST-AUTHORITY-MISSING";

    /// <summary>The trust list has no entry for the signer certificate's authority.</summary>
    [CodeCategory(FindingCategory.Trust)]
    public const string TrustAuthorityUnknown = "MLAT-TRUST-AUTHORITY-UNKNOWN";

    /// <summary>The trust list does not allow the signer's authority to sign in the role its <c>srCms</c> commitment claims.</summary>
    [CodeCategory(FindingCategory.Trust)]
    public const string TrustRoleNotAllowed = "MLAT-TRUST-ROLE-NOT-ALLOWED";

    /// <summary>The certificate chain in <c>x5c</c> does not build to a trust anchor of the trust list for the signer's authority.</summary>
    [CodeCategory(FindingCategory.Trust)]
    public const string TrustChainUntrusted = "MLAT-TRUST-CHAIN-UNTRUSTED";

    /// <summary>The signer certificate was expired or not yet valid at the signature's <c>iat</c>.</summary>
    [CodeCategory(FindingCategory.Trust)]
    public const string TrustCertificateNotValidAtIat = "MLAT-TRUST-CERT-NOT-VALID-AT-IAT";

    /// <summary>The signer certificate's key usage allows neither digitalSignature nor nonRepudiation (RFC 5280 §4.2.1.3), or it is a CA certificate (§4.2.1.9).</summary>
    [CodeCategory(FindingCategory.Trust)]
    public const string TrustKeyUsage = "MLAT-TRUST-KEY-USAGE";

    /// <summary>The trust list is not valid: malformed JSON, a duplicate member, or a member that does not follow schemas/trust-list/1.0.</summary>
    [CodeCategory(FindingCategory.Trust)]
    public const string TrustListInvalid = "MLAT-TRUST-LIST-INVALID";

    /// <summary>The trust list is not signed, but its reader was given the operator's anchor to verify it against.</summary>
    [CodeCategory(FindingCategory.Trust)]
    public const string TrustListUnsigned = "MLAT-TRUST-LIST-UNSIGNED";

    /// <summary>The trust list's signature is malformed or does not verify over the list: the list was changed after signing.</summary>
    [CodeCategory(FindingCategory.Trust)]
    public const string TrustListSignatureInvalid = "MLAT-TRUST-LIST-SIGNATURE-INVALID";

    /// <summary>The trust list's signing certificate does not build to the operator's pinned anchor, is not valid now, or
    /// its key usage does not allow signatures.</summary>
    [CodeCategory(FindingCategory.Trust)]
    public const string TrustListSignerUntrusted = "MLAT-TRUST-LIST-SIGNER-UNTRUSTED";

    /// <summary>The input is not a JWE in compact serialisation (RFC 7516 §7.1): not five strict base64url parts, or a protected header that is not a JSON object without duplicate members.</summary>
    [CodeCategory(FindingCategory.Encryption)]
    public const string EncMalformed = "MLAT-ENC-MALFORMED";

    /// <summary>The JWE is larger than the decryptor's limit.</summary>
    [CodeCategory(FindingCategory.Encryption)]
    public const string EncTooLarge = "MLAT-ENC-TOO-LARGE";

    /// <summary>The key management algorithm <c>alg</c> is missing or not in the allow-list (ECDH-ES+A256KW, RSA-OAEP-256, RSA-OAEP; never <c>dir</c> or RSA1_5).</summary>
    [CodeCategory(FindingCategory.Encryption)]
    public const string EncAlgNotAccepted = "MLAT-ENC-ALG-NOT-ACCEPTED";

    /// <summary>The content encryption algorithm <c>enc</c> is missing or not in the allow-list (A256GCM, A256CBC-HS512).</summary>
    [CodeCategory(FindingCategory.Encryption)]
    public const string EncEncNotAccepted = "MLAT-ENC-ENC-NOT-ACCEPTED";

    /// <summary>The header uses <c>zip</c> (compression is refused: decompression bombs, RFC 8725 §3.6), <c>crit</c>, or a key reference (<c>jku</c>, <c>jwk</c>, <c>x5u</c>).</summary>
    [CodeCategory(FindingCategory.Encryption)]
    public const string EncHeaderUnsupported = "MLAT-ENC-HEADER-UNSUPPORTED";

    /// <summary>The decryption key does not fit <c>alg</c> (an EC key for RSA-OAEP, or an RSA key for ECDH-ES), or <c>epk</c> is missing, malformed, or not on the key's curve.</summary>
    [CodeCategory(FindingCategory.Encryption)]
    public const string EncKeyMismatch = "MLAT-ENC-KEY-MISMATCH";

    /// <summary>The content encryption key could not be recovered or the authentication tag did not verify. One code for every cryptographic failure, so the result is no padding or key oracle (RFC 7516 §11.5).</summary>
    [CodeCategory(FindingCategory.Encryption)]
    public const string EncDecryptionFailed = "MLAT-ENC-DECRYPTION-FAILED";

    /// <summary>A technical receipt lacks a member of specification §15.4 or is larger than 64 KiB.</summary>
    [CodeCategory(FindingCategory.Exchange)]
    public const string ExchangeReceiptInvalid = "MLAT-EXCH-RECEIPT-INVALID";

    /// <summary>A technical receipt verifies but attests something else: another receiving authority, or a digest that is not that of the envelope sent.</summary>
    [CodeCategory(FindingCategory.Exchange)]
    public const string ExchangeReceiptMismatch = "MLAT-EXCH-RECEIPT-MISMATCH";

    /// <summary>The node already accepted other bytes under this sender's messageId (HTTP 409, specification §15.5).</summary>
    [CodeCategory(FindingCategory.Exchange)]
    public const string ExchangeConflict = "MLAT-EXCH-CONFLICT";

    /// <summary>The submission's media type is neither the versioned <c>application/vnd.mlat+json</c> of a supported version nor <c>application/jose</c> (HTTP 415, specification §15.3).</summary>
    [CodeCategory(FindingCategory.Exchange)]
    public const string ExchangeMediaType = "MLAT-EXCH-MEDIA-TYPE";

    /// <summary>The message's manifest names an attachment (an <c>AttachmentRef</c>) whose bytes the node does not hold completely: upload it first (HTTP 422, specification §15.7). Pointer: the manifest entry.</summary>
    [CodeCategory(FindingCategory.Exchange)]
    public const string ExchangeAttachmentMissing = "MLAT-EXCH-ATTACHMENT-MISSING";

    /// <summary>An uploaded attachment's bytes do not have the SHA-256 digest they were uploaded under, or the digest is not 43 base64url characters; nothing is kept (HTTP 422, specification §15.7).</summary>
    [CodeCategory(FindingCategory.Exchange)]
    public const string ExchangeAttachmentDigest = "MLAT-EXCH-ATTACHMENT-DIGEST";

    /// <summary>An attachment upload's <c>Upload-Offset</c> is not the number of bytes the node holds, or its <c>Upload-Length</c> is missing or differs from the length it was begun with (HTTP 409; the answer's <c>Upload-Offset</c> says where to resume, specification §15.7).</summary>
    [CodeCategory(FindingCategory.Exchange)]
    public const string ExchangeAttachmentOffset = "MLAT-EXCH-ATTACHMENT-OFFSET";

    /// <summary>An attachment is larger than the node accepts (HTTP 413, specification §15.7).</summary>
    [CodeCategory(FindingCategory.Exchange)]
    public const string ExchangeAttachmentTooLarge = "MLAT-EXCH-ATTACHMENT-TOO-LARGE";

    /// <summary>The sender made more requests than the node allows in its window (HTTP 429 with <c>Retry-After</c>, specification §15.8).</summary>
    [CodeCategory(FindingCategory.Exchange)]
    public const string ExchangeRateLimited = "MLAT-EXCH-RATE-LIMITED";

    /// <summary>The node requires a TLS client certificate and the connection presented none that the trust list authenticates, or the authenticated authority is not the message's sender (HTTP 403, specification §15.9).</summary>
    [CodeCategory(FindingCategory.Exchange)]
    public const string ExchangeClientCertificate = "MLAT-EXCH-CLIENT-CERTIFICATE";
    /// <summary>A reply in a conversation whose opening message (request, order or interception notification) is not part of the case: not applied. Pointer <c>/header/conversationId</c>.</summary>
    [CodeCategory(FindingCategory.Flow)]
    public const string FlowNoRequest = "MLAT-FLOW-NO-REQUEST";

    /// <summary>A second opening message in a conversation that already has one: not applied. Pointer <c>/header/messageType</c>.</summary>
    [CodeCategory(FindingCategory.Flow)]
    public const string FlowSecondRequest = "MLAT-FLOW-SECOND-REQUEST";

    /// <summary>A message of another conversation was given to a case: not applied. Pointer <c>/header/conversationId</c>.</summary>
    [CodeCategory(FindingCategory.Flow)]
    public const string FlowOtherConversation = "MLAT-FLOW-OTHER-CONVERSATION";

    /// <summary>The message type has no place under the case's instrument (a recognition decision in a UNTOC case, an enforcing authority decision in an EIO): not applied. Pointer <c>/header/messageType</c>.</summary>
    [CodeCategory(FindingCategory.Flow)]
    public const string FlowNotInInstrument = "MLAT-FLOW-NOT-IN-INSTRUMENT";

    /// <summary>The message does not fit the state the request is in (or comes from a side that does not send it): not applied. Pointer <c>/header/messageType</c>.</summary>
    [CodeCategory(FindingCategory.Flow)]
    public const string FlowNotExpected = "MLAT-FLOW-NOT-EXPECTED";

    /// <summary>A message that needs a live request after the request was refused as a whole (a recognition decision, an execution report): not applied. Pointer <c>/header/messageType</c>.</summary>
    [CodeCategory(FindingCategory.Flow)]
    public const string FlowAfterRefusal = "MLAT-FLOW-AFTER-REFUSAL";

    /// <summary>A message that needs a live request after the whole request was withdrawn (evidence nobody still wants, a decision): not applied. Pointer <c>/header/messageType</c>.</summary>
    [CodeCategory(FindingCategory.Flow)]
    public const string FlowAfterWithdrawal = "MLAT-FLOW-AFTER-WITHDRAWAL";

    /// <summary>A message after a closure notice closed the case (other than a technical rejection, an evidence receipt, or evidence the closure said would follow): not applied. Pointer <c>/header/messageType</c>.</summary>
    [CodeCategory(FindingCategory.Flow)]
    public const string FlowCaseClosed = "MLAT-FLOW-CASE-CLOSED";

    /// <summary>WARNING: the message names a measure or data request the request does not have; that reference is ignored, the rest applied. Pointer: the reference.</summary>
    [CodeCategory(FindingCategory.Flow)]
    public const string FlowUnknownMeasure = "MLAT-FLOW-UNKNOWN-MEASURE";

    /// <summary>WARNING: a delay or postponement names a deadline id no earlier message declared; that reference is ignored. Pointer: the reference.</summary>
    [CodeCategory(FindingCategory.Flow)]
    public const string FlowUnknownDeadline = "MLAT-FLOW-UNKNOWN-DEADLINE";

    /// <summary>WARNING: a delay or extension goes beyond the longest extension the law allows (EIO art. 12(5): 30 days for recognition; Regulation (EU) 2023/1543 art. 11(1): 30 days of preservation); the new due date is applied. Pointer: the new date.</summary>
    [CodeCategory(FindingCategory.Flow)]
    public const string FlowExtensionBeyondLimit = "MLAT-FLOW-EXTENSION-BEYOND-LIMIT";

    /// <summary>WARNING: an EPOC's data were transmitted while the notified enforcing authority's 10 days still ran and it had not said it raises no ground (Regulation (EU) 2023/1543 art. 10(2): the data go at the end of that period, or earlier on its confirmation); applied. Pointer <c>/header/createdAt</c>.</summary>
    [CodeCategory(FindingCategory.Flow)]
    public const string FlowBeforeEnforcingReview = "MLAT-FLOW-BEFORE-ENFORCING-REVIEW";

    /// <summary>A draft checked against a recipient's country profile names another executing State than the profile's party. Pointer <c>/body/executingState</c>; nothing else is checked.</summary>
    [CodeCategory(FindingCategory.Requirement)]
    public const string ReqRecipient = "MLAT-REQ-RECIPIENT";

    /// <summary>The recipient's profile lists no entry in force for the instrument of the request's profile (specification §10.7). Pointer <c>/body/profile</c>.</summary>
    [CodeCategory(FindingCategory.Requirement)]
    public const string ReqInstrument = "MLAT-REQ-INSTRUMENT";

    /// <summary>The request's language is not one the recipient accepts for its urgency (EIO art. 5(2); ETS 030 art. 16(2); UNTOC art. 18(14)). Pointer <c>/header/language</c>.</summary>
    [CodeCategory(FindingCategory.Requirement)]
    public const string ReqLanguage = "MLAT-REQ-LANGUAGE";

    /// <summary>An offence a measure relates to lacks the dual-criminality statement the recipient requires for that measure (ETS 030 art. 5(1)(a); UNTOC art. 18(9)). Pointer: the offence's <c>dualCriminality</c> or its <c>assessment</c>.</summary>
    [CodeCategory(FindingCategory.Requirement)]
    public const string ReqDualCriminality = "MLAT-REQ-DUAL-CRIMINALITY";

    /// <summary>An offence a measure relates to states no maximum penalty, or one below the recipient's threshold for that measure (ETS 030 art. 5(1)(b)). Pointer: the offence's <c>maximumPenalty</c>.</summary>
    [CodeCategory(FindingCategory.Requirement)]
    public const string ReqPenaltyThreshold = "MLAT-REQ-PENALTY-THRESHOLD";

    /// <summary>A measure the recipient does not execute under the instrument. Pointer <c>/body/measures/&lt;i&gt;/type</c>.</summary>
    [CodeCategory(FindingCategory.Requirement)]
    public const string ReqMeasureNotExecuted = "MLAT-REQ-MEASURE-NOT-EXECUTED";

    /// <summary>A measure the recipient executes only under a condition the draft does not meet (JUDICIAL_AUTHORISATION: issued or validated by a judge, court or investigating judge). Pointer <c>/body/validatingAuthority</c> or its <c>type</c>.</summary>
    [CodeCategory(FindingCategory.Requirement)]
    public const string ReqMeasureCondition = "MLAT-REQ-MEASURE-CONDITION";

    /// <summary>An offence falls in a category a reservation or declaration of the recipient excludes (for example fiscal offences, ETS 030 art. 2(a)). Pointer <c>/body/offences/&lt;j&gt;/iccs</c>.</summary>
    [CodeCategory(FindingCategory.Requirement)]
    public const string ReqOffenceExcluded = "MLAT-REQ-OFFENCE-EXCLUDED";

    /// <summary>The request's route is missing or none the recipient accepts for its measures and urgency (ETS 030 art. 15; UNTOC art. 18(13)). Pointer <c>/header/route</c>.</summary>
    [CodeCategory(FindingCategory.Requirement)]
    public const string ReqChannel = "MLAT-REQ-CHANNEL";

    /// <summary>The request goes by an accepted route but not to the central or competent authority the recipient names for it. Pointer <c>/header/recipient/authorityId</c>.</summary>
    [CodeCategory(FindingCategory.Requirement)]
    public const string ReqAuthority = "MLAT-REQ-AUTHORITY";

    /// <summary>The category declared with a code of this class; <see cref="FindingCategory.Unknown"/> for any other code.</summary>
    internal static FindingCategory CategoryOf(string code)
        => code is not null && Categories.TryGetValue(code, out var category) ? category : FindingCategory.Unknown;
}

/// <summary>Declares the family of a finding code constant.</summary>
[AttributeUsage(AttributeTargets.Field)]
internal sealed class CodeCategoryAttribute(FindingCategory category) : Attribute
{
    public FindingCategory Category { get; } = category;
}
