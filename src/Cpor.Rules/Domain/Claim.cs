namespace Cpor.Rules.Domain;

/// <summary>
/// A customer-association claim: a partner asks to be the partner of record for products or workloads of a
/// customer's tenant. A claim built with <see cref="Create"/> is complete; one read with <see cref="FromUnvalidated"/>
/// may have fields that could not be read: those are <see langword="null"/> and listed in <see cref="DataErrors"/>,
/// so that the claim still gets a decision (rejected with <see cref="FindingCode.InvalidClaimData"/>).
/// </summary>
public sealed class Claim
{
    /// <summary>The contract name of the PoE acknowledgment date field.</summary>
    internal const string AcknowledgedOnField = "proofOfExecution.customerAcknowledgedOn";

    /// <summary>The contract name of the PoE service description field.</summary>
    internal const string DescribesPartnerServiceField = "proofOfExecution.describesPartnerService";

    private static readonly ClaimDataError[] NoErrors = [];

    private readonly ClaimLine[] _lines;

    private Claim(
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
        ClaimDataError[] dataErrors)
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
            NoErrors);
    }

    /// <summary>
    /// Reads a claim as it arrived. Never throws for bad values: every field that cannot be read is left
    /// <see langword="null"/> and recorded in <see cref="DataErrors"/> with the field's contract name and the value.
    /// A subscription identifier that is not GUID-shaped is kept in <see cref="MalformedSubscriptionId"/> instead.
    /// The <see cref="UnvalidatedClaim.ReadErrors"/> come first, as given; a field one of them names is not reported
    /// again as missing.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public static Claim FromUnvalidated(UnvalidatedClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var errors = new List<ClaimDataError>();
        if (claim.ReadErrors is { } readErrors)
        {
            errors.AddRange(readErrors.Where(e => e is not null));
        }

        var readErrorCount = errors.Count;

        var id = Identifier<ClaimId>(claim.ClaimId, "claimId", ClaimId.TryParse, errors);
        var partnerId = Identifier<PartnerId>(claim.PartnerId, "partnerId", Domain.PartnerId.TryParse, errors);
        var tenantId = Identifier<TenantId>(claim.TenantId, "tenantId", Domain.TenantId.TryParse, errors);
        var domain = Identifier<CustomerDomain>(claim.CustomerDomain, "customerDomain", Domain.CustomerDomain.TryParse, errors);
        var role = Named<PartnerRole>(claim.SubmittedBy, "submittedBy", errors);
        var area = Named<SolutionArea>(claim.SolutionArea, "solutionArea", errors);
        var activity = Named<Activity>(claim.Activity, "activity", errors);
        var submittedOn = Date(claim.SubmittedOn, "submittedOn", required: true, errors);

        var products = new List<string>();
        if (claim.Products is null || claim.Products.Count == 0)
        {
            errors.Add(new ClaimDataError("products", null, "at least one product or workload is required"));
        }
        else
        {
            for (var i = 0; i < claim.Products.Count; i++)
            {
                var product = claim.Products[i];
                if (string.IsNullOrWhiteSpace(product))
                {
                    errors.Add(new ClaimDataError($"products[{i}]", product, "a product or workload name is required"));
                }
                else
                {
                    products.Add(product);
                }
            }
        }

        SubscriptionId? subscriptionId = null;
        string? malformedSubscriptionId = null;
        if (claim.SubscriptionId is not null)
        {
            if (Domain.SubscriptionId.TryParse(claim.SubscriptionId, out var parsed))
            {
                subscriptionId = parsed;
            }
            else
            {
                malformedSubscriptionId = claim.SubscriptionId;
            }
        }

        var poe = claim.ProofOfExecution is { } rawPoe ? ReadProof(rawPoe, errors) : null;

        // A reader that could not read a field reports it and leaves the field null; saying again that the
        // field is missing would report one problem twice, the second time wrongly.
        if (readErrorCount > 0)
        {
            var readFields = errors.Take(readErrorCount).Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
            var own = errors.Skip(readErrorCount).Where(e => e.Value is not null || !readFields.Contains(e.Field)).ToArray();
            errors.RemoveRange(readErrorCount, errors.Count - readErrorCount);
            errors.AddRange(own);
        }

        return new Claim(
            id,
            partnerId,
            role,
            tenantId,
            domain,
            area,
            activity,
            products,
            subscriptionId,
            malformedSubscriptionId,
            submittedOn,
            poe,
            errors.Count == 0 ? NoErrors : [.. errors]);
    }

    /// <inheritdoc />
    public override string ToString() => $"Claim {Id?.ToString() ?? "(no id)"}";

    /// <summary>
    /// Whether the field (by contract name) was given but could not be read. Checks that need such a field do not
    /// run: <see cref="FindingCode.InvalidClaimData"/> already reports it, and they would only repeat the cause.
    /// </summary>
    internal bool CouldNotRead(string field)
    {
        foreach (var error in DataErrors)
        {
            if (string.Equals(error.Field, field, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static ProofOfExecution ReadProof(UnvalidatedProofOfExecution raw, List<ClaimDataError> errors)
    {
        var acknowledgedOn = Date(raw.CustomerAcknowledgedOn, AcknowledgedOnField, required: false, errors);
        if (raw.DescribesPartnerService is null)
        {
            errors.Add(new ClaimDataError(DescribesPartnerServiceField, null, "true or false is required"));
        }

        var products = new List<string>();
        if (raw.Products is { } listed)
        {
            for (var i = 0; i < listed.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(listed[i]))
                {
                    errors.Add(new ClaimDataError($"proofOfExecution.products[{i}]", listed[i], "a product or workload name is required"));
                }
                else
                {
                    products.Add(listed[i]!);
                }
            }
        }

        return new ProofOfExecution(acknowledgedOn, raw.DescribesPartnerService ?? false, products);
    }

    private delegate bool TryParser<T>(string? value, out T result, out string? error);

    private static T? Identifier<T>(string? value, string field, TryParser<T> tryParse, List<ClaimDataError> errors)
        where T : struct
    {
        if (value is null)
        {
            errors.Add(new ClaimDataError(field, null, "the field is required"));
            return null;
        }

        if (tryParse(value, out var result, out var error))
        {
            return result;
        }

        errors.Add(new ClaimDataError(field, value, IdentifierText.Invalid(typeof(T).Name, value, error!).Message));
        return null;
    }

    private static TEnum? Named<TEnum>(string? value, string field, List<ClaimDataError> errors)
        where TEnum : Ardalis.SmartEnum.SmartEnum<TEnum, int>
    {
        if (ContractNames.TryParse<TEnum>(value, out var result))
        {
            return result;
        }

        errors.Add(new ClaimDataError(field, value, ContractNames.Describe<TEnum>(value)));
        return null;
    }

    private static DateOnly? Date(string? value, string field, bool required, List<ClaimDataError> errors)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(new ClaimDataError(field, null, "a date (yyyy-MM-dd) is required"));
            }

            return null;
        }

        if (IsoDate.TryParse(value, out var date))
        {
            return date;
        }

        errors.Add(new ClaimDataError(field, value, $"{EchoText.Quote(value)} is not a date in the form yyyy-MM-dd"));
        return null;
    }
}
