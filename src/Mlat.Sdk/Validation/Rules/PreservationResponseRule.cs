using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0118: A preservation response says until when the data are kept (at least 60 days), and refuses only on the grounds of art. 29(4)-(5).</summary>
internal sealed class PreservationResponseRule : BusinessRule
{
    public override string Id => "MLAT-R-0118";

    public override string Since => "1.2";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.PreservationResponse];

    public override string LegalSource => "Budapest Convention (ETS 185) art. 29(3)-(7) and 30(2)";

    public override string Description => "A preservation response gives the date until which preserved data are kept, at least 60 days after the answer; a partial one names the data requests; a warning on availability says why; a refusal gives its grounds, only political offence, essential interests or dual criminality under a reservation.";

    // Art. 29(5): a request may only be refused for a political offence or essential interests; art. 29(4): dual
    // criminality, for a Party that reserved it. Any other code, OTHER included, is outside what art. 29 allows.
    private static readonly HashSet<RefusalGroundCode> Admissible =
    [
        RefusalGroundCode.PoliticalOffence, RefusalGroundCode.EssentialInterests, RefusalGroundCode.DualCriminalityAbsent,
    ];

    public override void Check(RuleContext context)
    {
        var response = (PreservationResponse)context.Body;
        if (response.Result is PreservationResult.Preserved or PreservationResult.PartiallyPreserved)
        {
            // Art. 29(7): preservation for a period not less than 60 days.
            if (response.PreservedUntil is not { } until)
            {
                context.Report("/body/preservedUntil");
            }
            else if (until < Calendar.AddDays(Day(response.RespondedAt), 60))
            {
                context.Report("/body/preservedUntil");
            }
        }

        if (response.Result == PreservationResult.PartiallyPreserved && (response.DataRequestRefs?.Count ?? 0) == 0)
        {
            context.Report("/body/dataRequestRefs");
        }

        if (response.Result == PreservationResult.AvailabilityAtRisk && IsMissing(response.AvailabilityWarning))
        {
            context.Report("/body/availabilityWarning");
        }

        var grounds = response.RefusalGrounds ?? [];
        if (response.Result == PreservationResult.Refused && grounds.Count == 0)
        {
            context.Report("/body/refusalGrounds");
        }

        for (var i = 0; i < grounds.Count; i++)
        {
            if (!Admissible.Contains(grounds[i].Code))
            {
                context.Report(At("/body/refusalGrounds", i) + "/code");
            }
        }
    }
}
