using Cpor.Rules.DependencyInjection;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.DependencyInjection;

/// <summary>Keeps the package README honest: its service example is the code this test compiles and runs.</summary>
public sealed class PackageReadmeTests
{
    private const string Readme = "src/Cpor.Rules.DependencyInjection/README.md";

    [Fact]
    public void ServiceExample_Run_AppliesConfigurationAndTheRulesOfYourOwn()
    {
        var sanctionedTenant = OtherTenant;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Cpor:PoeAgeLimitMonths"] = "12", ["Cpor:Culture"] = "ko-KR", ["Cpor:Explain"] = "false" })
            .Build();

        // Stands in for a host builder: the example uses only its Services and Configuration.
        var builder = new { Services = new ServiceCollection(), Configuration = configuration };

        // Program.cs; appsettings.json: { "Cpor": { "PoeAgeLimitMonths": 12, "Culture": "ko-KR", "Explain": false } }
        builder.Services.AddSingleton(new SanctionsList(sanctionedTenant));
        builder.Services.AddCporRules(builder.Configuration.GetSection(CporRulesOptions.SectionName))
            .AddRule<SanctionedCustomerRule>()            // a rule of your own; constructor arguments come from the container
            .AddRankingRule(new LowestPartnerIdRanking()); // consulted after PoE recency and incumbency

        // Wherever claims are decided, inject the evaluator (a thread-safe singleton):
        builder.Services.AddSingleton<ClaimDesk>();
        using var provider = builder.Services.BuildServiceProvider();
        var desk = provider.GetRequiredService<ClaimDesk>();

        var clean = desk.Decide(Claim(Raw()), Facts());
        var sanctioned = desk.Decide(Claim(Raw() with { TenantId = OtherTenant.ToString(), CustomerDomain = "fabrikam.com" }), Facts());
        var batch = desk.DecideAll([Claim(Raw("C-1")), Claim(Raw("C-2") with { PartnerId = Rival.ToString() })], Facts());

        Assert.Equal(OutcomeKind.Eligible, clean.Kind);
        Assert.Empty(clean.Explanation);
        Assert.Equal("ko-KR", provider.GetRequiredService<CporRuleSet>().Options.Culture.Name);
        Assert.Contains(SanctionedCustomerRule.Code, sanctioned.Findings.Select(f => f.Code));
        Assert.Equal(OutcomeKind.Rejected, sanctioned.Kind);
        Assert.Equal("LowestPartnerId", Assert.Single(batch.Arbitrations).Ranking[0].SeparatedBy);
    }

    [Fact]
    public void ServiceExample_ReadmeBlock_IsTheCodeThisTestRuns()
    {
        var block = Repository.Section(Readme, "service-example").Where(l => !l.StartsWith("```", StringComparison.Ordinal)).ToList();
        var source = Repository.Read("tests/Cpor.Rules.Tests/DependencyInjection/PackageReadmeTests.cs");

        var missing = block
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("using ", StringComparison.Ordinal))
            .Where(l => !source.Contains(l.Trim(), StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(block);
        Assert.Empty(missing);
    }

    [Fact]
    public void Telemetry_ReadmeTable_NamesEveryInstrument()
    {
        var readme = Repository.Read(Readme);

        Assert.Contains($"`{CporRulesTelemetry.ClaimsEvaluated}`", readme, StringComparison.Ordinal);
        Assert.Contains($"`{CporRulesTelemetry.Outcomes}`", readme, StringComparison.Ordinal);
        Assert.Contains($"`{CporRulesTelemetry.BatchDuration}`", readme, StringComparison.Ordinal);
        Assert.Contains($"`{CporRulesTelemetry.OutcomeTag}`", readme, StringComparison.Ordinal);
        Assert.Contains($"`{CporRulesTelemetry.MeterName}`", readme, StringComparison.Ordinal);
    }

    // Wherever claims are decided, inject the evaluator (a thread-safe singleton):
    public sealed class ClaimDesk(ICporEvaluator evaluator)
    {
        public ClaimDecision Decide(Claim claim, FactSnapshot facts) => evaluator.Evaluate(claim, facts);

        public BatchResult DecideAll(IEnumerable<Claim> claims, FactSnapshot facts) => evaluator.EvaluateBatch(claims, facts);
    }
}
