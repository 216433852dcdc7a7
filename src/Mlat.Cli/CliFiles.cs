using System.Text.Json;
using Mlat.Sdk;
using Mlat.Sdk.Envelopes;

namespace Mlat.Cli;

/// <summary>
/// Reading and writing the files the envelope commands name, with the coded stderr line and exit code 2 when a file
/// cannot be read or written (specification §14.6), and the <c>--attach [ID=]FILE</c> convention of sign and verify.
/// </summary>
internal static class CliFiles
{
    public static bool TryReadBytes(string path, TextWriter stderr, out byte[] bytes)
    {
        try
        {
            bytes = File.ReadAllBytes(path);
            return true;
        }
        catch (Exception ex) when (CliJson.IsIo(ex))
        {
            stderr.WriteLine($"mlat: cannot read '{path}': {CliJson.Describe(ex)} ({CliCodes.Unreadable})");
            bytes = [];
            return false;
        }
    }

    public static bool TryReadText(string path, TextWriter stderr, out string text)
    {
        if (TryReadBytes(path, stderr, out var bytes))
        {
            text = System.Text.Encoding.UTF8.GetString(bytes);
            return true;
        }

        text = string.Empty;
        return false;
    }

    public static bool TryWrite(string path, ReadOnlySpan<byte> bytes, TextWriter stderr)
    {
        try
        {
            File.WriteAllBytes(path, bytes.ToArray());
            return true;
        }
        catch (Exception ex) when (CliJson.IsIo(ex))
        {
            stderr.WriteLine($"mlat: cannot write '{path}': {CliJson.Describe(ex)} ({CliCodes.Unwritable})");
            return false;
        }
    }

    /// <summary>Writes findings the way every mlat command prints them in text mode.</summary>
    public static void WriteFindingsText(TextWriter stdout, IEnumerable<Finding> findings)
    {
        foreach (var f in findings)
        {
            var severity = f.Severity == FindingSeverity.Error ? "error" : "warning";
            // Pointers name members of the message: escaped, so no name can forge a line (CliText).
            stdout.WriteLine($"  {severity,-7} {CliText.Escape(f.Code),-34} {(f.Pointer.Length == 0 ? "(root)" : CliText.Escape(f.Pointer))}  {CliText.Escape(f.Message)}");
        }
    }

    /// <summary>
    /// Resolves <c>--attach</c> values. <c>ID=FILE</c> names the attachment id explicitly. A bare <c>FILE</c> takes the id
    /// of the message's <c>AttachmentRef</c> whose <c>fileName</c> is the file's name, or else the file name without its
    /// extension (<c>att-1.bin</c> → <c>att-1</c>). Every file must exist now: the SDK hashes attachments lazily, and a
    /// missing file must be a coded usage error, not a failure in the middle of signing.
    /// </summary>
    public static bool TryResolveAttachments(IReadOnlyList<string> values, ReadOnlySpan<byte> envelope, TextWriter stderr, out List<EnvelopeAttachment> attachments)
    {
        var ok = TryResolveAttachmentFiles(values, envelope, stderr, out var files);
        attachments = [.. files.Select(f => EnvelopeAttachment.FromFile(f.Id, f.Path))];
        return ok;
    }

    /// <summary>Resolves <c>--attach</c> values to (id, path) pairs, as <see cref="TryResolveAttachments"/> does.</summary>
    public static bool TryResolveAttachmentFiles(IReadOnlyList<string> values, ReadOnlySpan<byte> envelope, TextWriter stderr, out List<(string Id, string Path)> files)
    {
        files = [];
        if (values.Count == 0)
        {
            return true;
        }

        var byFileName = AttachmentIdsByFileName(envelope);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            string? id = null;
            var path = value;
            var eq = value.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && value.AsSpan(0, eq).IndexOfAny('/', '\\') < 0)
            {
                id = value[..eq];
                path = value[(eq + 1)..];
            }

            if (!File.Exists(path))
            {
                stderr.WriteLine($"mlat: cannot read attachment '{path}': no such file ({CliCodes.Unreadable})");
                return false;
            }

            var name = Path.GetFileName(path);
            id ??= byFileName.TryGetValue(name, out var known) ? known : Path.GetFileNameWithoutExtension(name);
            if (id.Length == 0 || !seen.Add(id))
            {
                stderr.WriteLine($"mlat: --attach: attachment ids must be non-empty and unique; use ID=FILE ({CliCodes.AttachmentId})");
                return false;
            }

            files.Add((id, path));
        }

        return true;
    }

    private static Dictionary<string, string> AttachmentIdsByFileName(ReadOnlySpan<byte> envelope)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);

        // The SDK's one strict decoding path: a fileName with a lone surrogate (or any other bad JSON) leaves nothing to
        // look up here, and the verifier reports the envelope with its own code.
        using var document = Mlat.Sdk.Serialization.StrictJsonReader.Parse(envelope.ToArray(), Mlat.Sdk.Serialization.ReaderLimits.Default, out _);
        if (document is not null)
        {
            Collect(document.RootElement, map);
        }

        return map;
    }

    private static void Collect(JsonElement element, Dictionary<string, string> map)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                    && element.TryGetProperty("fileName", out var file) && file.ValueKind == JsonValueKind.String)
                {
                    map.TryAdd(file.GetString()!, id.GetString()!);
                }

                foreach (var member in element.EnumerateObject())
                {
                    Collect(member.Value, map);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, map);
                }

                break;
        }
    }
}
