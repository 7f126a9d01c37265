// Consumes Cpor.Rules, Cpor.Rules.DependencyInjection and Cpor.Rules.Lifecycle as NuGet delivers them: registers the
// rules in a container, decides one eligible and one rejected claim through the evaluator, runs a rule of its own (an
// NRules rule class with a constructor dependency from the container), checks that a bad option fails start-up, and
// submits a claim through the lifecycle on a clock of its own.
// Prints "consumer OK" and exits 0, or names every mismatch and exits 1.
using System.Globalization;
using Cpor.Rules.DependencyInjection;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Lifecycle;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NRules.Fluent.Dsl;

var problems = new List<string>();
void Expect(bool condition, string problem)
{
    if (!condition)
    {
        problems.Add(problem);
    }
}

try
{
    var configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Cpor:PoeAgeLimitMonths"] = "6", ["Cpor:Explain"] = "false" })
        .Build();
    var services = new ServiceCollection();
    services.AddSingleton(new WatchedDomains("watched.example.com"));
    services.AddCporRules(configuration.GetSection(CporRulesOptions.SectionName)).AddRule<WatchedDomainRule>();
    using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    provider.GetRequiredService<IStartupValidator>().Validate();
    var evaluator = provider.GetRequiredService<ICporEvaluator>();

    var tenant = TenantId.Parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    var partner = PartnerId.Parse("4412345");
    var facts = FactSnapshot.Create(
        tenants: [new CustomerTenant(tenant, [CustomerDomain.Parse("contoso.onmicrosoft.com")], workloads: ["Teams"])],
        subscriptions: [new Subscription(SubscriptionId.Parse("9a0c3f25-04e0-4f89-41d3-0305e82c3301"), tenant, "Dynamics 365 Sales",
                                         isDynamics: true, PurchaseChannel.VolumeLicensing, SubscriptionState.Active)],
        partners: [new Partner(partner, PartnerAccount.Location, [SolutionArea.BusinessApplications])],
        associations: []);
    Claim ClaimFor(string id, string domain) => Claim.Create(
        ClaimId.Parse(id), partner, PartnerRole.IncentivesAdmin, tenant, CustomerDomain.Parse(domain),
        SolutionArea.BusinessApplications, Activity.PreSales, products: ["Dynamics 365 Sales"], submittedOn: new DateOnly(2020, 10, 1),
        proofOfExecution: new ProofOfExecution(new DateOnly(2020, 9, 15), describesPartnerService: true, ["Dynamics 365 Sales"]));

    var eligible = evaluator.Evaluate(ClaimFor("C-1", "contoso.onmicrosoft.com"), facts);
    var rejected = evaluator.Evaluate(ClaimFor("C-2", "fabrikam.com"), facts);
    var watched = evaluator.Evaluate(ClaimFor("C-3", "watched.example.com"), facts);

    Expect(ReferenceEquals(evaluator.RuleSet, provider.GetRequiredService<CporRuleSet>()), "the evaluator does not use the registered rule set");
    Expect(evaluator.RuleSet.Options.PoeAgeLimitMonths == 6, $"PoE age limit from configuration not applied: {evaluator.RuleSet.Options.PoeAgeLimitMonths}");
    Expect(eligible.Explanation.Count == 0 && watched.Explanation.Count == 0, "explanations recorded although configuration switched them off");
    var asOf = evaluator.EvaluateBatch([ClaimFor("C-4", "contoso.onmicrosoft.com")], facts, new EvaluationOptions { AsOf = new DateOnly(2020, 10, 2) }).AsOf;
    Expect(asOf == new DateOnly(2020, 10, 2), $"the call's as-of date not recorded: {asOf}");
    Expect(eligible.Kind == OutcomeKind.Eligible, $"C-1 should be Eligible: {eligible}");
    Expect(eligible.Findings.Count == 0, $"C-1 should have no findings: {eligible}");
    Expect(rejected.Kind == OutcomeKind.Rejected, $"C-2 should be Rejected: {rejected}");
    Expect(rejected.Findings.Select(f => f.Code).SequenceEqual([FindingCode.DomainTenantMismatch]), $"C-2 should have DomainTenantMismatch alone: {rejected}");
    Expect(rejected.Findings.All(f => f.Text(CultureInfo.GetCultureInfo("ko-KR")).Remediation.Length > 0), "C-2's finding has no Korean remediation");

    Expect(watched.Findings.Any(f => f.Code == WatchedDomainRule.Code && f.RuleId == "ACME-100"), $"C-3 should have the custom finding: {watched}");
    Expect(evaluator.RuleSet.Rules.Any(r => r.Id == "ACME-100"), "the custom rule is not in the rule set");

    var badServices = new ServiceCollection();
    badServices.AddCporRules(options => options.PoeAgeLimitMonths = 0);
    using var badProvider = badServices.BuildServiceProvider();
    try
    {
        badProvider.GetRequiredService<IStartupValidator>().Validate();
        problems.Add("PoeAgeLimitMonths = 0 passed start-up validation");
    }
    catch (OptionsValidationException error)
    {
        Expect(error.Failures.SequenceEqual(["Cpor:PoeAgeLimitMonths must be between 1 and 120; it is 0."]), $"unexpected validation message: {error.Message}");
    }

    // Cpor.Rules.Lifecycle: submitted on Monday 7 September 2020, the review is to start by Monday 14 September (5 business days).
    var lifecycle = new ClaimLifecycle(new FixedTime(new DateTimeOffset(2020, 9, 7, 9, 0, 0, TimeSpan.Zero)));
    var started = lifecycle.Start(ClaimId.Parse("C-5"));
    var submitted = lifecycle.Submit(lifecycle.AttachProofOfExecution(started).AsT0);
    var dueOn = submitted.IsT0 ? lifecycle.GetTimeline(submitted.AsT0).Current?.DueOn : null;
    Expect(dueOn == new DateOnly(2020, 9, 14), $"the review-start clock of a claim submitted on 2020-09-07 should end on 2020-09-14: {dueOn}");
    Expect(lifecycle.Submit(started).IsT2, "a claim without a proof of execution was submitted");

    // Tests written with Cpor.Rules.Testing (TestingChecks.cs): the custom rule above and a custom ranking rule.
    problems.AddRange(TestingChecks.Run());
}
catch (Exception error)
{
    problems.Add($"unexpected {error}");
}

if (problems.Count > 0)
{
    foreach (var problem in problems)
    {
        Console.Error.WriteLine($"consumer FAILED: {problem}");
    }

    return 1;
}

Console.WriteLine("consumer OK");
return 0;

/// <summary>The consumer's clock: a fixed moment (the library reads time only from a <see cref="TimeProvider"/>).</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>A service of the consumer's own.</summary>
internal sealed class WatchedDomains(params string[] domains)
{
    public bool Contains(CustomerDomain domain) => domains.Contains(domain.ToString(), StringComparer.OrdinalIgnoreCase);
}

/// <summary>A rule of the consumer's own: an NRules rule over the library's claim fact, with a constructor dependency.</summary>
[Name("ACME-100")]
internal sealed class WatchedDomainRule(WatchedDomains watched) : Rule
{
    public static readonly FindingCode Code = FindingCode.Custom(
        "WatchedDomain", 1100, "ACME-100", Severity.ActionRequired,
        new FindingText("Watched domain", "The domain is on the watch list.", "Attach the compliance approval."));

    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => c.Claim.CustomerDomain != null && watched.Contains(c.Claim.CustomerDomain.Value));
        Then().Do(_ => claim.Report(Code, null));
    }
}
