using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0045: The objection deadline of an interception notification is the 96-hour window of EIO art. 31(3) (warning: the window runs from receipt).</summary>
internal sealed class InterceptionObjectionWindowRule : BusinessRule
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(96);

    public override string Id => "MLAT-R-0045";

    // A warning: the 96 hours run from receipt, which is after the message was created; a later deadline is suspect, not proof.
    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.InterceptionNotification];

    public override string LegalSource => "Directive 2014/41/EU art. 31(3); annex C";

    public override string Description => "The objection deadline of an interception notification is the 96-hour window of EIO art. 31(3) (warning: the window runs from receipt).";

    public override void Check(RuleContext context)
    {
        var notification = (InterceptionNotification)context.Body;
        if (notification.ObjectionDeadline is not { } deadline)
        {
            return;
        }

        if (deadline.Kind != DeadlineKind.Objection)
        {
            context.Report("/body/objectionDeadline/kind");
        }
        else if (deadline.DueAt - context.Message.Header.CreatedAt > Window + TimeSpan.FromHours(1))
        {
            context.Report("/body/objectionDeadline/dueAt");
        }
    }
}
