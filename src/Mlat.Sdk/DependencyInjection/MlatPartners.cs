using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.DependencyInjection;

/// <summary>
/// <see cref="IMlatPartners"/> over named <see cref="MlatPartnerOptions"/>: one entry per partner, built on first use,
/// rebuilt when its options change (<c>IOptionsMonitor.OnChange</c>) or its trust-list file changes (a
/// <see cref="PhysicalFileProvider"/> change token). A new list that does not read never replaces the last good one.
/// </summary>
internal sealed class MlatPartners : IMlatPartners, IDisposable
{
    private readonly IOptionsMonitor<MlatPartnerOptions> _options;
    private readonly IReplayStore _replay;
    private readonly TimeProvider _time;
    private readonly IOptions<MlatSdkOptions> _sdk;
    private readonly ILoggerFactory? _loggers;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Lazy<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly IDisposable? _subscription;

    public MlatPartners(IOptionsMonitor<MlatPartnerOptions> options, IReplayStore replay, TimeProvider time, IOptions<MlatSdkOptions> sdk, ILoggerFactory? loggers)
    {
        _options = options;
        _replay = replay;
        _time = time;
        _sdk = sdk;
        _loggers = loggers;
        _logger = (ILogger?)loggers?.CreateLogger<MlatPartners>() ?? NullLogger.Instance;
        _subscription = options.OnChange((_, name) =>
        {
            if (name is not null && _entries.TryGetValue(name, out var entry) && entry.IsValueCreated)
            {
                entry.Value.Reload(optionsChanged: true);
            }
        });
    }

    public MlatPartner Get(string name) => EntryFor(name).Current;

    public IChangeToken GetReloadToken(string name) => EntryFor(name).ReloadToken;

    public void Dispose()
    {
        _subscription?.Dispose();
        foreach (var entry in _entries.Values.Where(e => e.IsValueCreated))
        {
            entry.Value.Dispose();
        }
    }

    private Entry EntryFor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lazy = _entries.GetOrAdd(name, n => new Lazy<Entry>(() => new Entry(this, n)));
        try
        {
            return lazy.Value;
        }
        catch (InvalidOperationException)
        {
            // A partner whose first configuration does not load is not cached: the next call tries again.
            _entries.TryRemove(new KeyValuePair<string, Lazy<Entry>>(name, lazy));
            throw;
        }
    }

    private sealed class Entry : IDisposable
    {
        private readonly MlatPartners _owner;
        private readonly string _name;
        private readonly Lock _gate = new();
        private MlatPartner _current;
        private CancellationTokenSource _reload = new();
        private PhysicalFileProvider? _files;
        private IDisposable? _watch;
        private string? _watchedPath;

        public Entry(MlatPartners owner, string name)
        {
            _owner = owner;
            _name = name;
            var options = owner._options.Get(name);
            var (list, failure) = Load(options);
            _current = list is null
                ? throw new InvalidOperationException("Partner '" + name + "' has no usable trust list: " + failure + ".")
                : Build(options, list);
            Watch(options.TrustListPath);
        }

        public MlatPartner Current => Volatile.Read(ref _current);

        public IChangeToken ReloadToken
        {
            get
            {
                lock (_gate)
                {
                    return new CancellationChangeToken(_reload.Token);
                }
            }
        }

        public void Reload(bool optionsChanged)
        {
            CancellationTokenSource fired;
            lock (_gate)
            {
                var options = _owner._options.Get(_name);
                // Re-armed before reading, so a change made while the file is read is not lost.
                Watch(options.TrustListPath);
                var (list, failure) = Load(options);
                if (list is null)
                {
                    SdkLog.TrustListRejected(_owner._logger, _name, failure!);
                }
                else
                {
                    Volatile.Write(ref _current, Build(options, list));
                    SdkLog.TrustListLoaded(_owner._logger, _name, list.Countries.Count, optionsChanged ? "options" : "file");
                }

                fired = _reload;
                _reload = new CancellationTokenSource();
            }

            fired.Cancel();
            fired.Dispose();
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _watch?.Dispose();
                _files?.Dispose();
                _reload.Dispose();
            }
        }

        // The list, or why not: finding codes or the exception type, never the file's name or content.
        private (TrustList? List, string? Failure) Load(MlatPartnerOptions options)
        {
            if (options.TrustListPath is not { } path)
            {
                return options.TrustList is { } list ? (list, null) : (null, "neither TrustListPath nor TrustList is set");
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (null, e.GetType().Name);
            }

            var read = options.TrustListOperatorAnchor is { } anchor ? TrustList.Read(bytes, anchor, _owner._time) : TrustList.Read(bytes);
            return read.TrustList is { } ok ? (ok, null) : (null, "codes " + string.Join(",", read.Findings.Select(f => f.Code).Distinct()));
        }

        private MlatPartner Build(MlatPartnerOptions options, TrustList list)
        {
            var policy = options.Policy ?? VerificationPolicy.Default;
            policy = policy.ReplayStore is null ? policy with { ReplayStore = _owner._replay } : policy;
            var logger = _owner._loggers?.CreateLogger<EnvelopeVerifier>();
            return new MlatPartner(_name, list, new EnvelopeVerifier(list, policy, _owner._time, _owner._sdk.Value.Limits, logger), policy, options.EncryptionCertificate);
        }

        private void Watch(string? path)
        {
            _watch?.Dispose();
            _watch = null;
            var full = path is null ? null : Path.GetFullPath(path);
            if (!string.Equals(full, _watchedPath, StringComparison.Ordinal))
            {
                _files?.Dispose();
                _files = full is null ? null : new PhysicalFileProvider(Path.GetDirectoryName(full)!, ExclusionFilters.None);
                _watchedPath = full;
            }

            if (_files is not null && full is not null)
            {
                _watch = _files.Watch(Path.GetFileName(full)).RegisterChangeCallback(static state => ((Entry)state!).Reload(optionsChanged: false), this);
            }
        }
    }
}
