using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Mlat.Sdk.DependencyInjection;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Tests.Envelopes;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.DependencyInjection;

/// <summary>
/// Issue 20, point 4: verification policies per partner through the options pattern, a trust list that reloads when
/// its file changes and never gives way to a bad one, and the decryptor and a partner's encryptor from the container.
/// </summary>
public sealed class PartnerTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("mlat-partner-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static ServiceCollection Services(ILoggerFactory? logs = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new ManualTimeProvider(Now));
        if (logs is not null)
        {
            services.AddSingleton(logs);
        }

        services.AddMlatSdk();
        return services;
    }

    private static IReadOnlyList<string> FromIssuer(MlatPartner partner) => Codes(partner.Verifier.Verify(Sign(Envelope(), Issuer)));

    private static Dictionary<MessageType, IReadOnlyList<SignerRole>> ValidatedRequests() => new() { [MessageType.AssistanceRequest] = [SignerRole.Validating] };

    // Replaced in one rename, as a deployment tool does, so the watcher never sees a half-written list.
    private void Write(string path, byte[] content)
    {
        var temporary = Path.Combine(_dir.FullName, Guid.NewGuid().ToString("N") + ".tmp");
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }

    // Waits for reloads (not for time) until the condition holds; the timeout only bounds a broken watcher.
    private static async Task Until(IMlatPartners partners, string name, Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            var token = partners.GetReloadToken(name); // taken before the check, so a reload in between is not missed
            if (condition())
            {
                return;
            }

            var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (token.RegisterChangeCallback(_ => fired.TrySetResult(), null))
            {
                await fired.Task.WaitAsync(timeout.Token);
            }
        }
    }

    [Fact]
    public void Each_partner_has_its_own_policy_shares_the_container_s_replay_store_and_seals_to_its_own_certificate()
    {
        var services = Services();
        services.AddMlatPartner("FR", o =>
        {
            o.TrustList = Trust;
            o.Policy = new VerificationPolicy { RequiredRolesByMessageType = ValidatedRequests() };
            o.EncryptionCertificate = RecipientPki.SignerCertificate;
        });
        services.AddMlatPartner("IT", o => o.TrustList = Trust);
        using var provider = services.BuildServiceProvider();
        var partners = provider.GetRequiredService<IMlatPartners>();
        var request = Sign(Envelope(), Issuer);

        Assert.Equal([FindingCodes.SigRoleMissing], Codes(partners.Get("FR").Verifier.Verify(request)));
        Assert.Empty(Codes(partners.Get("IT").Verifier.Verify(request)));
        Assert.Same(partners.Get("FR"), partners.Get("FR"));
        Assert.Same(provider.GetRequiredService<IReplayStore>(), partners.Get("IT").Policy.ReplayStore);
        Assert.Equal([FindingCodes.SigReplay], Codes(partners.Get("IT").Verifier.Verify(request)));

        var sealedForFrance = partners.Get("FR").Encrypt(request);
        using var decryptor = new EnvelopeDecryptor(RecipientPki.SignerKey);
        Assert.Equal(request, decryptor.Decrypt(sealedForFrance).Plaintext!.Value.ToArray());
        Assert.Throws<InvalidOperationException>(() => partners.Get("IT").Encrypt(request));
        Assert.Throws<InvalidOperationException>(() => partners.Get("ES")); // not configured: no trust list
    }

    [Fact]
    public void The_container_s_decryptor_reads_the_configured_key_and_opens_what_was_sealed_for_it()
    {
        var keyFile = Path.Combine(_dir.FullName, "decryption-key.pem");
        File.WriteAllText(keyFile, RecipientPki.SignerKeyPkcs8Pem);
        var services = Services();
        services.Configure<MlatSdkOptions>(o => o.DecryptionKeyPath = keyFile);
        using var provider = services.BuildServiceProvider();
        using var unconfigured = Services().BuildServiceProvider();
        var signed = Sign(Envelope(), Issuer);

        var opened = provider.GetRequiredService<EnvelopeDecryptor>().Decrypt(EnvelopeEncryptor.EncryptToCertificate(signed, RecipientPki.SignerCertificate));

        Assert.True(opened.IsSuccess, string.Join(",", opened.Findings.Select(f => f.Code)));
        Assert.Equal(signed, opened.Plaintext!.Value.ToArray());
        Assert.Same(provider.GetRequiredService<EnvelopeDecryptor>(), provider.GetRequiredService<EnvelopeDecryptor>());
        Assert.Throws<InvalidOperationException>(() => unconfigured.GetRequiredService<EnvelopeDecryptor>());
    }

    [Fact]
    public async Task A_trust_list_file_reloads_when_it_changes_and_a_bad_file_keeps_the_last_good_list_with_a_warning()
    {
        var path = Path.Combine(_dir.FullName, "trust-list.json");
        var withoutIssuer = TrustList.Create(JudgePki.TrustList.Countries.Concat(RecipientPki.TrustList.Countries), testOnly: true);
        Write(path, Trust.ToJson());
        var logs = new AddMlatSdkTests.CapturingLoggerFactory();
        var services = Services(logs);
        services.AddMlatPartner("FR", o => o.TrustListPath = path);
        using var provider = services.BuildServiceProvider();
        var partners = provider.GetRequiredService<IMlatPartners>();
        var first = partners.Get("FR");
        bool Logged(int id)
        {
            lock (logs.Entries)
            {
                return logs.Entries.Exists(e => e.EventId.Id == id);
            }
        }

        Assert.Empty(FromIssuer(first));

        // Garbage: refused with a coded warning, and the last good list stays in use.
        Write(path, "{ \"trustListVersion\": "u8.ToArray());
        await Until(partners, "FR", () => Logged(2004));
        Assert.Same(first, partners.Get("FR"));
        Assert.Empty(FromIssuer(partners.Get("FR")));
        lock (logs.Entries)
        {
            var warning = logs.Entries.Single(e => e.EventId.Id == 2004);
            Assert.Equal(LogLevel.Warning, warning.Level);
            Assert.Contains(FindingCodes.TrustListInvalid, warning.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(path, warning.Text, StringComparison.Ordinal);
        }

        // A good list without the issuer: taken, and the issuer's envelopes are refused by trust.
        Write(path, withoutIssuer.ToJson());
        await Until(partners, "FR", () => !ReferenceEquals(first, partners.Get("FR")));
        var refused = partners.Get("FR").Verifier.Verify(Sign(Envelope(), Issuer));
        Assert.False(refused.IsSuccess);
        Assert.Contains(refused.Findings, f => f.Category == FindingCategory.Trust);
        Assert.True(Logged(2003));
    }

    [Fact]
    public void Under_an_operator_anchor_only_a_trust_list_file_the_operator_signed_is_taken()
    {
        // Specification §8.5: the list is trusted for its operator's signature, not for where the file lies.
        using var operatorPki = Mlat.Sdk.Testing.TestPki.Generate(CountryCode.LU, "LU:TL-Operator", JwsAlgorithms.ES256, [SignerRole.Issuing], new ManualTimeProvider(Now));
        var path = Path.Combine(_dir.FullName, "signed-trust-list.json");
        Write(path, Trust.ToJson());
        var services = Services();
        services.AddMlatPartner("FR", o =>
        {
            o.TrustListPath = path;
            o.TrustListOperatorAnchor = operatorPki.RootCertificate;
        });
        using var provider = services.BuildServiceProvider();
        var partners = provider.GetRequiredService<IMlatPartners>();

        var unsigned = Assert.Throws<InvalidOperationException>(() => partners.Get("FR"));
        Assert.Contains(FindingCodes.TrustListUnsigned, unsigned.Message, StringComparison.Ordinal);

        using var operatorKey = operatorPki.CreateSigningKey();
        Write(path, Trust.ToSignedJson(operatorKey, new ManualTimeProvider(Now)));
        Assert.Empty(FromIssuer(partners.Get("FR"))); // a first load that failed is not cached
    }

    [Fact]
    public async Task A_partner_s_verifier_is_rebuilt_when_its_named_options_change()
    {
        using var source = new ChangeSource("FR");
        var policy = VerificationPolicy.Default;
        var services = Services();
        services.AddSingleton<IOptionsChangeTokenSource<MlatPartnerOptions>>(source);
        services.AddMlatPartner("FR", o =>
        {
            o.TrustList = Trust;
            o.Policy = policy;
        });
        using var provider = services.BuildServiceProvider();
        var partners = provider.GetRequiredService<IMlatPartners>();
        var first = partners.Get("FR");
        Assert.Empty(FromIssuer(first));

        policy = new VerificationPolicy { RequiredRolesByMessageType = ValidatedRequests() };
        source.Change();
        await Until(partners, "FR", () => !ReferenceEquals(first, partners.Get("FR")));

        Assert.Equal([FindingCodes.SigRoleMissing], FromIssuer(partners.Get("FR")));
    }

    // What a configuration provider does on reload: fires the named options' change token.
    private sealed class ChangeSource(string name) : IOptionsChangeTokenSource<MlatPartnerOptions>, IDisposable
    {
        private CancellationTokenSource _source = new();

        public string Name => name;

        public IChangeToken GetChangeToken() => new CancellationChangeToken(_source.Token);

        public void Change()
        {
            var old = Interlocked.Exchange(ref _source, new CancellationTokenSource());
            old.Cancel();
            old.Dispose();
        }

        public void Dispose() => _source.Dispose();
    }
}
