using Ardalis.SmartEnum;

namespace Cpor.Rules.Domain;

/// <summary>
/// A finding code: the public contract name of one reason a claim line is not (or not fully) eligible, with the
/// rule that reports it, its severity and whether a retry can succeed unchanged. The catalogue codes of rule set
/// <c>cpor-2020.09</c> are the static fields; consumers define their own codes with <see cref="Custom"/>.
/// </summary>
public sealed class FindingCode : SmartEnum<FindingCode>
{
    /// <summary>The smallest value a custom code may have; the catalogue uses the values below it.</summary>
    public const int FirstCustomValue = 1000;

    /// <summary>CPOR-000: a field of the claim cannot be read.</summary>
    public static readonly FindingCode InvalidClaimData = Catalogued(nameof(InvalidClaimData), 0, Severity.Blocking);

    /// <summary>CPOR-001: the tenant ID is unknown.</summary>
    public static readonly FindingCode TenantNotFound = Catalogued(nameof(TenantNotFound), 1, Severity.Blocking);

    /// <summary>CPOR-002: the domain is not one of the claimed tenant's domains.</summary>
    public static readonly FindingCode DomainTenantMismatch = Catalogued(nameof(DomainTenantMismatch), 2, Severity.Blocking);

    /// <summary>CPOR-003: the activity is not offered in the solution area.</summary>
    public static readonly FindingCode ActivityNotApplicable = Catalogued(nameof(ActivityNotApplicable), 3, Severity.Blocking);

    /// <summary>CPOR-004: the submitter's role may not submit claims.</summary>
    public static readonly FindingCode RoleNotAuthorized = Catalogued(nameof(RoleNotAuthorized), 4, Severity.Blocking);

    /// <summary>CPOR-005: the partner ID is unknown.</summary>
    public static readonly FindingCode UnknownPartner = Catalogued(nameof(UnknownPartner), 5, Severity.Blocking);

    /// <summary>CPOR-006: the partner ID is a global account, not a location.</summary>
    public static readonly FindingCode GlobalPartnerId = Catalogued(nameof(GlobalPartnerId), 6, Severity.Blocking);

    /// <summary>CPOR-007: the subscription identifier given is not a subscription ID.</summary>
    public static readonly FindingCode NotASubscriptionId = Catalogued(nameof(NotASubscriptionId), 7, Severity.Blocking);

    /// <summary>CPOR-008: no subscription of the claimed tenant has the subscription ID given.</summary>
    public static readonly FindingCode SubscriptionNotInTenant = Catalogued(nameof(SubscriptionNotInTenant), 8, Severity.Blocking);

    /// <summary>CPOR-009: the product or workload is not present on the tenant.</summary>
    public static readonly FindingCode ProductNotInTenant = Catalogued(nameof(ProductNotInTenant), 9, Severity.Blocking);

    /// <summary>CPOR-010: the product matches several subscriptions and no subscription ID is given.</summary>
    public static readonly FindingCode SubscriptionIdRequired = Catalogued(nameof(SubscriptionIdRequired), 10, Severity.Blocking);

    /// <summary>CPOR-011: the subscription is not a Dynamics 365 product.</summary>
    public static readonly FindingCode SubscriptionNotDynamics = Catalogued(nameof(SubscriptionNotDynamics), 11, Severity.Blocking);

    /// <summary>CPOR-012: the subscription was bought through CSP.</summary>
    public static readonly FindingCode SubscriptionIsCsp = Catalogued(nameof(SubscriptionIsCsp), 12, Severity.Blocking);

    /// <summary>CPOR-013: the subscription is not provisioned yet (retryable).</summary>
    public static readonly FindingCode SubscriptionNotProvisioned = Catalogued(nameof(SubscriptionNotProvisioned), 13, Severity.Blocking, retryable: true);

    /// <summary>CPOR-014: the subscription is suspended, disabled, expired or deleted.</summary>
    public static readonly FindingCode SubscriptionNotActive = Catalogued(nameof(SubscriptionNotActive), 14, Severity.Blocking);

    /// <summary>CPOR-015: the partner already holds the association for the line's key.</summary>
    public static readonly FindingCode AlreadyClaimed = Catalogued(nameof(AlreadyClaimed), 15, Severity.Blocking);

    /// <summary>CPOR-016: the partner claims the same key twice in one batch.</summary>
    public static readonly FindingCode DuplicateClaim = Catalogued(nameof(DuplicateClaim), 16, Severity.Blocking);

    /// <summary>CPOR-017: no proof of execution is attached.</summary>
    public static readonly FindingCode MissingAllPoe = Catalogued(nameof(MissingAllPoe), 17, Severity.ActionRequired);

    /// <summary>CPOR-018: the proof of execution has no customer acknowledgment.</summary>
    public static readonly FindingCode MissingCustomerAcknowledgment = Catalogued(nameof(MissingCustomerAcknowledgment), 18, Severity.ActionRequired);

    /// <summary>CPOR-019: the acknowledgment date is missing, after submission, or too old.</summary>
    public static readonly FindingCode MissingOrOldDates = Catalogued(nameof(MissingOrOldDates), 19, Severity.ActionRequired);

    /// <summary>CPOR-020: the proof of execution does not describe the partner's service.</summary>
    public static readonly FindingCode MissingPartnerService = Catalogued(nameof(MissingPartnerService), 20, Severity.ActionRequired);

    /// <summary>CPOR-021: the proof of execution does not list a claimed product or workload.</summary>
    public static readonly FindingCode MissingProducts = Catalogued(nameof(MissingProducts), 21, Severity.ActionRequired);

    /// <summary>CPOR-022: the partner ID is not enrolled in the solution area's incentive program.</summary>
    public static readonly FindingCode PartnerNotEnrolled = Catalogued(nameof(PartnerNotEnrolled), 22, Severity.Advisory);

    /// <summary>CPOR-023: revenue association: association only, never an incentive payout.</summary>
    public static readonly FindingCode AssociationOnly = Catalogued(nameof(AssociationOnly), 23, Severity.Advisory);

    /// <summary>CPOR-024: the subscription is in grace: claimable, earnings stop if it lapses.</summary>
    public static readonly FindingCode SubscriptionInGrace = Catalogued(nameof(SubscriptionInGrace), 24, Severity.Advisory);

    /// <summary>CPOR-025: another eligible claim or the incumbent ranks above this line.</summary>
    public static readonly FindingCode CompetingClaimLost = Catalogued(nameof(CompetingClaimLost), 25, Severity.Blocking);

    /// <summary>CPOR-026: the line ties for first place in arbitration. It has no severity: its outcome is UnderReview.</summary>
    public static readonly FindingCode CompetingClaimUnderReview = Catalogued(nameof(CompetingClaimUnderReview), 26, severity: null);

    /// <summary>
    /// CPOR-900: a rule failed while judging the claim (DOMAIN.md section 8). Not a partner error: it has no severity,
    /// its outcome is UnderReview unless a Blocking finding rejects the claim, and a reviewer decides.
    /// </summary>
    public static readonly FindingCode EvaluationFault = Catalogued(nameof(EvaluationFault), 900, severity: null);

    private FindingCode(string name, int value, string ruleId, Severity? severity, bool retryable, FindingText? english, FindingText? korean)
        : base(name, value)
    {
        RuleId = ruleId;
        Severity = severity;
        IsRetryable = retryable;
        CustomEnglish = english;
        CustomKorean = korean;
    }

    /// <summary>The stable id of the rule that reports this code, for example <c>CPOR-019</c>.</summary>
    public string RuleId { get; }

    /// <summary>
    /// How the finding affects the outcome. <see langword="null"/> only for <see cref="CompetingClaimUnderReview"/> and
    /// <see cref="EvaluationFault"/>, whose effect is the <c>UnderReview</c> outcome rather than a severity.
    /// </summary>
    public Severity? Severity { get; }

    /// <summary>Whether the same claim may succeed later without changes (for example a subscription still provisioning).</summary>
    public bool IsRetryable { get; }

    /// <summary>Whether this code belongs to the published catalogue (rule set <c>cpor-2020.09</c>) rather than to a consumer.</summary>
    public bool IsCatalogued => Value < FirstCustomValue;

    internal FindingText? CustomEnglish { get; }

    internal FindingText? CustomKorean { get; }

    /// <summary>
    /// Defines a consumer's own finding code, for findings of custom rules. It is not added to <see cref="SmartEnum{TEnum,TValue}.List"/>
    /// (that lists the published catalogue only), and codes are equal when their values are equal.
    /// </summary>
    /// <param name="name">The code's name, as it appears in decisions (for example <c>SanctionedCustomer</c>).</param>
    /// <param name="value">A value of at least <see cref="FirstCustomValue"/>, unique among your codes.</param>
    /// <param name="ruleId">The id of the rule that reports it.</param>
    /// <param name="severity">How it affects the outcome.</param>
    /// <param name="english">Title, message and remediation in English; also used for cultures without a translation.</param>
    /// <param name="korean">Title, message and remediation in Korean; defaults to <paramref name="english"/>.</param>
    /// <param name="retryable">Whether a retry can succeed unchanged. Defaults to <see langword="false"/>.</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="ruleId"/> is blank, or names a catalogue code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is below <see cref="FirstCustomValue"/>.</exception>
    public static FindingCode Custom(string name, int value, string ruleId, Severity severity, FindingText english, FindingText? korean = null, bool retryable = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentNullException.ThrowIfNull(severity);
        ArgumentNullException.ThrowIfNull(english);
        ArgumentOutOfRangeException.ThrowIfLessThan(value, FirstCustomValue);
        if (TryFromName(name, out _))
        {
            throw new ArgumentException($"'{name}' is a catalogue finding code; choose another name for a custom code.", nameof(name));
        }

        return new FindingCode(name, value, ruleId, severity, retryable, english, korean ?? english);
    }

    /// <summary>Parses a catalogue code name (exact spelling, for example <c>TenantNotFound</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="name"/> is not a catalogue code; the message names it.</exception>
    public static FindingCode Parse(string name) => ContractNames.Parse<FindingCode>(name);

    /// <summary>Tries to parse a catalogue code name (exact spelling).</summary>
    public static bool TryParse(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FindingCode? result)
        => ContractNames.TryParse(name, out result);

    private static FindingCode Catalogued(string name, int value, Severity? severity, bool retryable = false)
        => new(name, value, $"CPOR-{value:000}", severity, retryable, english: null, korean: null);
}
