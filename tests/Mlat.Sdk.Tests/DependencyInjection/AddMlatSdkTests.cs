using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Tests.DependencyInjection;

/// <summary>Issue 6, item 5: <c>services.AddMlatSdk(...)</c> in a real <see cref="ServiceCollection"/>.</summary>
public sealed class AddMlatSdkTests
{
    private static readonly string ValidRequest = Path.Combine(TestPaths.Samples, "1.0", "valid", "AssistanceRequest", "eio-de-fr-bank-records-fraud.json");

    [Fact]
    public void AddMlatSdk_registers_validator_signer_verifier_negotiator_converter_and_time_as_singletons()
    {
        using var pki = TestPki.Generate(CountryCode.DE, "DE:StA-Muenchen-I");
        using var provider = new ServiceCollection().AddMlatSdk(o => o.TrustList = pki.TrustList).BuildServiceProvider();

        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.Same(provider.GetRequiredService<MlatValidator>(), provider.GetRequiredService<MlatValidator>());
        Assert.NotNull(provider.GetRequiredService<EnvelopeSigner>());
        Assert.NotNull(provider.GetRequiredService<EnvelopeVerifier>());
        Assert.NotNull(provider.GetRequiredService<VersionNegotiator>());
        Assert.NotNull(provider.GetRequiredService<MlatConverter>());
        Assert.True(provider.GetRequiredService<MlatValidator>().Validate(File.ReadAllBytes(ValidRequest)).IsSuccess);
    }

    [Fact]
    public void Signer_and_verifier_from_the_container_use_the_registered_time_provider()
    {
        var signedAt = new DateTimeOffset(2027, 1, 12, 12, 0, 0, TimeSpan.Zero);
        var clock = new FixedTime(signedAt);
        using var pki = TestPki.Generate(CountryCode.DE, "DE:StA-Muenchen-I", timeProvider: clock);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        using var provider = services.AddMlatSdk(o => o.TrustList = pki.TrustList).BuildServiceProvider();
        var message = File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.0", "valid", "AssistanceRequest", "minimal.json"));
        var minimal = System.Text.Json.Nodes.JsonNode.Parse(message)!;
        minimal["header"]!["sender"]!["country"] = "DE";
        minimal["header"]!["sender"]!["authorityId"] = "DE:StA-Muenchen-I";
        minimal["header"]!["createdAt"] = "2027-01-12T12:00:00Z";
        using var key = pki.CreateSigningKey();

        var signed = provider.GetRequiredService<EnvelopeSigner>().Sign(System.Text.Encoding.UTF8.GetBytes(minimal.ToJsonString()), key, SignerRole.Issuing);
        var result = provider.GetRequiredService<EnvelopeVerifier>().Verify(signed.Envelope);

        Assert.True(result.IsSuccess, string.Join(", ", result.Findings.Select(f => f.Code + " " + f.Pointer)));
        Assert.Equal(signedAt, Assert.Single(result.Signatures).SignedAt);
    }

    [Fact]
    public void The_container_s_replay_store_is_shared_by_its_verifier_and_any_verifier_built_with_it()
    {
        // Issue 20, point 4: a second policy (here: no sender-role demand, as for a StatusQuery endpoint) built by hand
        // with the container's store refuses a message the container's verifier already accepted.
        var clock = new FixedTime(new DateTimeOffset(2027, 1, 12, 12, 0, 0, TimeSpan.Zero));
        using var pki = TestPki.Generate(CountryCode.DE, "DE:StA-Muenchen-I", timeProvider: clock);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        using var provider = services.AddMlatSdk(o => o.TrustList = pki.TrustList).BuildServiceProvider();
        var minimal = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.0", "valid", "AssistanceRequest", "minimal.json")))!;
        minimal["header"]!["sender"]!["country"] = "DE";
        minimal["header"]!["sender"]!["authorityId"] = "DE:StA-Muenchen-I";
        minimal["header"]!["createdAt"] = "2027-01-12T12:00:00Z";
        using var key = pki.CreateSigningKey();
        var signed = provider.GetRequiredService<EnvelopeSigner>().Sign(System.Text.Encoding.UTF8.GetBytes(minimal.ToJsonString()), key, SignerRole.Issuing).Envelope!;
        var store = provider.GetRequiredService<IReplayStore>();
        var second = new EnvelopeVerifier(pki.TrustList, VerificationPolicy.Default with { RequireSenderRole = false, ReplayStore = store }, clock);
        var separate = new EnvelopeVerifier(pki.TrustList, VerificationPolicy.Default with { RequireSenderRole = false }, clock);

        Assert.True(provider.GetRequiredService<EnvelopeVerifier>().Verify(signed).IsSuccess);

        Assert.Same(store, provider.GetRequiredService<IReplayStore>());
        Assert.Equal([FindingCodes.SigReplay], second.Verify(signed).Findings.Select(f => f.Code));
        Assert.True(separate.Verify(signed).IsSuccess); // a verifier with a store of its own does not know the first
    }

    [Fact]
    public async Task A_size_limit_configured_in_AddMlatSdk_applies_to_every_reading_path_of_the_container()
    {
        // Nothing the container hands out may fall back to a default validator or default limits (issue 10, point 4).
        var clock = new FixedTime(new DateTimeOffset(2027, 1, 12, 12, 0, 0, TimeSpan.Zero));
        using var pki = TestPki.Generate(CountryCode.DE, "DE:StA-Muenchen-I", timeProvider: clock);
        var minimal = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.0", "valid", "AssistanceRequest", "minimal.json")))!;
        minimal["header"]!["sender"]!["country"] = "DE";
        minimal["header"]!["sender"]!["authorityId"] = "DE:StA-Muenchen-I";
        minimal["header"]!["createdAt"] = "2027-01-12T12:00:00Z";
        var message = System.Text.Encoding.UTF8.GetBytes(minimal.ToJsonString());
        var newer = File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.1", "valid", "ProductionOrder", "minimal.json"));
        using var key = pki.CreateSigningKey();
        var signed = new EnvelopeSigner(clock).Sign(message, key, SignerRole.Issuing).Envelope;
        var limit = new Mlat.Sdk.Serialization.ReaderLimits { MaxBytes = 512 };
        Assert.True(message.Length > limit.MaxBytes && newer.Length > limit.MaxBytes);

        async Task<IReadOnlyList<(string Path, IReadOnlyList<Finding> Findings)>> Run(IServiceProvider sp)
        {
            var validator = sp.GetRequiredService<MlatValidator>();
            using var stream = new MemoryStream(message);
            using var asyncStream = new MemoryStream(message);
            var viaAsync = await validator.ValidateAsync(asyncStream);
            return
            [
                ("validator (memory)", validator.Validate(message).Findings),
                ("validator (stream)", validator.Validate(stream).Findings),
                ("validator (async)", viaAsync.Findings),
                ("converter", sp.GetRequiredService<MlatConverter>().Convert(newer, MlatVersion.Parse("1.0")).Findings),
                ("signer", sp.GetRequiredService<EnvelopeSigner>().Sign(message, key, SignerRole.Issuing).Findings),
                ("verifier", sp.GetRequiredService<EnvelopeVerifier>().Verify(signed).Findings),
            ];
        }

        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        using var limited = services.AddMlatSdk(o => { o.TrustList = pki.TrustList; o.Limits = limit; }).BuildServiceProvider();
        var unlimitedServices = new ServiceCollection();
        unlimitedServices.AddSingleton<TimeProvider>(clock);
        using var unlimited = unlimitedServices.AddMlatSdk(o => o.TrustList = pki.TrustList).BuildServiceProvider();

        foreach (var (path, findings) in await Run(limited))
        {
            Assert.True(findings.Any(f => f.Code == FindingCodes.JsonTooLarge), path + ": " + string.Join(", ", findings.Select(f => f.Code)));
        }

        // The same calls without the limit do not stop on size: the limit, not the input, made the difference.
        foreach (var (path, findings) in await Run(unlimited))
        {
            Assert.False(findings.Any(f => f.Code == FindingCodes.JsonTooLarge), path);
        }
    }

    [Fact]
    public void Resolving_the_verifier_without_a_trust_list_is_a_configuration_error()
    {
        using var provider = new ServiceCollection().AddMlatSdk().BuildServiceProvider();

        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<EnvelopeVerifier>());
    }

    [Fact]
    public void A_forced_profile_in_the_options_reaches_the_validator()
    {
        using var provider = new ServiceCollection().AddMlatSdk(o => o.Profile = Profile.MlaUntoc).BuildServiceProvider();

        Assert.Equal(Profile.MlaUntoc, provider.GetRequiredService<MlatValidator>().Validate(File.ReadAllBytes(ValidRequest)).Profile);
    }

    [Fact]
    public void Validator_logs_codes_and_counts_but_no_content_of_the_message()
    {
        var logs = new CapturingLoggerFactory();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(logs);
        using var provider = services.AddMlatSdk().BuildServiceProvider();
        var sample = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(ValidRequest))!;
        sample["body"]!["issuingAuthority"]!["name"] = 42; // a schema error at a member whose value is a name

        var report = provider.GetRequiredService<MlatValidator>().Validate(System.Text.Encoding.UTF8.GetBytes(sample.ToJsonString()));

        Assert.False(report.IsSuccess);
        var entry = Assert.Single(logs.Entries);
        Assert.Equal((1002, LogLevel.Warning), (entry.EventId.Id, entry.Level));
        foreach (var code in report.Findings.Select(f => f.Code))
        {
            Assert.Contains(code, entry.Text, StringComparison.Ordinal);
        }

        var text = File.ReadAllText(ValidRequest);
        foreach (var value in System.Text.RegularExpressions.Regex.Matches(text, "\"text\": \"([^\"]{12,})\"").Select(m => m.Groups[1].Value))
        {
            Assert.DoesNotContain(value, entry.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("/body/issuingAuthority/name", entry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_a_host_s_default_information_filter_a_valid_message_logs_1001_and_an_invalid_one_1002()
    {
        // The levels of docs/logging.md, as a host with the default filter sees them (not only as declared).
        var logs = new CapturingLoggerFactory(LogLevel.Information);
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(logs);
        using var provider = services.AddMlatSdk().BuildServiceProvider();
        var validator = provider.GetRequiredService<MlatValidator>();

        Assert.True(validator.Validate(File.ReadAllBytes(ValidRequest)).IsSuccess);
        Assert.False(validator.Validate("{}"u8.ToArray()).IsSuccess);

        Assert.Equal([(1001, LogLevel.Information), (1002, LogLevel.Warning)], logs.Entries.Select(e => (e.EventId.Id, e.Level)));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    internal sealed class CapturingLoggerFactory(LogLevel minimum = LogLevel.Trace) : ILoggerFactory, ILogger
    {
        public List<(EventId EventId, LogLevel Level, string Text)> Entries { get; } = [];

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public ILogger CreateLogger(string categoryName) => this;

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            lock (Entries)
            {
                Entries.Add((eventId, logLevel, formatter(state, exception)));
            }
        }
    }
}
