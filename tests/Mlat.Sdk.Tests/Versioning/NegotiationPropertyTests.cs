using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Tests.Versioning;

/// <summary>specification §10.4 as properties over random capabilities documents, checked against a small independent oracle.</summary>
public sealed class NegotiationPropertyTests
{
    private static readonly string[] VersionPool = ["1.0", "1.1", "1.2", "2.0"];
    private static readonly string[] TypePool = ["AssistanceRequest", "StatusQuery", "ProductionOrder", "CostsNotice"];
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly VersionNegotiator Negotiator = new(new FixedTime(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)));

    [Property(MaxTest = 300)]
    public Property Chosen_version_is_in_both_sets_and_no_higher_common_version_exists()
        => Prop.ForAll(Documents().ToArbitrary(), Documents().ToArbitrary(), Gen.Elements(TypePool).ToArbitrary(), (sender, receiver, type) =>
        {
            var result = Negotiator.Negotiate(Request(sender, receiver), type);
            var s = Usable(sender, receiver, type, send: true);
            var r = Usable(sender, receiver, type, send: false);
            var common = s.Intersect(r).ToList();
            if (common.Count > 0)
            {
                return (result.Version == common.Max() && result.ConvertFrom is null && s.Contains(result.Version!) && r.Contains(result.Version!)).Label("direct");
            }

            if (result.IsSuccess)
            {
                // Rescued by down-conversion: the target is the receiver's, reachable from a higher sender version of the same major.
                return (result.ConvertFrom is { } from && r.Contains(result.Version!) && s.Contains(from) && from > result.Version && from.Major == result.Version!.Major
                        && !r.Any(v => v > result.Version && s.Any(x => x > v && x.Major == v.Major && x.IsSupported && v.IsSupported && Has(v, type)))).Label("rescue");
            }

            return result.Findings.Select(f => f.Code).SequenceEqual([FindingCodes.VersionNoCommon]).Label("none");
        });

    [Property(MaxTest = 200)]
    public Property Result_does_not_depend_on_the_order_of_entries_in_either_document()
        => Prop.ForAll(Documents().ToArbitrary(), Documents().ToArbitrary(), (from t in Gen.Elements(TypePool) from n in Gen.Choose(0, int.MaxValue) select (t, n)).ToArbitrary(), (sender, receiver, typeAndSeed) =>
        {
            var (type, seed) = typeAndSeed;
            var random = new Random(seed);
            var a = Negotiator.Negotiate(Request(sender, receiver), type);
            var b = Negotiator.Negotiate(Request(Shuffle(sender, random), Shuffle(receiver, random)), type);
            return a.Version == b.Version
                   && a.ConvertFrom == b.ConvertFrom
                   && a.Findings.Select(f => (f.Code, f.Message)).SequenceEqual(b.Findings.Select(f => (f.Code, f.Message)))
                   && a.Reasons.Select(x => (x.Code, x.Party, x.Version)).Order().SequenceEqual(b.Reasons.Select(x => (x.Code, x.Party, x.Version)).Order());
        });

    [Property(MaxTest = 100)]
    public Property Missing_must_understand_extension_always_blocks_and_names_both_sides()
        => Prop.ForAll(Documents().ToArbitrary(), Documents().ToArbitrary(), (sender, receiver) =>
        {
            var result = Negotiator.Negotiate(new NegotiationRequest
            {
                Sender = sender with { Extensions = ["a.sender-only"] },
                Receiver = receiver with { Extensions = ["b.receiver-only"] },
                MessageType = MessageType.AssistanceRequest,
                MustUnderstand = ["a.sender-only"],
            });
            var finding = result.Findings.SingleOrDefault(f => f.Code == FindingCodes.ExtensionUnsupported);
            return !result.IsSuccess && finding is not null && finding.Pointer == "/header/mustUnderstand/0"
                   && finding.Message.Contains("b.receiver-only", StringComparison.Ordinal) && finding.Message.Contains("a.sender-only", StringComparison.Ordinal);
        });

    // The pool names types as capabilities documents do, including CostsNotice, which no release defines: the
    // name-based core is what the public enum overload calls.
    private static NegotiationRequest Request(CapabilitiesDocument sender, CapabilitiesDocument receiver)
        => new() { Sender = sender, Receiver = receiver, MessageType = MessageType.AssistanceRequest };

    // The oracle: specification §10.4 filters written out independently of the implementation.
    private static List<MlatVersion> Usable(CapabilitiesDocument sender, CapabilitiesDocument receiver, string type, bool send)
    {
        var doc = send ? sender : receiver;
        var minimum = new[] { sender.MinimumVersion, receiver.MinimumVersion }.Where(v => v is not null).Max();
        var preview = sender.PreviewOptIn && receiver.PreviewOptIn;
        return doc.Versions
            .Where(v => (send ? v.Send : v.Receive).Contains(type))
            .Where(v => !v.Version.IsSupported || Has(v.Version, type))
            .Where(v => v.Status != VersionStatus.Preview || preview)
            .Where(v => minimum is null || v.Version >= minimum)
            .Where(v => !(v.Status == VersionStatus.Deprecated && v.Sunset < Today))
            .Select(v => v.Version)
            .ToList();
    }

    private static bool Has(MlatVersion v, string type)
        => StandardCatalogue.MessageTypesByVersion.TryGetValue(v.ToString(), out var types) && types.Contains(type);

    private static Gen<CapabilitiesDocument> Documents()
    {
        var entry = from version in Gen.Elements(VersionPool)
                    from status in Gen.Elements(VersionStatus.Active, VersionStatus.Active, VersionStatus.Deprecated, VersionStatus.Preview)
                    from sunset in Gen.Elements<DateOnly?>(null, new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1))
                    from send in Gen.SubListOf(TypePool)
                    from receive in Gen.SubListOf(TypePool)
                    select new VersionSupport { Version = MlatVersion.Parse(version), Status = status, Sunset = sunset, Send = send.ToArray(), Receive = receive.ToArray() };
        return from entries in Gen.ListOf(entry)
               from minimum in Gen.Elements<string?>(null, null, "1.0", "1.1", "1.2")
               from preview in Gen.Elements(true, false)
               select new CapabilitiesDocument
               {
                   Party = new CapabilitiesParty { AuthorityId = "XX:Test" },
                   Versions = entries.DistinctBy(e => e.Version).ToArray(),
                   MinimumVersion = minimum is null ? null : MlatVersion.Parse(minimum),
                   PreviewOptIn = preview,
               };
    }

    private static CapabilitiesDocument Shuffle(CapabilitiesDocument doc, Random random)
        => doc with
        {
            Versions = doc.Versions.OrderBy(_ => random.Next())
                .Select(v => v with { Send = v.Send.OrderBy(_ => random.Next()).ToArray(), Receive = v.Receive.OrderBy(_ => random.Next()).ToArray() })
                .ToArray(),
        };

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
