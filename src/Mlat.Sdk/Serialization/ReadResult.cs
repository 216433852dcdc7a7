using System.Buffers;
using System.Text.Json;

namespace Mlat.Sdk.Serialization;

/// <summary>
/// The outcome of <see cref="StrictJsonReader"/>: every finding, and — when the bytes passed the JSON checks
/// (no <c>MLAT-JSON-*</c> finding) — the parsed document and what the header says. The caller disposes it, which
/// disposes the document and returns any pooled buffer it was parsed from.
/// </summary>
internal sealed class ReadResult : IDisposable
{
    private byte[]? _rented;

    internal ReadResult(IReadOnlyList<Finding> findings, JsonDocument? document, string? version, string? messageType, byte[]? rented)
    {
        Findings = findings;
        Document = document;
        Version = version;
        MessageType = messageType;
        _rented = rented;
    }

    /// <summary>All findings, in the order the checks ran; empty when the message can go on to schema validation.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// The parsed document, or null when a JSON-level check failed. Present (with findings) when only the header checks
    /// (<c>MLAT-VER-*</c>, <c>MLAT-TYPE-*</c>) failed, so a caller can still answer with a technical rejection.
    /// </summary>
    public JsonDocument? Document { get; }

    /// <summary><c>header.version</c> when it is a string, else null.</summary>
    public string? Version { get; }

    /// <summary><c>header.messageType</c> when it is a string, else null.</summary>
    public string? MessageType { get; }

    /// <summary>
    /// Warnings of the strict pass that do not stop processing (<c>MLAT-TEXT-NOT-NFC</c>), not counted in
    /// <see cref="Findings"/>; the validator adds them to its report.
    /// </summary>
    public IReadOnlyList<Finding> Warnings { get; init; } = [];

    /// <summary>
    /// False when the strict pass read every number of the document in its RFC 8785 spelling, so a walk for one that is
    /// not can be skipped; true when one was seen or the pass did not run to the end (the safe answer).
    /// </summary>
    public bool HasNonCanonicalNumber { get; init; } = true;

    /// <summary>
    /// True when the bytes have no whitespace outside strings (as a compact writer leaves them), so a member's raw
    /// value can be copied into compact output unchanged; false when they have some, or when unknown.
    /// </summary>
    public bool IsCompact { get; init; }

    /// <summary>True when there is no finding at all.</summary>
    public bool IsSuccess => Findings.Count == 0;

    public void Dispose()
    {
        Document?.Dispose();
        var rented = Interlocked.Exchange(ref _rented, null);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
