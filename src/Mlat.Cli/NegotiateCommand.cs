using System.CommandLine;
using System.Text.Json;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Versioning;

namespace Mlat.Cli;

/// <summary>
/// <c>mlat negotiate &lt;local-capabilities.json&gt; &lt;remote-capabilities.json&gt; [--message-type T] [--format text|json]</c>
/// (specification §14.6): the local party sends, the remote receives. Without <c>--message-type</c>, every type the local
/// document sends is negotiated. Exit 0 when every negotiation found a version, 1 otherwise, 2 for usage errors and
/// unreadable documents.
/// </summary>
internal static class NegotiateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var local = new Argument<string>("local-capabilities") { Description = "Capabilities document of the sending (local) party." };
        var remote = new Argument<string>("remote-capabilities") { Description = "Capabilities document of the receiving (remote) party." };
        var type = new Option<string?>("--message-type") { Description = "Message type to negotiate (default: every type the local party sends)." };
        var format = new Option<string>("--format") { Description = "Output format: text or json (one JSON object per message type).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("negotiate", "Choose the version for messages between two parties from their capabilities documents (specification §10.4).") { local, remote, type, format };
        command.SetAction(parse => Run(parse.GetValue(local)!, parse.GetValue(remote)!, parse.GetValue(type), parse.GetValue(format) == "json", stdout, stderr, TimeProvider.System));
        return command;
    }

    internal static int Run(string localPath, string remotePath, string? messageType, bool json, TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        var sender = Load(localPath, stderr);
        var receiver = Load(remotePath, stderr);
        if (sender is null || receiver is null)
        {
            return ExitCodes.Usage;
        }

        if (messageType is not null && !Enum.IsDefined(typeof(MessageType), messageType))
        {
            // A typo is a usage error, not "no common version".
            stderr.WriteLine($"mlat: --message-type '{messageType}' is not a message type of the standard ({CliCodes.UnknownMessageType}).");
            return ExitCodes.Usage;
        }

        // Types the local document lists that this SDK does not know (a newer release's) cannot be written: skipped.
        var types = messageType is not null
            ? [messageType]
            : sender.Versions.SelectMany(v => v.Send).Distinct(StringComparer.Ordinal).Where(t => Enum.IsDefined(typeof(MessageType), t)).Order(StringComparer.Ordinal).ToArray();
        if (types.Length == 0)
        {
            stderr.WriteLine("mlat: the local capabilities document sends no message type; give --message-type.");
            return ExitCodes.Failed;
        }

        var negotiator = new VersionNegotiator(time);
        var exit = ExitCodes.Success;
        foreach (var t in types)
        {
            var result = negotiator.Negotiate(new NegotiationRequest { Sender = sender, Receiver = receiver, MessageType = Enum.Parse<MessageType>(t) });
            if (json)
            {
                stdout.WriteLine(CliJson.Build(w => WriteJson(w, t, result)));
            }
            else
            {
                WriteText(stdout, t, result);
            }

            if (!result.IsSuccess)
            {
                exit = ExitCodes.Failed;
            }
        }

        return exit;
    }

    private static CapabilitiesDocument? Load(string path, TextWriter stderr)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (CliJson.IsIo(ex))
        {
            stderr.WriteLine($"mlat: cannot read '{path}': {CliJson.Describe(ex)} ({CliCodes.Unreadable})");
            return null;
        }

        var read = CapabilitiesReader.Read(bytes);
        foreach (var f in read.Findings)
        {
            stderr.WriteLine($"mlat: '{path}' is not a readable capabilities document: {f.Code} at {(f.Pointer.Length == 0 ? "(root)" : f.Pointer)}");
        }

        return read.Document;
    }

    private static void WriteText(TextWriter stdout, string type, NegotiationResult result)
    {
        stdout.WriteLine(result.IsSuccess
            ? $"{type}: {result.Version}{(result.ConvertFrom is { } from ? $" (write {from}, down-convert)" : string.Empty)}"
            : $"{type}: NO VERSION");
        foreach (var reason in result.Reasons)
        {
            stdout.WriteLine($"  {CliJson.Snake(reason.Code),-32} {CliText.Escape(reason.Message)}");
        }

        foreach (var f in result.Findings)
        {
            stdout.WriteLine($"  error   {CliText.Escape(f.Code),-32} {CliText.Escape(f.Message)}");
        }
    }

    private static void WriteJson(Utf8JsonWriter w, string type, NegotiationResult result)
    {
        w.WriteStartObject();
        w.WriteString("messageType", type);
        w.WriteBoolean("success", result.IsSuccess);
        CliJson.WriteOptional(w, "version", result.Version?.ToString());
        CliJson.WriteOptional(w, "convertFrom", result.ConvertFrom?.ToString());
        w.WriteStartArray("senderVersions");
        foreach (var v in result.SenderVersions)
        {
            w.WriteStringValue(v.ToString());
        }

        w.WriteEndArray();
        w.WriteStartArray("receiverVersions");
        foreach (var v in result.ReceiverVersions)
        {
            w.WriteStringValue(v.ToString());
        }

        w.WriteEndArray();
        w.WriteStartArray("reasons");
        foreach (var r in result.Reasons)
        {
            w.WriteStartObject();
            w.WriteString("code", CliJson.Snake(r.Code));
            w.WriteString("party", r.Party);
            CliJson.WriteOptional(w, "version", r.Version?.ToString());
            w.WriteString("message", r.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        CliJson.WriteFindings(w, result.Findings);
        w.WriteEndObject();
    }
}
