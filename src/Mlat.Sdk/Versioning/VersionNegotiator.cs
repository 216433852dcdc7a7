using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Versioning;

/// <summary>What to negotiate: two parties' capabilities, the message type, and what the message will carry.</summary>
public sealed record NegotiationRequest
{
    /// <summary>Capabilities of the party that sends the message.</summary>
    public required CapabilitiesDocument Sender { get; init; }

    /// <summary>Capabilities of the party that receives it.</summary>
    public required CapabilitiesDocument Receiver { get; init; }

    /// <summary>The message type, for example <see cref="Messages.MessageType.AssistanceRequest"/>.</summary>
    public required MessageType MessageType { get; init; }

    /// <summary>Extension ids the message will list in <c>header.mustUnderstand</c>.</summary>
    public IReadOnlyList<string> MustUnderstand { get; init; } = [];

    /// <summary>For a reply: the version of the request it answers. Replies stay on it (specification §10.6).</summary>
    public MlatVersion? ConversationVersion { get; init; }
}

/// <summary>The outcome of a negotiation (specification §10.4): the version, or the findings that say why there is none, and the reasons either way.</summary>
public sealed class NegotiationResult : IMlatResult
{
    /// <summary>Whether a version was chosen.</summary>
    public bool IsSuccess => Version is not null;

    /// <summary>The chosen version, or null.</summary>
    public MlatVersion? Version { get; init; }

    /// <summary>When the sender must write in a higher version and down-convert (<see cref="MlatConverter"/>), that version.</summary>
    public MlatVersion? ConvertFrom { get; init; }

    /// <summary>Every step of the decision, in order: what was excluded and why, and what was chosen and why.</summary>
    public IReadOnlyList<NegotiationReason> Reasons { get; init; } = [];

    /// <summary><c>MLAT-VER-NO-COMMON</c> or <c>MLAT-EXT-UNSUPPORTED</c> when nothing may be sent.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Versions in which the sender sends the type after the preview, minimum and sunset filters, ascending.</summary>
    public IReadOnlyList<MlatVersion> SenderVersions { get; init; } = [];

    /// <summary>Versions in which the receiver receives the type after the filters, ascending.</summary>
    public IReadOnlyList<MlatVersion> ReceiverVersions { get; init; } = [];

    /// <summary>Returns the chosen version or throws <see cref="MlatException"/> carrying the findings.</summary>
    /// <exception cref="MlatException">No version may be used.</exception>
    public MlatVersion VersionOrThrow() => MlatException.Unless(this, Version);
}

/// <summary>One reason in a negotiation result.</summary>
/// <param name="Code">What happened.</param>
/// <param name="Party">Whose offer it concerns: <c>sender</c>, <c>receiver</c> or <c>both</c>.</param>
/// <param name="Version">The version concerned, if any.</param>
/// <param name="Message">English explanation with versions, types and extension ids only.</param>
public sealed record NegotiationReason(NegotiationReasonCode Code, string Party, MlatVersion? Version, string Message);

/// <summary>Steps of the selection algorithm (specification §10.4).</summary>
public enum NegotiationReasonCode
{
    /// <summary>A preview version was left out because not both parties opt in to previews.</summary>
    PreviewExcluded,

    /// <summary>A version below the sender's or the receiver's minimum was left out.</summary>
    BelowMinimum,

    /// <summary>A deprecated version whose sunset date has passed was left out.</summary>
    SunsetPassed,

    /// <summary>The chosen version is deprecated on one side (with its sunset date, if any).</summary>
    Deprecated,

    /// <summary>The numerically highest version both sides support for the type was chosen.</summary>
    HighestCommon,

    /// <summary>No common version at first; one was found by adding the versions the sender can down-convert to.</summary>
    DownConversion,

    /// <summary>A reply stays on the version of the request it answers.</summary>
    ReplyStaysOnRequestVersion,

    /// <summary>No version satisfies both sides.</summary>
    NoCommonVersion,

    /// <summary>A must-understand extension is missing on the receiving side.</summary>
    ExtensionMissing,
}

/// <summary>
/// Chooses the version for one message (specification §10.4). For type T: S = the sender's versions that send T, R = the
/// receiver's versions that receive T, both without preview versions (unless both opt in), deprecated versions past
/// their sunset, and versions below either side's minimum; the numerically highest of S ∩ R is chosen. If S ∩ R is
/// empty, the versions the sender can down-convert to with this SDK (lower minors of the same major that have T) are
/// added to S and the intersection is tried again. Still empty: <c>MLAT-VER-NO-COMMON</c>. A must-understand extension
/// the receiver does not list: <c>MLAT-EXT-UNSUPPORTED</c>. A reply stays on the version of its request. The result
/// depends only on the sets declared, never on the order of entries in either document. Thread-safe.
/// </summary>
public sealed class VersionNegotiator
{
    private const string SenderSide = "sender";
    private const string ReceiverSide = "receiver";
    private const string BothSides = "both";

    private readonly TimeProvider time;

    /// <summary>Creates a negotiator whose "today" (for sunset dates) comes from <paramref name="timeProvider"/>.</summary>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    public VersionNegotiator(TimeProvider? timeProvider = null) => this.time = timeProvider ?? TimeProvider.System;

    /// <summary>A negotiator on the system clock.</summary>
    public static VersionNegotiator Default { get; } = new();

    /// <summary>Negotiates the version of one message.</summary>
    /// <param name="request">The two capabilities documents and the message.</param>
    /// <returns>The chosen version with its reasons, or the findings.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The message type is not a defined value (for example <c>default</c>).</exception>
    public NegotiationResult Negotiate(NegotiationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.MessageType))
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.MessageType, "The message type is not a defined MessageType value.");
        }

        return Negotiate(request, request.MessageType.ToString());
    }

    /// <summary>
    /// Negotiates by the type's name as written in capabilities documents and conformance cases, which may name types
    /// this SDK does not know (a newer peer's); <see cref="NegotiationRequest.MessageType"/> is ignored.
    /// </summary>
    internal NegotiationResult Negotiate(NegotiationRequest request, string type)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Sender);
        ArgumentNullException.ThrowIfNull(request.Receiver);
        ArgumentException.ThrowIfNullOrEmpty(type);

        var reasons = new List<NegotiationReason>();
        var findings = new List<Finding>();
        CheckExtensions(request, reasons, findings);

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var previewAllowed = request.Sender.PreviewOptIn && request.Receiver.PreviewOptIn;
        var minimum = Max(request.Sender.MinimumVersion, request.Receiver.MinimumVersion);
        var senderAll = Offered(request.Sender, type, send: true);
        var receiverAll = Offered(request.Receiver, type, send: false);

        if (request.ConversationVersion is { } conversation)
        {
            return Reply(request, type, conversation, senderAll, receiverAll, reasons, findings);
        }

        var s = Filter(senderAll, SenderSide, previewAllowed, minimum, today, reasons);
        var r = Filter(receiverAll, ReceiverSide, previewAllowed, minimum, today, reasons);
        var sVersions = s.Select(e => e.Version).ToHashSet();
        var rVersions = r.Select(e => e.Version).ToHashSet();

        MlatVersion? chosen = sVersions.Intersect(rVersions).Max();
        MlatVersion? convertFrom = null;
        if (chosen is not null)
        {
            reasons.Add(new NegotiationReason(NegotiationReasonCode.HighestCommon, BothSides, chosen, $"{chosen} is the highest version in which the sender sends and the receiver receives {type}."));
        }
        else
        {
            // specification §10.4: add the versions the sender can down-convert to, then intersect again.
            var rescue = rVersions.Where(w => w >= (minimum ?? w) && CanDownConvertTo(sVersions, w, type)).Max();
            if (rescue is not null)
            {
                chosen = rescue;
                convertFrom = sVersions.Where(v => v > rescue && v.Major == rescue.Major && v.IsSupported).Min();
                reasons.Add(new NegotiationReason(NegotiationReasonCode.DownConversion, SenderSide, rescue, $"No common version at first; the sender writes {type} in {convertFrom} and down-converts it to {rescue}, the highest version the receiver receives it in."));
            }
        }

        if (chosen is not null)
        {
            foreach (var (side, entries) in new[] { (SenderSide, s), (ReceiverSide, r) })
            {
                if (entries.FirstOrDefault(e => e.Version == chosen) is { Status: VersionStatus.Deprecated } deprecated)
                {
                    reasons.Add(new NegotiationReason(NegotiationReasonCode.Deprecated, side, chosen, deprecated.Sunset is { } sunset
                        ? $"{chosen} is deprecated by the {side} with sunset {sunset:yyyy-MM-dd}."
                        : $"{chosen} is deprecated by the {side}."));
                }
            }
        }
        else
        {
            reasons.Add(new NegotiationReason(NegotiationReasonCode.NoCommonVersion, BothSides, null, $"No common version for {type}."));
            findings.Add(Finding.Error(FindingCodes.VersionNoCommon, string.Empty, NoCommonMessage(type, senderAll, receiverAll, sVersions, rVersions)));
        }

        return new NegotiationResult
        {
            Version = findings.Count == 0 ? chosen : null,
            ConvertFrom = findings.Count == 0 ? convertFrom : null,
            Reasons = reasons,
            Findings = findings,
            SenderVersions = sVersions.Order().ToArray(),
            ReceiverVersions = rVersions.Order().ToArray(),
        };
    }

    private static NegotiationResult Reply(NegotiationRequest request, string type, MlatVersion conversation, List<VersionSupport> senderAll, List<VersionSupport> receiverAll, List<NegotiationReason> reasons, List<Finding> findings)
    {
        var sVersions = senderAll.Select(e => e.Version).ToHashSet();
        var rVersions = receiverAll.Select(e => e.Version).ToHashSet();
        var direct = sVersions.Contains(conversation);
        var viaConversion = !direct && CanDownConvertTo(sVersions, conversation, type);
        MlatVersion? convertFrom = null;
        if (rVersions.Contains(conversation) && (direct || viaConversion))
        {
            if (viaConversion)
            {
                convertFrom = sVersions.Where(v => v > conversation && v.Major == conversation.Major && v.IsSupported).Min();
            }

            reasons.Add(new NegotiationReason(NegotiationReasonCode.ReplyStaysOnRequestVersion, BothSides, conversation, $"A reply stays on {conversation}, the version of the request it answers."));
        }
        else
        {
            reasons.Add(new NegotiationReason(NegotiationReasonCode.NoCommonVersion, BothSides, conversation, $"The reply cannot be sent in {conversation}, the version of the request."));
            findings.Add(Finding.Error(FindingCodes.VersionNoCommon, string.Empty, NoCommonMessage(type, senderAll, receiverAll, sVersions, rVersions) + $" The reply must stay on {conversation}."));
        }

        var ok = findings.Count == 0;
        return new NegotiationResult
        {
            Version = ok ? conversation : null,
            ConvertFrom = ok ? convertFrom : null,
            Reasons = reasons,
            Findings = findings,
            SenderVersions = sVersions.Order().ToArray(),
            ReceiverVersions = rVersions.Order().ToArray(),
        };
    }

    private static void CheckExtensions(NegotiationRequest request, List<NegotiationReason> reasons, List<Finding> findings)
    {
        var receiverExtensions = request.Receiver.Extensions.ToHashSet(StringComparer.Ordinal);
        var index = 0;
        foreach (var extension in request.MustUnderstand)
        {
            if (!receiverExtensions.Contains(extension))
            {
                reasons.Add(new NegotiationReason(NegotiationReasonCode.ExtensionMissing, ReceiverSide, null, $"The receiver does not list the must-understand extension {extension}."));
                findings.Add(Finding.Error(
                    FindingCodes.ExtensionUnsupported,
                    "/header/mustUnderstand/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"Must-understand extension {extension} is not supported by the receiver. Sender lists [{string.Join(", ", request.Sender.Extensions.Order(StringComparer.Ordinal))}]; receiver lists [{string.Join(", ", request.Receiver.Extensions.Order(StringComparer.Ordinal))}]."));
            }

            index++;
        }
    }

    // A claim to send or receive a type in a version this SDK knows, where that version has no such type, is ignored:
    // the claim is wrong, and honouring it would produce a message no reader of that version accepts.
    private static List<VersionSupport> Offered(CapabilitiesDocument document, string type, bool send)
        => document.Versions
            .Where(v => (send ? v.Send : v.Receive).Contains(type, StringComparer.Ordinal))
            .Where(v => !StandardCatalogue.TryGet(v.Version.ToString(), out var release) || release.MessageTypes.Contains(type))
            .ToList();

    private static List<VersionSupport> Filter(List<VersionSupport> entries, string side, bool previewAllowed, MlatVersion? minimum, DateOnly today, List<NegotiationReason> reasons)
    {
        var kept = new List<VersionSupport>();
        foreach (var entry in entries.OrderBy(e => e.Version))
        {
            if (entry.Status == VersionStatus.Preview && !previewAllowed)
            {
                reasons.Add(new NegotiationReason(NegotiationReasonCode.PreviewExcluded, side, entry.Version, $"{entry.Version} is a preview on the {side} side and not both parties opt in to previews."));
            }
            else if (minimum is not null && entry.Version < minimum)
            {
                reasons.Add(new NegotiationReason(NegotiationReasonCode.BelowMinimum, side, entry.Version, $"{entry.Version} is below the minimum accepted version {minimum}."));
            }
            else if (entry.Status == VersionStatus.Deprecated && entry.Sunset is { } sunset && sunset < today)
            {
                reasons.Add(new NegotiationReason(NegotiationReasonCode.SunsetPassed, side, entry.Version, $"{entry.Version} is deprecated on the {side} side and its sunset {sunset:yyyy-MM-dd} has passed."));
            }
            else
            {
                kept.Add(entry);
            }
        }

        return kept;
    }

    // The sender can reach w by this SDK's adjacent down-conversion steps from a version it sends T in.
    private static bool CanDownConvertTo(IEnumerable<MlatVersion> senderVersions, MlatVersion w, string type)
        => w.IsSupported
           && StandardCatalogue.HasType(w.ToString(), type)
           && senderVersions.Any(v => v > w && v.Major == w.Major && v.IsSupported);

    private static MlatVersion? Max(MlatVersion? a, MlatVersion? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static string NoCommonMessage(string type, List<VersionSupport> senderAll, List<VersionSupport> receiverAll, HashSet<MlatVersion> s, HashSet<MlatVersion> r)
        => $"No common version for message type {type}. Sender sends it in [{Describe(senderAll, s)}]; receiver receives it in [{Describe(receiverAll, r)}].";

    private static string Describe(List<VersionSupport> all, HashSet<MlatVersion> usable)
        => string.Join(", ", all.OrderBy(e => e.Version).Select(e => usable.Contains(e.Version) ? e.Version.ToString() : $"{e.Version} (excluded)"));
}
