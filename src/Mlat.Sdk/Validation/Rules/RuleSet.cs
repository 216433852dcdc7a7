using System.Collections.Frozen;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>
/// The business rules of the standard, latest release (specification §13) and the profile logic that picks them.
/// A request (AssistanceRequest) is checked against the rules of its <c>profile</c> member, or of a profile the caller
/// forces. Every other message type carries no profile: it is checked against the profile-independent rules only,
/// plus the rules of a forced profile when the caller knows the request's instrument (for example the profile of the
/// request a RefusalNotice answers), or of the request itself when the caller validates in its context
/// (<see cref="MlatValidator.Validate(ReadOnlyMemory{byte}, MlatMessage)"/>). The rule list is immutable; running it is
/// thread-safe.
/// </summary>
internal static class RuleSet
{
    /// <summary>Every rule, ordered by id.</summary>
    public static readonly IReadOnlyList<BusinessRule> All = new BusinessRule[]
    {
        new EioOtherCompetentNeedsValidationRule(),
        new EioValidatingAuthorityIsJudicialRule(),
        new EioInterceptionDetailsRule(),
        new EioDetainedTransferConsentRule(),
        new EioRemoteHearingAuthorityRule(),
        new EioBankAccountsReasonsRule(),
        new EioBankOperationsReasonsRule(),
        new EioAnnexDPenaltyRule(),
        new UrgencyReasonsRule(),
        new EioShorterDeadlineReasonRule(),
        new ProceedingsNatureRule(),
        new FactsSummaryRule(),
        new PurposeRule(),
        new PersonNationalityRule(),
        new Ets030LetterRogatoryRule(),
        new ServiceAddresseeRule(),
        new ReferencesResolveRule(),
        new IdsUniqueRule(),
        new AttachmentIdsUniqueRule(),
        new AttachmentReferencesListedRule(),
        new OneOutcomePerMeasureRule(),
        new RefusalNeedsGroundsRule(),
        new AlternativeMeasureRule(),
        new PartialRefusalNamesMeasuresRule(),
        new DeadlineAfterCreationRule(),
        new PeriodOrderRule(),
        new DateOfBirthNotInFutureRule(),
        new RefusalGroundsInstrumentRule(),
        new HeaderLanguageTextRule(),
        new TextEntriesConsistentRule(),
        new StatesMatchHeaderRule(),
        new IssueDatesConsistentRule(),
        new EioHearingLanguagesRule(),
        new EioProvisionalMeasureRule(),
        new EioRealTimeGatheringRule(),
        new MeasureReferencesOfRequestRule(),
        new SameConversationAsRequestRule(),
        new EvidenceBoundedTimeRangeRule(),
        new EpocTrafficContentJudicialRule(),
        new EpocEmergencyDeadlineRule(),
        new EpocEnforcingAuthorityRule(),
        new EvidenceOrderValidationRule(),
        new Budapest29ContentRule(),
        new Cets224OrderContentRule(),
        new InterceptionObjectionWindowRule(),
        new RequestReferenceIdentifiesRule(),
        new WithdrawalScopeMeasuresRule(),
        new WholeRefusalAppliesToAllRule(),
        new PostponementGroundsRule(),
        new EvidencePartNumberRule(),
        new FinalReportOutcomesRule(),
        new ForwardingReasonExplainedRule(),
        new CostsConsultationEstimateRule(),
        new EioAnnexACompletenessRule(),
        new EioNecessaryAndProportionateRule(),
        new ProfileFitsMessageRule(),
        new ProfileFitsStatesRule(),
        new MeasureTypeFitsProfileRule(),
        new LegalBasisNamedRule(),
        new EmergencyDeadlineRule(),
        new EioRefusalGroundAdmissibleRule(),
        new EioPriorConsultationRule(),
        new EvidenceOrderCompletenessRule(),
        new EpocTrafficContentThresholdRule(),
        new DataRequestIdsUniqueRule(),
        new EpocUserInformationRule(),
        new PreservationExtensionWindowRule(),
        new Cets224SubscriberInformationRule(),
        new EioTelephoneHearingRule(),
        new TransferDirectionRule(),
        new EioVideoconferenceConsentRule(),
        new TransferCustodyRule(),
        new IpPortTimestampRule(),
        new IdentifierSyntaxRule(), // MLAT-R-0101..0108 (MLAT-R-0101 since 1.1, the rest since 1.2)
        new PersonNamedOrUnknownRule(),
        new StatusPhaseRule(),
        new Cets224Art8OffencesRule(),
        new Cets224Art9EmergencyRule(),
        new MlaEu2000LegalBasisRule(),
        new EnforcingDecisionGroundsRule(),
        new CounterProposalTextRule(),
        new TreatyPartiesRule(), // MLAT-R-0109..0112 (issue 21), since 1.2
        new GenericRefusalGroundRule(),
        new DeathPenaltyAssuranceRule(),
        new PenaltyMaximumRule(),
        new PreservationAddresseeRule(), // MLAT-R-0113..0119 (issue 21: Budapest 29-31, asset recovery, service, time slots), since 1.2
        new ConfiscationDetailsRule(),
        new AssetDispositionAmountsRule(),
        new ServiceResultRule(),
        new TimeSlotRule(),
        new PreservationResponseRule(),
        new PreservationLinkRule(),
        new EuMlaRemoteHearingAuthorityRule(), // MLAT-R-0120..0126 (issue 21: the EIO's hearing, language and deadline checks for the MLA profiles), since 1.2
        new MlaRemoteHearingAuthorityRule(),
        new MlaHearingLanguagesRule(),
        new InterpreterLanguageRule(),
        new MlaUrgentDeadlineRule(),
        new EuMlaDeadlineReasonRule(),
        new MlaDeadlineReasonRule(),
    }.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

    private static readonly FrozenDictionary<MessageType, BusinessRule[]> ByType = Enum.GetValues<MessageType>()
        .ToFrozenDictionary(t => t, t => All.Where(r => r.MessageTypes.Contains(t)).ToArray());

    /// <summary>The profile a message is checked under: the forced one, else the request's own, else none.</summary>
    public static Profile? ProfileOf(MlatMessage message, Profile? forced)
        => forced ?? message.Body switch
        {
            AssistanceRequest r => r.Profile,
            ProductionOrder o => o.Profile, // 1.1: orders carry their instrument too (EPOC, CETS224_ART7)
            PreservationOrder o => o.Profile, // 1.1: EPOC_PR, BUDAPEST_ART29
            _ => null,
        };

    /// <summary>True when <paramref name="context"/> can be the context of another message: a request or an order.</summary>
    public static bool IsContext(MlatMessage context) => context.Body is AssistanceRequest or ProductionOrder or PreservationOrder;

    /// <summary>Runs the applicable rules and adds their findings.</summary>
    public static void Run(MlatMessage message, Profile? profile, MlatMessage? request, List<Finding> findings)
        => Run(ByType[message.Header.MessageType], message, profile, request, findings);

    /// <summary>Runs the given rules (those of the message's type) that apply under <paramref name="profile"/>.</summary>
    internal static void Run(IEnumerable<BusinessRule> rules, MlatMessage message, Profile? profile, MlatMessage? request, List<Finding> findings)
    {
        var context = new RuleContext(message, profile, request, findings);
        var version = message.Header.Version;
        foreach (var rule in rules)
        {
            if (!rule.IsProfileIndependent && (profile is not { } p || !rule.Profiles.Contains(p)))
            {
                continue;
            }

            if (version < MlatVersion.Parse(rule.Since))
            {
                continue; // a rule of a later release (BusinessRule.Since)
            }

            context.Rule = rule;
            try
            {
                rule.Check(context);
            }
#pragma warning disable CA1031 // Bad data never throws (specification §5.1): a rule that fails is a defect, reported as a finding.
            catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                findings.Add(Finding.Error(FindingCodes.RuleFailed, string.Empty, $"Business rule {rule.Id} failed ({ex.GetType().Name}): a defect of the SDK; please report it."));
            }
        }
    }
}
