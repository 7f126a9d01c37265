using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility.Rules;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility;

/// <summary>
/// The CPOR rule set <c>cpor-2020.09</c>, compiled once: every eligibility rule of the catalogue (CPOR-000 to
/// CPOR-024), arbitration of competing claims (CPOR-025, CPOR-026), and any rules of your own. Immutable and
/// thread-safe: create it once (or use <see cref="Default"/>) and share it.
/// </summary>
public sealed class CporRuleSet
{
    /// <summary>The name of the published rule set.</summary>
    public const string Name = "cpor-2020.09";

    private CporRuleSet(CporOptions options, CompiledRuleSet compiled, IReadOnlyList<CatalogueRule> catalogue)
    {
        Options = options;
        Compiled = compiled;
        Catalogue = catalogue;
    }

    /// <summary>The rule set with <see cref="CporOptions.Default"/> and no rules of your own.</summary>
    public static CporRuleSet Default { get; } = Create();

    /// <summary>The options the rules were compiled with.</summary>
    public CporOptions Options { get; }

    /// <summary>The compiled engine rule set (for sessions of your own over the same rules).</summary>
    public CompiledRuleSet Compiled { get; }

    /// <summary>Every rule, in firing order (catalogue, derivations, arbitration and your own).</summary>
    public IReadOnlyList<RuleMetadata> Rules => Compiled.Rules;

    internal IReadOnlyList<CatalogueRule> Catalogue { get; }

    /// <summary>Compiles the rule set.</summary>
    /// <param name="options">The policy; defaults to <see cref="CporOptions.Default"/>.</param>
    /// <param name="additionalRules">
    /// Rules of your own, for example a company policy. A rule that yields <see cref="Finding"/>s takes part in every
    /// decision like a catalogue rule: a Blocking or ActionRequired finding keeps the line out of arbitration.
    /// Defaults to none.
    /// </param>
    /// <exception cref="RuleSetException">A rule of yours reuses a catalogue id, or makes the set cyclic (for example it consumes findings and yields findings).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="additionalRules"/> holds a <see langword="null"/> rule.</exception>
    public static CporRuleSet Create(CporOptions? options = null, IEnumerable<Rule>? additionalRules = null)
    {
        options ??= CporOptions.Default;
        CatalogueRule[] catalogue =
        [
            new InvalidClaimDataRule(),
            new TenantNotFoundRule(),
            new DomainTenantMismatchRule(),
            new ActivityNotApplicableRule(),
            new RoleNotAuthorizedRule(),
            new UnknownPartnerRule(),
            new GlobalPartnerIdRule(),
            new NotASubscriptionIdRule(),
            new SubscriptionNotInTenantRule(),
            new ProductNotInTenantRule(),
            new SubscriptionIdRequiredRule(),
            new SubscriptionNotDynamicsRule(),
            new SubscriptionIsCspRule(),
            new SubscriptionNotProvisionedRule(),
            new SubscriptionNotActiveRule(),
            new AlreadyClaimedRule(),
            new DuplicateClaimRule(),
            new MissingAllPoeRule(),
            new MissingCustomerAcknowledgmentRule(),
            new MissingOrOldDatesRule(options.PoeAgeLimitMonths),
            new MissingPartnerServiceRule(),
            new MissingProductsRule(),
            new PartnerNotEnrolledRule(),
            new AssociationOnlyRule(),
            new SubscriptionInGraceRule(),
            new CompetingClaimLostRule(),
            new CompetingClaimUnderReviewRule(),
        ];

        var repository = new RuleRepository()
            .Load(catalogue)
            .Load(new ResolveSubscriptionLineRule())
            .Load(new ResolveWorkloadLineRule())
            .Load(new ContenderRule())
            .Load(new ArbitrationRule(options.Ranking));
        if (additionalRules is not null)
        {
            repository.Load(additionalRules);
        }

        return new CporRuleSet(options, repository.Compile(), catalogue);
    }

    /// <summary>
    /// Decides one claim against the facts. Duplicate detection sees only this claim; arbitration sees this claim and
    /// the incumbents. Never throws for bad claim data: a claim that cannot be read is rejected with its reasons.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ClaimDecision Evaluate(Claim claim, FactSnapshot facts)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return EvaluateBatch([claim], facts).Decisions[0];
    }

    /// <summary>
    /// Decides a batch of claims together: one decision per claim, in input order, with duplicates within the batch
    /// detected and competing claims arbitrated. Cost is linear in the claims and facts.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or a claim is.</exception>
    public BatchResult EvaluateBatch(IEnumerable<Claim> claims, FactSnapshot facts)
    {
        var input = Snapshot(claims);
        ArgumentNullException.ThrowIfNull(facts);
        var session = Compiled.CreateSession(facts.FactBase, new SessionOptions { Trace = Options.Explain });
        session.InsertRange(input);
        session.InsertRange(Lines(input));
        session.Fire();
        return DecisionAssembler.Assemble(this, input, [session], partitionOf: null);
    }

    /// <summary>
    /// Decides a batch like <see cref="EvaluateBatch(IEnumerable{Claim}, FactSnapshot)"/>, with claims partitioned by
    /// tenant and the partitions evaluated in parallel. Every association key includes the tenant, so no rule looks
    /// across partitions: the result is identical to the sequential one.
    /// </summary>
    /// <param name="claims">The claims.</param>
    /// <param name="facts">The facts.</param>
    /// <param name="degreeOfParallelism">How many partitions to evaluate at once; at least 1.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or a claim is.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1.</exception>
    public BatchResult EvaluateBatch(IEnumerable<Claim> claims, FactSnapshot facts, int degreeOfParallelism)
    {
        var input = Snapshot(claims);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        if (degreeOfParallelism == 1)
        {
            return EvaluateBatch(input, facts);
        }

        var partitioned = Compiled.CreatePartitionedSession(degreeOfParallelism, facts.FactBase, new SessionOptions { Trace = Options.Explain });
        var partitionOf = new int[input.Length];
        var buckets = new List<Claim>[degreeOfParallelism];
        for (var p = 0; p < buckets.Length; p++)
        {
            buckets[p] = new List<Claim>(input.Length / degreeOfParallelism + 1);
        }

        for (var i = 0; i < input.Length; i++)
        {
            var hash = input[i].TenantId?.GetHashCode() ?? 0;
            partitionOf[i] = (int)((uint)hash % (uint)degreeOfParallelism);
            buckets[partitionOf[i]].Add(input[i]);
        }

        for (var p = 0; p < buckets.Length; p++)
        {
            partitioned.InsertRange(p, buckets[p]);
            partitioned.InsertRange(p, Lines(buckets[p]));
        }

        partitioned.Fire(degreeOfParallelism);
        return DecisionAssembler.Assemble(this, input, partitioned.Partitions, partitionOf);
    }

    private static Claim[] Snapshot(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var input = claims.ToArray();
        if (Array.IndexOf(input, null) >= 0)
        {
            throw new ArgumentNullException(nameof(claims), "The batch holds a null claim.");
        }

        return input;
    }

    private static IEnumerable<ClaimLine> Lines(IReadOnlyList<Claim> claims)
    {
        foreach (var claim in claims)
        {
            foreach (var line in claim.Lines)
            {
                yield return line;
            }
        }
    }
}
