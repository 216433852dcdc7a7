using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Mlat.Sdk.DependencyInjection;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;

// The conventional namespace for IServiceCollection extensions, so AddMlatSdk is found without another using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SDK's services in a .NET service container.</summary>
public static class MlatServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons (each is immutable and thread-safe): <see cref="TimeProvider"/> (the system clock unless
    /// one is already registered), <see cref="IReplayStore"/> (in memory unless one is already registered; the verifier
    /// uses it unless <see cref="VerificationPolicy.ReplayStore"/> names another), <see cref="MlatValidator"/>, <see cref="EnvelopeSigner"/>, <see cref="EnvelopeVerifier"/>
    /// (needs <see cref="MlatSdkOptions.TrustList"/>), <see cref="VersionNegotiator"/>, <see cref="MlatConverter"/>,
    /// <see cref="MessageSender"/> and <see cref="MessageReceiver"/> (needs <see cref="MlatSdkOptions.TrustList"/> and
    /// <see cref="MlatSdkOptions.Authority"/>), <see cref="EnvelopeDecryptor"/> (needs <see cref="MlatSdkOptions.DecryptionKeyPath"/>;
    /// the receiver uses it when <see cref="MlatSdkOptions.Decryptor"/> is unset) and <see cref="IMlatPartners"/> (one verifier,
    /// trust list and encryption certificate per partner configured with <see cref="AddMlatPartner"/>).
    /// Validator and verifier log through <see cref="ILogger{TCategoryName}"/> when logging is registered.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same container.</returns>
    public static IServiceCollection AddMlatSdk(this IServiceCollection services, Action<MlatSdkOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<MlatSdkOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<MlatSdkOptions>>().Value;
            return new MlatValidator(new MlatValidatorOptions { Limits = o.Limits, Profile = o.Profile }, Logger<MlatValidator>(sp));
        });
        // One replay store for the container (issue 20, point 4): every verifier built from it, and any the caller builds
        // with `policy with { ReplayStore = sp.GetRequiredService<IReplayStore>() }`, refuses the same replays.
        services.TryAddSingleton<IReplayStore>(sp => new InMemoryReplayStore(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new EnvelopeSigner(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<MlatSdkOptions>>().Value.Limits));
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<MlatSdkOptions>>().Value;
            var trust = o.TrustList ?? throw new InvalidOperationException("EnvelopeVerifier needs MlatSdkOptions.TrustList: set it in AddMlatSdk(options => options.TrustList = ...).");
            var policy = o.VerificationPolicy ?? VerificationPolicy.Default;
            policy = policy.ReplayStore is null ? policy with { ReplayStore = sp.GetRequiredService<IReplayStore>() } : policy;
            return new EnvelopeVerifier(trust, policy, sp.GetRequiredService<TimeProvider>(), o.Limits, Logger<EnvelopeVerifier>(sp));
        });
        // Per-partner verifiers from named MlatPartnerOptions (AddMlatPartner), rebuilt when options or trust-list file change.
        services.TryAddSingleton<IMlatPartners>(sp => new MlatPartners(
            sp.GetRequiredService<IOptionsMonitor<MlatPartnerOptions>>(), sp.GetRequiredService<IReplayStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<MlatSdkOptions>>(), sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<MlatSdkOptions>>().Value;
            var path = o.DecryptionKeyPath ?? throw new InvalidOperationException("EnvelopeDecryptor needs MlatSdkOptions.DecryptionKeyPath: set it in AddMlatSdk(options => options.DecryptionKeyPath = ...).");
            return EnvelopeDecryptor.FromPem(File.ReadAllText(path), o.DecryptionPolicy);
        });
        services.TryAddSingleton(sp => new VersionNegotiator(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new MlatConverter(sp.GetRequiredService<MlatValidator>()));
        services.TryAddSingleton(sp => new MessageSender(
            sp.GetRequiredService<MlatValidator>(), sp.GetRequiredService<EnvelopeSigner>(), sp.GetRequiredService<VersionNegotiator>(), sp.GetRequiredService<MlatConverter>()));
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<MlatSdkOptions>>().Value;
            var authority = o.Authority ?? throw new InvalidOperationException("MessageReceiver needs MlatSdkOptions.Authority: set it in AddMlatSdk(options => options.Authority = ...).");
            return new MessageReceiver(
                sp.GetRequiredService<EnvelopeVerifier>(), sp.GetRequiredService<MlatValidator>(), new MessageReceiverOptions { Authority = authority, Decryptor = o.Decryptor ?? (o.DecryptionKeyPath is null ? null : sp.GetRequiredService<EnvelopeDecryptor>()) }, sp.GetRequiredService<TimeProvider>());
        });
        return services;
    }

    /// <summary>
    /// Configures a partner by name (named <see cref="MlatPartnerOptions"/>, the options pattern): its trust list or
    /// watched trust-list file, its verification policy, its encryption certificate. <see cref="IMlatPartners"/>, which
    /// <see cref="AddMlatSdk"/> registers, builds its verifier on first use and rebuilds it when the options or the file
    /// change. Configuration binding works the same way: <c>services.Configure&lt;MlatPartnerOptions&gt;("FR", section)</c>.
    /// </summary>
    /// <param name="services">The container; call <see cref="AddMlatSdk"/> on it too.</param>
    /// <param name="name">The partner's name, for example its country code.</param>
    /// <param name="configure">Sets the partner's options.</param>
    /// <returns>The same container.</returns>
    public static IServiceCollection AddMlatPartner(this IServiceCollection services, string name, Action<MlatPartnerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<MlatPartnerOptions>(name).Configure(configure);
        return services;
    }

    private static ILogger<T> Logger<T>(IServiceProvider sp) => sp.GetService<ILoggerFactory>()?.CreateLogger<T>() ?? NullLogger<T>.Instance;
}
