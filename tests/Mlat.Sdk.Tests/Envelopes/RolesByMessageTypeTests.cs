using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Envelopes;

/// <summary>
/// Issue 20, point 4: the roles a message needs depend on its type and on what its body claims (specification §7.10),
/// not on one list for the whole container. The integrator's complaint: with the EIO policy (VALIDATING required) an
/// ordinary StatusQuery failed MLAT-SIG-ROLE-MISSING.
/// </summary>
public sealed class RolesByMessageTypeTests
{
    private static byte[] Message(string messageType, bool declaresValidation = false) => Mutate(Envelope(), root =>
    {
        root["header"]!["messageType"] = messageType;
        if (declaresValidation)
        {
            // EIO annex A section L: the request was issued by an authority that is not a judge, court or prosecutor.
            root["body"]!["validatingAuthority"] = new JsonObject { ["name"] = "Amtsgericht München", ["country"] = "DE" };
        }
    });

    [Fact]
    public void With_the_default_container_a_status_query_needs_only_its_sender_and_a_declared_validation_needs_the_validator()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new ManualTimeProvider(Now));
        using var provider = services.AddMlatSdk(o => o.TrustList = Trust).BuildServiceProvider();
        var verifier = provider.GetRequiredService<EnvelopeVerifier>();

        Assert.Empty(Codes(verifier.Verify(Sign(Message("StatusQuery"), Issuer))));
        Assert.Empty(Codes(verifier.Verify(Sign(Message("AssistanceRequest"), Issuer)))); // a prosecutor's EIO, EIO art. 2(c)(i)
        Assert.Equal([FindingCodes.SigRoleMissing], Codes(verifier.Verify(Sign(Message("AssistanceRequest", declaresValidation: true), Issuer))));
        Assert.Empty(Codes(verifier.Verify(Sign(Sign(Message("AssistanceRequest", declaresValidation: true), Issuer), JudgePki, SignerRole.Validating))));
    }

    [Fact]
    public void A_role_required_of_one_message_type_leaves_the_other_types_alone_where_a_role_required_of_every_message_does_not()
    {
        var perType = Verifier(new VerificationPolicy { RequiredRolesByMessageType = new Dictionary<MessageType, IReadOnlyList<SignerRole>> { [MessageType.AssistanceRequest] = [SignerRole.Validating] } });
        var everywhere = Verifier(new VerificationPolicy { RequiredRoles = [SignerRole.Validating] });

        Assert.Equal([FindingCodes.SigRoleMissing], Codes(perType.Verify(Sign(Message("AssistanceRequest"), Issuer))));
        Assert.Empty(Codes(perType.Verify(Sign(Sign(Message("AssistanceRequest"), Issuer), JudgePki, SignerRole.Validating))));
        Assert.Empty(Codes(perType.Verify(Sign(Message("StatusQuery"), Issuer))));
        Assert.Equal([FindingCodes.SigRoleMissing], Codes(everywhere.Verify(Sign(Message("StatusQuery"), Issuer))));
    }

    [Fact]
    public void The_declared_validation_check_can_be_switched_off_for_a_partner_whose_agreement_says_otherwise()
    {
        var verifier = Verifier(new VerificationPolicy { RequireDeclaredValidation = false });

        Assert.Empty(Codes(verifier.Verify(Sign(Message("AssistanceRequest", declaresValidation: true), Issuer))));
    }
}
