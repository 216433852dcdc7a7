using Microsoft.Extensions.DependencyInjection;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Envelopes;
using static Mlat.Sdk.Tests.Exchange.ExchangeTestKit;

namespace Mlat.Sdk.Tests.Exchange;

public sealed class AddMlatSdkExchangeTests
{
    [Fact]
    public async Task AddMlatSdk_registers_a_sender_and_a_receiver_that_exchange_with_the_container_limits_and_clock()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new ExchangeClock(Now));
        using var provider = services.AddMlatSdk(o =>
        {
            o.TrustList = Trust;
            o.Authority = ParisParty;
            o.VerificationPolicy = new VerificationPolicy { VerifierAuthorityId = ParisId };
            o.Limits = o.Limits with { MaxBytes = 4096 };
        }).BuildServiceProvider();
        using var key = Munich.CreateSigningKey();
        var sender = provider.GetRequiredService<MessageSender>();
        var receiver = provider.GetRequiredService<MessageReceiver>();

        var sent = sender.Prepare(Request(Guid.NewGuid()), new SendOptions { SigningKey = key });
        var received = await receiver.ReceiveAsync(sent.Payload ?? Sign(Request(Guid.NewGuid()), Munich));

        Assert.Same(sender, provider.GetRequiredService<MessageSender>());
        Assert.Same(receiver, provider.GetRequiredService<MessageReceiver>());
        // The sample is larger than 4 KiB: the container's limit is the one the sender and the receiver read with.
        Assert.Equal(SendStage.Validation, sent.Stage);
        Assert.Contains(FindingCodes.JsonTooLarge, Codes(sent.Findings));
        Assert.Equal(ReceiveStage.Reading, received.Stage);
        Assert.Contains(FindingCodes.JsonTooLarge, Codes(received.Findings));
    }

    [Fact]
    public void Resolving_the_receiver_without_an_authority_says_which_option_is_missing()
    {
        using var provider = new ServiceCollection().AddMlatSdk(o => o.TrustList = Trust).BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<MessageReceiver>());
        Assert.Contains("MlatSdkOptions.Authority", error.Message, StringComparison.Ordinal);
    }
}
