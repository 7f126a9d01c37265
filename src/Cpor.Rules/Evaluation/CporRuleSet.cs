using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Eligibility.Rules;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using RuleMetadata = Cpor.Rules.Eligibility.RuleMetadata;

namespace Cpor.Rules.Evaluation;

/// <summary>
/// The CPOR rule set <c>cpor-2020.09</c> on the NRules engine, compiled once: every eligibility rule of the catalogue
/// (CPOR-000 to CPOR-024), arbitration of competing claims (CPOR-025, CPOR-026), the derivations (CPOR-D01 to D04)
/// and any NRules rules of your own. Immutable and thread-safe: create it once (or use <see cref="Default"/>) and
/// share it; each evaluation runs its own NRules sessions.
/// </summary>
public sealed class CporRuleSet
{
    /// <summary>The name of the published rule set.</summary>
    public const string Name = "cpor-2020.09";

    /// <summary>The prefix of the library's own rule ids; a rule of yours may not use it.</summary>
    public const string ReservedIdPrefix = "CPOR-";

    private CporRuleSet(CporOptions options, ISessionFactory sessions, IReadOnlyList<RuleMetadata> rules, IReadOnlyList<CatalogueRule> catalogue)
    {
        Options = options;
        Sessions = sessions;
        Rules = rules;
        Catalogue = catalogue;
    }

    /// <summary>The rule set with <see cref="CporOptions.Default"/> and no rules of your own.</summary>
    public static CporRuleSet Default { get; } = Create();

    /// <summary>The options the rules were compiled with.</summary>
    public CporOptions Options { get; }

    /// <summary>Every rule: the catalogue in id order, the derivations, then your own in the order given.</summary>
    public IReadOnlyList<RuleMetadata> Rules { get; }

    internal IReadOnlyList<CatalogueRule> Catalogue { get; }

    internal ISessionFactory Sessions { get; }

    /// <summary>Compiles the rule set with rule instances of your own.</summary>
    /// <param name="options">The policy; defaults to <see cref="CporOptions.Default"/>.</param>
    /// <param name="additionalRules">
    /// NRules rules of your own (<see cref="NRules.Fluent.Dsl.Rule"/> classes), for example a company policy. They match
    /// the library's facts, <see cref="ClaimFact"/> and <see cref="LineFact"/>, and report findings with
    /// <see cref="ClaimFact.Report"/> or <see cref="LineFact.Report"/>; a Blocking or ActionRequired finding keeps the
    /// line out of arbitration. Each rule's <c>[Name]</c> is its id. A rule judges one claim (or line) at a time: a session
    /// holds only a few hundred claims of whole tenants, so a rule relating claims to each other would depend on how the
    /// batch is cut. Defaults to none.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="additionalRules"/> holds a <see langword="null"/> rule.</exception>
    /// <exception cref="RuleSetException">A rule of yours takes a reserved (<c>CPOR-</c>) or repeated id, or NRules cannot compile it.</exception>
    public static CporRuleSet Create(CporOptions? options = null, IEnumerable<Rule>? additionalRules = null)
    {
        var own = additionalRules?.ToArray() ?? [];
        if (Array.IndexOf(own, null) >= 0)
        {
            throw new ArgumentNullException(nameof(additionalRules), "The additional rules hold a null rule.");
        }

        return Compile(options ?? CporOptions.Default, own);
    }

    /// <summary>
    /// Compiles the rule set with rule types of your own, created by <paramref name="activator"/> (for example from a
    /// dependency-injection container, so that rules take constructor arguments).
    /// </summary>
    /// <param name="options">The policy; <see langword="null"/> for <see cref="CporOptions.Default"/>.</param>
    /// <param name="ruleTypes">NRules rule types of your own, in the order their metadata is listed.</param>
    /// <param name="activator">Creates the rules of each type.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleTypes"/> or <paramref name="activator"/> is <see langword="null"/>, or a type is.</exception>
    /// <exception cref="ArgumentException">A type is not a concrete NRules rule class.</exception>
    /// <exception cref="RuleSetException">The activator fails or returns no rule for a type, a rule takes a reserved or repeated id, or NRules cannot compile it.</exception>
    public static CporRuleSet CreateFromTypes(CporOptions? options, IEnumerable<Type> ruleTypes, IRuleActivator activator)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        ArgumentNullException.ThrowIfNull(activator);
        var rules = new List<Rule>();
        foreach (var type in ruleTypes)
        {
            ArgumentNullException.ThrowIfNull(type, nameof(ruleTypes));
            if (!RuleTypeScanner.IsRuleType(type))
            {
                throw new ArgumentException($"{type.FullName} is not a concrete NRules rule class.", nameof(ruleTypes));
            }

            IReadOnlyList<Rule> activated;
            try
            {
                activated = [.. activator.Activate(type)];
            }
            catch (Exception ex)
            {
                throw new RuleSetException($"The rule type {type.FullName} could not be created: {ex.Message}", ex);
            }

            if (activated.Count == 0 || activated.Any(r => r is null))
            {
                throw new RuleSetException($"The activator returned no rule (or a null rule) for {type.FullName}.");
            }

            rules.AddRange(activated);
        }

        return Compile(options ?? CporOptions.Default, [.. rules]);
    }

    /// <summary>
    /// Decides one claim against the facts. Duplicate detection sees only this claim; arbitration sees this claim and
    /// the incumbents. Never throws for bad claim data: a claim that cannot be read is rejected with its reasons.
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <param name="facts">The facts it is judged against.</param>
    /// <param name="options">How to run; defaults to <see cref="EvaluationOptions.Default"/> (explanations on).</param>
    /// <returns>The claim's decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> or <paramref name="facts"/> is <see langword="null"/>.</exception>
    public ClaimDecision Evaluate(Claim claim, FactSnapshot facts, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return EvaluateBatch([claim], facts, options).Decisions[0];
    }

    /// <summary>
    /// Decides a batch of claims together: one decision per claim, in input order, with duplicates within the batch
    /// detected and competing claims arbitrated. Cost is linear in the claims and facts: claims are evaluated in NRules
    /// sessions of a few hundred claims, whole customer tenants at a time, on
    /// <see cref="EvaluationOptions.DegreeOfParallelism"/> threads (the result does not depend on it).
    /// </summary>
    /// <param name="claims">The claims.</param>
    /// <param name="facts">The facts they are judged against.</param>
    /// <param name="options">How to run; defaults to <see cref="EvaluationOptions.Default"/> (explanations on, one thread).</param>
    /// <returns>The decisions, the contests and the faults of the batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> or <paramref name="facts"/> is <see langword="null"/>, or a claim is.</exception>
    public BatchResult EvaluateBatch(IEnumerable<Claim> claims, FactSnapshot facts, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var input = claims.ToArray();
        if (Array.IndexOf(input, null) >= 0)
        {
            throw new ArgumentNullException(nameof(claims), "The batch holds a null claim.");
        }

        ArgumentNullException.ThrowIfNull(facts);
        return BatchEvaluator.Evaluate(this, input, facts, options ?? EvaluationOptions.Default);
    }

    private static CporRuleSet Compile(CporOptions options, Rule[] own)
    {
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
        (Rule Rule, string Name, string Basis)[] derivations =
        [
            (new KeySubscriptionLineRule(), "KeySubscriptionLine", "create"),
            (new KeyWorkloadLineRule(), "KeyWorkloadLine", "overview"),
            (new ContenderRule(), "EligibleContender", "seed, assumption"),
            (new ArbitrationRule(options.Ranking), "RankContenders", "seed, assumption"),
        ];

        var factory = new RuleDefinitionFactory();
        var definitions = new List<IRuleDefinition>(catalogue.Length + derivations.Length + own.Length);
        var metadata = new List<RuleMetadata>(definitions.Capacity);
        foreach (var rule in catalogue)
        {
            var definition = factory.Create(rule);
            if (definition.Name != rule.Code.RuleId)
            {
                throw new InvalidOperationException($"The rule {rule.GetType().Name} is named {definition.Name} but reports {rule.Code.RuleId}.");
            }

            definitions.Add(definition);
            rule.Metadata = new RuleMetadata(definition.Name, rule.Code.Name)
            {
                Description = rule.Description ?? definition.Description,
                Basis = rule.Basis,
                Priority = definition.Priority,
                Tags = [.. definition.Tags],
            };
            metadata.Add(rule.Metadata);
        }

        foreach (var (rule, name, basis) in derivations)
        {
            var definition = factory.Create(rule);
            definitions.Add(definition);
            metadata.Add(Describe(definition, name) with { Basis = basis });
        }

        var ids = new HashSet<string>(definitions.Select(d => d.Name), StringComparer.Ordinal);
        foreach (var rule in own)
        {
            IRuleDefinition definition;
            try
            {
                definition = factory.Create(rule);
            }
            catch (Exception ex)
            {
                throw new RuleSetException($"The rule {rule.GetType().FullName} could not be defined: {ex.Message}", ex);
            }

            if (definition.Name.StartsWith(ReservedIdPrefix, StringComparison.OrdinalIgnoreCase))
            {
                throw new RuleSetException($"The rule {rule.GetType().FullName} takes the id '{definition.Name}'; ids starting with '{ReservedIdPrefix}' belong to the catalogue.");
            }

            if (!ids.Add(definition.Name))
            {
                throw new RuleSetException($"Two rules have the id '{definition.Name}'; give each rule a unique [Name].");
            }

            definitions.Add(definition);
            var name = rule.GetType().Name;
            metadata.Add(Describe(definition, name.EndsWith("Rule", StringComparison.Ordinal) && name.Length > 4 ? name[..^4] : name));
        }

        ISessionFactory sessions;
        try
        {
            sessions = RuleCompilation.Compile(definitions);
        }
        catch (RuleCompilationException ex)
        {
            throw new RuleSetException($"The rule '{ex.RuleName}' could not be compiled: {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        return new CporRuleSet(options, sessions, metadata, catalogue);
    }

    private static RuleMetadata Describe(IRuleDefinition definition, string name)
        => new(definition.Name, name)
        {
            Description = definition.Description ?? string.Empty,
            Priority = definition.Priority,
            Tags = [.. definition.Tags],
        };
}
