using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.Tests.Envelopes;

/// <summary>
/// The sender-role table of the default verification policy covers every message type of every release: a type added
/// by a release is placed on one side, or named here as a type either side sends, so that a new type is never left
/// without its role check by oversight.
/// </summary>
public sealed class SenderRolesTests
{
    // Types either side sends; every other type must have a side.
    private static readonly string[] EitherSide = ["Consultation", "TechnicalRejection", "ClosureNotice"];

    public static TheoryData<string> AllMessageTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in StandardCatalogue.MessageTypesByVersion.Values.SelectMany(t => t).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllMessageTypes))]
    public void Every_message_type_of_the_catalogue_has_a_sender_side_or_is_sent_by_either(string messageType)
    {
        var role = SenderRoles.For(messageType);
        Assert.True(role is not null || EitherSide.Contains(messageType), $"{messageType} has no sender side");
        Assert.False(role is not null && EitherSide.Contains(messageType), $"{messageType} is listed as either-side but has a side");
    }

    [Theory]
    [InlineData("EvidenceReceipt", SignerRole.Issuing)]
    [InlineData("WithdrawalAcknowledgement", SignerRole.Executing)]
    [InlineData("EnforcingAuthorityDecision", SignerRole.Executing)]
    [InlineData("PreservationResponse", SignerRole.Executing)]
    public void The_types_added_in_1_2_are_signed_by_the_side_that_sends_them(string messageType, SignerRole expected)
        => Assert.Equal(expected, SenderRoles.For(messageType));
}
