using Cpor.Rules.Arbitration;
using Cpor.Rules.DependencyInjection;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NRules.Fluent.Dsl;

// This file is the README sample, verbatim; ServiceSampleTests checks that they stay equal.
namespace Cpor.Rules.Tests.Samples;

// Your own service: the tenants under sanctions review.
public sealed class SanctionsList(params TenantId[] tenants)
{
    public bool Contains(TenantId tenant) => tenants.Contains(tenant);
}

// Your own rule: an NRules rule over the library's claim fact; its constructor arguments come from the container.
[Name("ACME-010"), Description("Company policy: no claims for customers under sanctions review.")]
public sealed class SanctionedCustomerRule(SanctionsList sanctions) : Rule
{
    public static readonly FindingCode Code = FindingCode.Custom(
        "SanctionedCustomer", 1010, "ACME-010", Severity.Blocking,
        new FindingText("Sanctioned customer", "The customer is under sanctions review.", "Do not claim this customer until the review ends."));

    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => c.Claim.TenantId != null && sanctions.Contains(c.Claim.TenantId.Value));
        Then().Do(_ => claim.Report(Code, null));
    }
}

// Your own ranking rule: breaks the ties that PoE recency and incumbency leave.
public sealed class LowestPartnerIdRanking : IRankingRule
{
    public string Name => "LowestPartnerId";

    public int Compare(Contender x, Contender y) => y.PartnerId.CompareTo(x.PartnerId);
}

// Wherever claims are decided, inject the evaluator (a thread-safe singleton).
public sealed class ClaimDesk(ICporEvaluator evaluator)
{
    public ClaimDecision Decide(Claim claim, FactSnapshot facts) => evaluator.Evaluate(claim, facts);

    public BatchResult DecideAll(IEnumerable<Claim> claims, FactSnapshot facts) => evaluator.EvaluateBatch(claims, facts);
}

public static class ServiceSample
{
    // What a host's Program.cs does with builder.Services and builder.Configuration
    // (appsettings.json: { "Cpor": { "PoeAgeLimitMonths": 12, "Explain": false } }).
    public static ServiceProvider Build(IConfiguration configuration, params TenantId[] sanctioned)
    {
        var services = new ServiceCollection();
        services.AddSingleton(new SanctionsList(sanctioned));
        services.AddCporRules(configuration.GetSection(CporRulesOptions.SectionName))
            .AddRule<SanctionedCustomerRule>()             // created by NRules' activator over the container
            .AddRankingRule(new LowestPartnerIdRanking());  // consulted after PoE recency and incumbency
        services.AddSingleton<ClaimDesk>();
        return services.BuildServiceProvider();
    }
}
