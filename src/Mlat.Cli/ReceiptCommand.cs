using System.CommandLine;
using System.Globalization;
using Mlat.Sdk;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Serialization;

namespace Mlat.Cli;

/// <summary>
/// <c>mlat receipt &lt;receipt.json&gt; --envelope &lt;signed.json&gt; --trust &lt;trust-list.json&gt; --receiver AUTHORITY-ID
/// [--format text|json]</c>: verifies a node's technical receipt (specification §15.4) — its signature against the trust
/// list, that the receiving authority signed it, and that it attests exactly the envelope sent. Exit 0 verified, 1 not
/// (coded findings), 2 usage error or an unreadable file.
/// </summary>
internal static class ReceiptCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("receipt") { Description = "The technical receipt a node returned." };
        var envelope = new Option<string>("--envelope") { Description = "The signed envelope that was sent (its digest must be the receipt's).", Required = true };
        var trust = new Option<string>("--trust") { Description = "The trust list (JSON, schemas/trust-list/1.0).", Required = true };
        var receiver = new Option<string>("--receiver") { Description = "The authority id the message was sent to: it must have signed the receipt.", Required = true };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("receipt", "Verify a technical receipt of the HTTP binding against the envelope sent (specification §15.4).") { input, envelope, trust, receiver, format };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(envelope)!, parse.GetValue(trust)!, parse.GetValue(receiver)!, parse.GetValue(format) == "json", stdout, stderr));
        return command;
    }

    internal static int Run(string receiptPath, string envelopePath, string trustPath, string receiver, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!CliFiles.TryReadBytes(receiptPath, stderr, out var receipt) || !CliFiles.TryReadBytes(envelopePath, stderr, out var envelope)
            || !CliFiles.TryReadBytes(trustPath, stderr, out var trustBytes))
        {
            return ExitCodes.Usage;
        }

        var trust = TrustList.Read(trustBytes);
        if (trust.TrustList is null)
        {
            stderr.WriteLine($"mlat: '{CliText.Escape(trustPath)}' is not a usable trust list ({CliCodes.BadTrustList}):");
            CliFiles.WriteFindingsText(stderr, trust.Findings);
            return ExitCodes.Usage;
        }

        var result = TechnicalReceipts.Verify(receipt, new CapabilitiesSignatureVerifier(trust.TrustList), receiver, envelope);
        if (json)
        {
            stdout.WriteLine(CliJson.Build(w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("verified", result.IsSuccess);
                if (result.Receipt is { } r)
                {
                    w.WriteString("receiver", r.Receiver);
                    w.WriteString("sender", r.Sender);
                    w.WriteString("messageId", r.MessageId.ToString("D"));
                    w.WriteString("messageType", MlatJson.WireName(r.MessageType));
                    w.WriteString("receivedAt", r.ReceivedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                }

                CliJson.WriteFindings(w, result.Findings);
                w.WriteEndObject();
            }));
        }
        else
        {
            stdout.WriteLine(result.Receipt is { } r
                ? $"{CliText.Escape(receiptPath)}: VERIFIED — {CliText.Escape(r.Receiver)} received {MlatJson.WireName(r.MessageType)} {r.MessageId:D} from {CliText.Escape(r.Sender)} at {r.ReceivedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}, digest of the envelope sent"
                : $"{CliText.Escape(receiptPath)}: NOT VERIFIED");
            CliFiles.WriteFindingsText(stdout, result.Findings);
        }

        return result.IsSuccess ? ExitCodes.Success : ExitCodes.Failed;
    }
}
