using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Cases;

/// <summary>
/// An <see cref="ICaseStore"/> in a folder: one sub-folder per conversation (its id), one file per message
/// (<c>&lt;messageId&gt;.json</c>, the message as <see cref="MlatJson"/> writes it) — the layout of
/// <c>samples/cases</c>, so <c>mlat case status</c> and <c>mlat case timeline</c> read a store's folder as it is.
/// A message is written to a temporary file and moved into place under the conversation's lock file, so a reader never
/// sees half a message and two writers of one id (threads or processes) cannot both win. Reading validates every file
/// with the given validator: a file
/// changed on disk is a finding of the log (<see cref="CaseLog.Findings"/>), not a message of the case.
/// </summary>
public sealed class FileSystemCaseStore : ICaseStore
{
    private readonly string root;
    private readonly MlatValidator validator;

    /// <summary>A store in <paramref name="root"/>, created when absent.</summary>
    /// <param name="root">The folder.</param>
    /// <param name="validator">Reads the stored messages back; default <see cref="MlatValidator.Default"/>.</param>
    public FileSystemCaseStore(string root, MlatValidator? validator = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        this.root = Path.GetFullPath(root);
        this.validator = validator ?? MlatValidator.Default;
        Directory.CreateDirectory(this.root);
    }

    /// <inheritdoc />
    public async ValueTask<CaseAppendOutcome> AppendAsync(MlatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var json = MlatJson.SerializeToUtf8Bytes(message);
        var folder = Directory.CreateDirectory(Path.Combine(root, message.Header.ConversationId.ToString("D"))).FullName;
        var target = Path.Combine(folder, message.Header.MessageId.ToString("D") + ".json");
        if (File.Exists(target))
        {
            return await Compare(target, json, cancellationToken).ConfigureAwait(false);
        }

        var temporary = Path.Combine(folder, "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, json, cancellationToken).ConfigureAwait(false);

            // Whether the id is taken and the move into place are one step under the conversation's lock file: a move
            // "without overwriting" is a check and a rename on some file systems, so two writers could both win.
            using var gate = await LockAsync(folder, cancellationToken).ConfigureAwait(false);
            if (File.Exists(target))
            {
                return await Compare(target, json, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, target, overwrite: false);
            return CaseAppendOutcome.Added;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <inheritdoc />
    public async ValueTask<CaseLog> LoadAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(root, conversationId.ToString("D"));
        var messages = new List<MlatMessage>();
        var findings = new List<Finding>();
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                var report = validator.Validate(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false));
                if (report.Message is { } m && m.Header.ConversationId == conversationId
                    && string.Equals(Path.GetFileNameWithoutExtension(file), m.Header.MessageId.ToString("D"), StringComparison.Ordinal))
                {
                    messages.Add(m);
                }
                else if (report.Message is not null)
                {
                    findings.Add(Finding.Error(FindingCodes.FlowOtherConversation, "/header/messageId",
                        "A stored message is filed under another conversation or message id than its header gives; it was not read."));
                }
                else
                {
                    findings.AddRange(report.Findings.Where(f => f.Severity == FindingSeverity.Error));
                }
            }
        }

        messages.Sort(CaseState.CanonicalOrder.Instance);
        return new CaseLog { ConversationId = conversationId, Messages = messages, Findings = findings };
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Guid>> ListConversationsAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Guid> ids = [.. Directory.EnumerateDirectories(root)
            .Select(d => Guid.TryParseExact(Path.GetFileName(d), "D", out var id) ? id : (Guid?)null)
            .OfType<Guid>()
            .Where(id => Directory.EnumerateFiles(Path.Combine(root, id.ToString("D")), "*.json").Any())
            .Order()
            .Take(limit)];
        return ValueTask.FromResult(ids);
    }

    /// <summary>
    /// An exclusive lock on the conversation folder's <c>.lock</c> file (<see cref="FileShare.None"/>, which .NET holds as an
    /// advisory lock on Unix and a sharing lock on Windows), so writers in this and in other processes take turns.
    /// </summary>
    private static async ValueTask<FileStream> LockAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, ".lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException ex) when (ex is not DirectoryNotFoundException && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(5, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async ValueTask<CaseAppendOutcome> Compare(string target, byte[] json, CancellationToken cancellationToken)
    {
        var stored = await File.ReadAllBytesAsync(target, cancellationToken).ConfigureAwait(false);
        return stored.AsSpan().SequenceEqual(json) ? CaseAppendOutcome.Duplicate : CaseAppendOutcome.Conflict;
    }
}
