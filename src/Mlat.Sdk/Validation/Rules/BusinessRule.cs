using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>
/// One business rule of specification §13: a completeness or cross-field check that JSON Schema cannot express. A rule runs
/// on the bound, schema-valid message only, so it never meets missing required members or values outside an enum.
/// Its metadata is mirrored in the rules.json of the latest release (a test keeps both lists equal; earlier releases list the projection).
/// </summary>
internal abstract class BusinessRule
{
    /// <summary>Every profile of the latest release: a rule with this list is profile-independent and also runs on replies.</summary>
    public static readonly IReadOnlyList<Profile> AllProfiles = Enum.GetValues<Profile>();

    /// <summary>Permanent id, <c>MLAT-R-nnnn</c>.</summary>
    public abstract string Id { get; }

    /// <summary>Severity of every finding of the rule.</summary>
    public abstract FindingSeverity Severity { get; }

    /// <summary>The profiles the rule belongs to.</summary>
    public abstract IReadOnlyList<Profile> Profiles { get; }

    /// <summary>The message types the rule looks at.</summary>
    public abstract IReadOnlyList<MessageType> MessageTypes { get; }

    /// <summary>The legal source, for example <c>Directive 2014/41/EU art. 30(3)</c>.</summary>
    public abstract string LegalSource { get; }

    /// <summary>One line, English, never a value from the message; also the message of every finding.</summary>
    public abstract string Description { get; }

    /// <summary>
    /// The release that introduced the rule (<c>MAJOR.MINOR</c>). A rule never runs on a message of an earlier release
    /// and is not listed in that release's rules.json: a MINOR release adds checks for its own members and must not make
    /// a message of an earlier release invalid after the fact.
    /// </summary>
    public virtual string Since => "1.0";

    /// <summary>True when the rule does not depend on the legal instrument.</summary>
    public bool IsProfileIndependent => Profiles.Count == AllProfiles.Count;

    /// <summary>Checks the message and adds a finding per violation.</summary>
    public abstract void Check(RuleContext context);
}

/// <summary>What a rule sees: the bound message, the profile in force (if known) and the list findings go to.</summary>
internal sealed class RuleContext
{
    private readonly List<Finding> findings;
    private ModelIndex? model;

    internal RuleContext(MlatMessage message, Profile? profile, MlatMessage? request, List<Finding> findings)
    {
        Message = message;
        Profile = profile;
        RequestMessage = request;
        this.findings = findings;
    }

    public MlatMessage Message { get; }

    public MessageBody Body => Message.Body;

    /// <summary>The request's profile, or the profile forced by the caller; null for a reply without a forced profile.</summary>
    public Profile? Profile { get; }

    /// <summary>The request message the message belongs to, when the caller validates in its context; otherwise null.</summary>
    public MlatMessage? RequestMessage { get; }

    /// <summary>The body of <see cref="RequestMessage"/>.</summary>
    public AssistanceRequest? Request => RequestMessage?.Body as AssistanceRequest;

    /// <summary>Every free text, period and natural person of the body with its path, collected once per message.</summary>
    public ModelIndex Model => model ??= ModelWalker.Collect(Message.Body);

    /// <summary>The rule being run (set by the runner).</summary>
    internal BusinessRule Rule { get; set; } = null!;

    /// <summary>Reports a violation of the running rule at <paramref name="pointer"/>.</summary>
    public void Report(string pointer) => findings.Add(new Finding(Rule.Id, pointer, Rule.Severity, Rule.Description) { Category = FindingCategory.Rule });
}
