using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0032: The request is not issued or validated after it was sent, and not validated before it was issued.</summary>
internal sealed class IssueDatesConsistentRule : BusinessRule
{
    public override string Id => "MLAT-R-0032";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.AssistanceRequest, MessageType.SupplementaryRequest];

    public override string LegalSource => "Directive 2014/41/EU annex A sections K and L (dated signatures); ETS 030 art. 14(1)(a)";

    public override string Description => "The request is not issued or validated after it was sent, and not validated before it was issued.";

    public override void Check(RuleContext context)
    {
        // One day of tolerance: issuedOn is a local calendar date, createdAt a UTC instant.
        var created = Day(context.Message.Header.CreatedAt);
        var latest = created == DateOnly.MaxValue ? created : created.AddDays(1);
        var (issued, validated) = context.Body switch
        {
            AssistanceRequest r => (r.IssuedOn, r.ValidatedOn),
            SupplementaryRequest s => (s.IssuedOn, (DateOnly?)null),
            _ => (null, null),
        };
        if (issued > latest)
        {
            context.Report("/body/issuedOn");
        }

        if (validated > latest || validated < issued)
        {
            context.Report("/body/validatedOn");
        }
    }
}
