using Mlat.Sdk.Exchange;

namespace Mlat.Sdk.Http;

/// <summary>A node's answer to one submission (specification §15.3): a receipt, or a coded problem.</summary>
public sealed class SubmissionResult : IMlatResult
{
    internal SubmissionResult(int statusCode, byte[]? receipt, string? problemType, IReadOnlyList<Finding> findings, byte[]? rejection, TimeSpan? retryAfter)
    {
        StatusCode = statusCode;
        Receipt = receipt;
        ProblemType = problemType;
        Findings = findings;
        Rejection = rejection;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status: 201 (accepted), 200 (already accepted, same bytes), 409, 413, 415, 422, 503, …</summary>
    public int StatusCode { get; }

    /// <summary>True for 201 and 200: the body is the node's signed technical receipt.</summary>
    public bool IsSuccess => StatusCode is 200 or 201 && Receipt is not null;

    /// <summary>The signed receipt's bytes (not yet verified: see <see cref="TechnicalReceipts.Verify"/>).</summary>
    public byte[]? Receipt { get; }

    /// <summary>The problem document's <c>type</c>, for example <c>urn:mlat:problem:conflict</c>.</summary>
    public string? ProblemType { get; }

    /// <summary>The problem document's findings: code, pointer and severity (no English text crosses the wire).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The signed TechnicalRejection the node returned with a refusal, when it could address one.</summary>
    public byte[]? Rejection { get; }

    /// <summary>The node's <c>Retry-After</c>, when it gave one.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Returns the node's signed receipt (still to be verified) or throws <see cref="MlatException"/> with the findings.</summary>
    /// <exception cref="MlatException">The node did not accept the submission.</exception>
    public byte[] ReceiptOrThrow() => IsSuccess && Receipt is not null ? Receipt : throw new MlatException(Findings);
}

/// <summary>The outcome of <c>MlatHttpClient.DeliverAsync</c>: the submission and, when accepted, the receipt check.</summary>
public sealed class DeliveryResult : IMlatResult
{
    internal DeliveryResult(SubmissionResult submission, ReceiptVerificationResult? receipt)
    {
        Submission = submission;
        ReceiptVerification = receipt;
    }

    /// <summary>True only with a receipt that verified for exactly the envelope sent.</summary>
    public bool IsSuccess => ReceiptVerification?.IsSuccess == true;

    /// <summary>The node's findings, then those of the receipt's verification.</summary>
    public IReadOnlyList<Finding> Findings => ReceiptVerification is null ? Submission.Findings : [.. Submission.Findings, .. ReceiptVerification.Findings];

    /// <summary>The node's answer.</summary>
    public SubmissionResult Submission { get; }

    /// <summary>The receipt's verification; null when the node returned none.</summary>
    public ReceiptVerificationResult? ReceiptVerification { get; }

    /// <summary>Returns the verified receipt or throws <see cref="MlatException"/> carrying the findings.</summary>
    /// <exception cref="MlatException">The message was not delivered with a verified receipt.</exception>
    public TechnicalReceipt ReceiptOrThrow() => IsSuccess && ReceiptVerification?.Receipt is { } receipt ? receipt : throw new MlatException(Findings);
}
