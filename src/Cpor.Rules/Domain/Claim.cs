namespace Cpor.Rules.Domain;

/// <summary>
/// A customer-association claim: a partner asks to be the partner of record for products or workloads of a
/// customer's tenant. A claim built with <see cref="Create"/> is complete; one read with <see cref="FromUnvalidated"/>
/// may have fields that could not be read: those are <see langword="null"/> and listed in <see cref="DataErrors"/>,
/// so that the claim still gets a decision (rejected with <see cref="FindingCode.InvalidClaimData"/>).
/// </summary>
public sealed class Claim
{
    private readonly ClaimLine[] _lines;

    /// <summary>Made by <see cref="Create"/> (complete) and by <see cref="ClaimValidator"/> (possibly with unreadable fields).</summary>
    internal Claim(
        ClaimId? id,
        PartnerId? partnerId,
        PartnerRole? submittedBy,
        TenantId? tenantId,
        CustomerDomain? customerDomain,
        SolutionArea? solutionArea,
        Activity? activity,
        IReadOnlyList<string> products,
        SubscriptionId? subscriptionId,
        string? malformedSubscriptionId,
        DateOnly? submittedOn,
        ProofOfExecution? proofOfExecution,
        ClaimDataError[] dataErrors,
        bool unreadableAcknowledgmentDate = false,
        bool unreadableServiceDescription = false)
    {
        Id = id;
        PartnerId = partnerId;
        SubmittedBy = submittedBy;
        TenantId = tenantId;
        CustomerDomain = customerDomain;
        SolutionArea = solutionArea;
        Activity = activity;
        SubscriptionId = subscriptionId;
        MalformedSubscriptionId = malformedSubscriptionId;
        SubmittedOn = submittedOn;
        ProofOfExecution = proofOfExecution;
        DataErrors = dataErrors;
        HasUnreadableAcknowledgmentDate = unreadableAcknowledgmentDate;
        HasUnreadableServiceDescription = unreadableServiceDescription;
        _lines = new ClaimLine[products.Count];
        for (var i = 0; i < _lines.Length; i++)
        {
            _lines[i] = new ClaimLine(this, i, products[i]);
        }
    }

    /// <summary>The claim ID; <see langword="null"/> only when it could not be read.</summary>
    public ClaimId? Id { get; }

    /// <summary>The partner (location) ID claiming; <see langword="null"/> when it could not be read.</summary>
    public PartnerId? PartnerId { get; }

    /// <summary>The role of the person who submitted; <see langword="null"/> when it could not be read.</summary>
    public PartnerRole? SubmittedBy { get; }

    /// <summary>The customer's tenant; <see langword="null"/> when it could not be read.</summary>
    public TenantId? TenantId { get; }

    /// <summary>The customer's domain; <see langword="null"/> when it could not be read.</summary>
    public CustomerDomain? CustomerDomain { get; }

    /// <summary>The solution area; <see langword="null"/> when it could not be read.</summary>
    public SolutionArea? SolutionArea { get; }

    /// <summary>The activity; <see langword="null"/> when it could not be read.</summary>
    public Activity? Activity { get; }

    /// <summary>
    /// The subscription ID given for Business Applications, if any. It selects the subscription of its own product;
    /// other products of the claim are resolved by name.
    /// </summary>
    public SubscriptionId? SubscriptionId { get; }

    /// <summary>
    /// The subscription identifier as given when it is not a subscription ID at all (reported as
    /// <see cref="FindingCode.NotASubscriptionId"/>); otherwise <see langword="null"/>.
    /// </summary>
    public string? MalformedSubscriptionId { get; }

    /// <summary>The submission date; <see langword="null"/> when it could not be read.</summary>
    public DateOnly? SubmittedOn { get; }

    /// <summary>The proof of execution; <see langword="null"/> when none is attached.</summary>
    public ProofOfExecution? ProofOfExecution { get; }

    /// <summary>The fields that could not be read; empty for a claim made with <see cref="Create"/>.</summary>
    public IReadOnlyList<ClaimDataError> DataErrors { get; }

    /// <summary>One line per product or workload claimed, in the order given.</summary>
    public IReadOnlyList<ClaimLine> Lines => _lines;

    /// <summary>
    /// Whether the proof of execution gave an acknowledgment date that could not be read (one of <see cref="DataErrors"/>),
    /// as opposed to giving none. Checks of the date do not run then: <see cref="FindingCode.InvalidClaimData"/> already
    /// reports it, and they would only repeat the cause.
    /// </summary>
    internal bool HasUnreadableAcknowledgmentDate { get; }

    /// <summary>
    /// Whether it could not be read if the proof of execution describes the partner's service (missing or not a boolean;
    /// one of <see cref="DataErrors"/>). The check of that description does not run then, for the same reason.
    /// </summary>
    internal bool HasUnreadableServiceDescription { get; }

    /// <summary>Creates a complete claim.</summary>
    /// <param name="id">The claim ID.</param>
    /// <param name="partnerId">The partner (location) ID claiming.</param>
    /// <param name="submittedBy">The role of the person submitting.</param>
    /// <param name="tenantId">The customer's tenant.</param>
    /// <param name="customerDomain">A domain of the customer's tenant.</param>
    /// <param name="solutionArea">The solution area.</param>
    /// <param name="activity">The activity.</param>
    /// <param name="products">The products (Business Applications) or workloads (Microsoft 365); at least one.</param>
    /// <param name="submittedOn">The submission date.</param>
    /// <param name="proofOfExecution">The proof of execution; <see langword="null"/> when none is attached.</param>
    /// <param name="subscriptionId">The subscription ID, for Business Applications; defaults to none.</param>
    /// <exception cref="ArgumentException">An ID is the default value, or <paramref name="products"/> is empty or holds a blank name.</exception>
    /// <exception cref="ArgumentNullException">A required reference argument is <see langword="null"/>.</exception>
    public static Claim Create(
        ClaimId id,
        PartnerId partnerId,
        PartnerRole submittedBy,
        TenantId tenantId,
        CustomerDomain customerDomain,
        SolutionArea solutionArea,
        Activity activity,
        IEnumerable<string> products,
        DateOnly submittedOn,
        ProofOfExecution? proofOfExecution,
        SubscriptionId? subscriptionId = null)
    {
        var names = Guard.Names(products);
        if (names.Length == 0)
        {
            throw new ArgumentException("A claim names at least one product or workload.", nameof(products));
        }

        if (subscriptionId is { } given)
        {
            Guard.NotDefault(given, nameof(subscriptionId));
        }

        return new Claim(
            Guard.NotDefault(id),
            Guard.NotDefault(partnerId),
            Guard.NotNull(submittedBy),
            Guard.NotDefault(tenantId),
            Guard.NotDefault(customerDomain),
            Guard.NotNull(solutionArea),
            Guard.NotNull(activity),
            names,
            subscriptionId,
            malformedSubscriptionId: null,
            submittedOn,
            proofOfExecution,
            dataErrors: []);
    }

    /// <summary>
    /// Reads a claim as it arrived. Never throws for bad values: every field that cannot be read is left
    /// <see langword="null"/> and recorded in <see cref="DataErrors"/> with the field's contract name and the value.
    /// A subscription identifier that is not GUID-shaped is kept in <see cref="MalformedSubscriptionId"/> instead.
    /// The <see cref="UnvalidatedClaim.ReadErrors"/> come first, as given; a field one of them names is not reported
    /// again as missing.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public static Claim FromUnvalidated(UnvalidatedClaim claim) => ClaimValidator.Validate(claim);

    /// <inheritdoc />
    public override string ToString() => $"Claim {Id?.ToString() ?? "(no id)"}";
}
