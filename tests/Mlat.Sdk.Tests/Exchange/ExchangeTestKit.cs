using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Tests.Exchange;

/// <summary>A clock the exchange tests move by hand.</summary>
internal sealed class ExchangeClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// Munich and Paris as the samples name them (DE:StA-Muenchen-I, FR:TJ-Paris-Parquet), with TEST-ONLY keys allowed every
/// role (a node signs its receipts as a party document), one trust list, and the conversation's samples re-dated to the
/// clock so their signatures are fresh.
/// </summary>
internal static class ExchangeTestKit
{
    public const string MunichId = "DE:StA-Muenchen-I";
    public const string ParisId = "FR:TJ-Paris-Parquet";
    public const string RequestSample = "samples/1.0/valid/AssistanceRequest/eio-de-fr-bank-records-fraud.json";

    public static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<TestPkiBundle> LazyMunich = new(() => TestPki.Generate(CountryCode.DE, MunichId, JwsAlgorithms.ES256, null, new ExchangeClock(Now)));
    private static readonly Lazy<TestPkiBundle> LazyParis = new(() => TestPki.Generate(CountryCode.FR, ParisId, JwsAlgorithms.ES256, null, new ExchangeClock(Now)));
    private static readonly Lazy<TestPkiBundle> LazyStranger = new(() => TestPki.Generate(CountryCode.DE, MunichId, JwsAlgorithms.ES256, null, new ExchangeClock(Now)));

    public static TestPkiBundle Munich => LazyMunich.Value;

    public static TestPkiBundle Paris => LazyParis.Value;

    /// <summary>Claims to be Munich, but its root is in no trust list.</summary>
    public static TestPkiBundle Stranger => LazyStranger.Value;

    public static TrustList Trust => TrustList.Create(Munich.TrustList.Countries.Concat(Paris.TrustList.Countries), testOnly: true);

    public static Party MunichParty { get; } = new() { Country = CountryCode.DE, AuthorityId = MunichId, Name = "Staatsanwaltschaft München I", Role = PartyRole.Issuing };

    public static Party ParisParty { get; } = new() { Country = CountryCode.FR, AuthorityId = ParisId, Name = "Parquet du tribunal judiciaire de Paris", Role = PartyRole.Executing };

    public static byte[] Sample(string relativePath, Guid messageId, DateTimeOffset createdAt)
    {
        var node = JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, relativePath)))!;
        node["header"]!["messageId"] = messageId.ToString("D");
        node["header"]!["createdAt"] = createdAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    // A prosecutor's EIO without the investigating judge's validation (EIO art. 2(c)(i)): signed by Munich alone. The
    // sample declares a validating authority (annex A section L), which the default policy would want signed as well.
    public static byte[] Request(Guid messageId) => WithoutValidation(Sample(RequestSample, messageId, Now.AddMinutes(-1)));

    public static byte[] WithoutValidation(byte[] request) => Mutate(request, n =>
    {
        n["body"]!.AsObject().Remove("validatingAuthority");
        n["body"]!.AsObject().Remove("validatedOn");
    });

    public static byte[] Sign(byte[] message, TestPkiBundle pki, SignerRole role = SignerRole.Issuing, TimeProvider? clock = null)
    {
        using var key = pki.CreateSigningKey();
        var result = new EnvelopeSigner(clock ?? new ExchangeClock(Now)).Sign(message, key, role, indented: true); // tests edit the signed text by its indented layout
        Assert.True(result.IsSuccess, string.Join(",", result.Findings.Select(f => f.Code)));
        return result.Envelope!;
    }

    public static byte[] Mutate(byte[] envelope, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(envelope)!;
        edit(node);
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    public static MessageReceiver ParisReceiver(TimeProvider? clock = null, EnvelopeDecryptor? decryptor = null)
    {
        var time = clock ?? new ExchangeClock(Now);
        return new MessageReceiver(
            new EnvelopeVerifier(Trust, new VerificationPolicy { VerifierAuthorityId = ParisId }, time),
            MlatValidator.Default,
            new MessageReceiverOptions { Authority = ParisParty, Decryptor = decryptor, NewMessageId = () => new Guid("0193a1b2-0000-7000-8000-000000000001") },
            time);
    }

    public static MessageSender Sender(TimeProvider? clock = null)
    {
        var time = clock ?? new ExchangeClock(Now);
        return new MessageSender(MlatValidator.Default, new EnvelopeSigner(time), new VersionNegotiator(time), MlatConverter.Default);
    }

    public static CapabilitiesDocument Capabilities(string authorityId, params string[] versions) => new()
    {
        Party = new CapabilitiesParty { AuthorityId = authorityId },
        Versions = versions.Select(v => new VersionSupport
        {
            Version = MlatVersion.Parse(v),
            Status = VersionStatus.Active,
            Send = ["AssistanceRequest", "AcknowledgementOfReceipt", "ExecutionReport"],
            Receive = ["AssistanceRequest", "AcknowledgementOfReceipt", "ExecutionReport"],
        }).ToList(),
    };

    public static IReadOnlyList<string> Codes(IEnumerable<Finding> findings) => findings.Select(f => f.Code).ToList();
}
