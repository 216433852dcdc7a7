using System.Net.Http.Headers;
using Mlat.Cli;
using Mlat.Sdk.AspNetCore;
using Mlat.Sdk.Tests.Exchange;
using static Mlat.Sdk.Tests.Exchange.ExchangeTestKit;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary><c>mlat receipt</c> checks a receipt a real node returned over loopback against the envelope sent.</summary>
public sealed class ReceiptCommandTests
{
    private static (int Exit, string Out, string Err) Mlat(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = MlatCli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Mlat_receipt_verifies_a_node_receipt_for_the_envelope_sent_and_refuses_it_for_another()
    {
        await using var paris = await TestNode.StartAsync(Paris, ParisParty, new ExchangeClock(DateTimeOffset.UtcNow));
        var clock = new ExchangeClock(DateTimeOffset.UtcNow);
        var envelope = Sign(WithoutValidation(Sample(RequestSample, Guid.NewGuid(), clock.Now.AddMinutes(-1))), Munich, clock: clock);
        var other = Sign(WithoutValidation(Sample(RequestSample, Guid.NewGuid(), clock.Now.AddMinutes(-1))), Munich, clock: clock);
        using var http = new HttpClient { BaseAddress = paris.BaseAddress };
        using var content = new ByteArrayContent(envelope);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/vnd.mlat+json; version=1.0");
        using var response = await http.PostAsync(MlatEndpoints.MessagesPath.TrimStart('/'), content);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var dir = Directory.CreateTempSubdirectory("mlat-receipt-").FullName;
        var receiptPath = Path.Combine(dir, "receipt.json");
        var envelopePath = Path.Combine(dir, "sent.json");
        var otherPath = Path.Combine(dir, "other.json");
        var trustPath = Path.Combine(dir, "trust.json");
        await File.WriteAllBytesAsync(receiptPath, await response.Content.ReadAsByteArrayAsync());
        await File.WriteAllBytesAsync(envelopePath, envelope);
        await File.WriteAllBytesAsync(otherPath, other);
        await File.WriteAllBytesAsync(trustPath, Trust.ToJson());

        var ok = Mlat("receipt", receiptPath, "--envelope", envelopePath, "--trust", trustPath, "--receiver", ParisId);
        var wrongEnvelope = Mlat("receipt", receiptPath, "--envelope", otherPath, "--trust", trustPath, "--receiver", ParisId);
        var wrongReceiver = Mlat("receipt", receiptPath, "--envelope", envelopePath, "--trust", trustPath, "--receiver", MunichId, "--format", "json");
        var missing = Mlat("receipt", Path.Combine(dir, "absent.json"), "--envelope", envelopePath, "--trust", trustPath, "--receiver", ParisId);

        Assert.Equal(0, ok.Exit);
        Assert.Contains("VERIFIED", ok.Out, StringComparison.Ordinal);
        Assert.Equal(1, wrongEnvelope.Exit);
        Assert.Contains("MLAT-EXCH-RECEIPT-MISMATCH", wrongEnvelope.Out, StringComparison.Ordinal);
        Assert.Contains("/received/digest/value", wrongEnvelope.Out, StringComparison.Ordinal);
        Assert.Equal(1, wrongReceiver.Exit);
        Assert.Contains("\"pointer\":\"/party/authorityId\"", wrongReceiver.Out, StringComparison.Ordinal);
        Assert.Equal(2, missing.Exit);

        // mlat verify recognises a receipt and checks it the same way; without the envelope it cannot.
        var verified = Mlat("verify", receiptPath, "--trust", trustPath, "--envelope", envelopePath);
        var verifiedOther = Mlat("verify", receiptPath, "--trust", trustPath, "--envelope", otherPath);
        var noEnvelope = Mlat("verify", receiptPath, "--trust", trustPath);
        Assert.Equal(0, verified.Exit);
        Assert.Contains("VERIFIED", verified.Out, StringComparison.Ordinal);
        Assert.Equal(1, verifiedOther.Exit);
        Assert.Contains("MLAT-EXCH-RECEIPT-MISMATCH", verifiedOther.Out, StringComparison.Ordinal);
        Assert.Equal(2, noEnvelope.Exit);
        Assert.Contains("MLAT-CLI-RECEIPT-NEEDS-ENVELOPE", noEnvelope.Err, StringComparison.Ordinal);
    }
}
