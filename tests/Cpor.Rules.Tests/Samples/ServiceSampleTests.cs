using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Samples;

/// <summary>The ".NET service" sample of README.md and of the dependency-injection package's README: compiled here, run, and kept equal to both.</summary>
public sealed class ServiceSampleTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("src/Cpor.Rules.DependencyInjection/README.md")]
    public void Sample_ReadmeBlock_IsTheCompiledFile(string readme)
    {
        var block = Repository.Section(readme, "service-sample").Where(l => !l.StartsWith("```", StringComparison.Ordinal)).Where(l => l.Trim().Length > 0).ToList();
        var source = Repository.Read("tests/Cpor.Rules.Tests/Samples/ServiceSample.cs");

        var missing = block.Where(l => !source.Contains(l, StringComparison.Ordinal)).ToList();
        var usings = source.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("using ", StringComparison.Ordinal));
        Assert.True(block.Count > 40, $"the block in {readme} is not the whole sample");
        Assert.True(missing.Count == 0, "README lines missing from the compiled sample: " + string.Join(Environment.NewLine, missing));
        Assert.Equal(usings, block.Where(l => l.StartsWith("using ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Sample_Run_AppliesConfigurationAndTheRulesOfYourOwn()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Cpor:PoeAgeLimitMonths"] = "12", ["Cpor:Explain"] = "false" })
            .Build();
        using var provider = ServiceSample.Build(configuration, OtherTenant);
        var desk = provider.GetRequiredService<ClaimDesk>();

        var clean = desk.Decide(Claim(Raw()), Facts());
        var sanctioned = desk.Decide(Claim(Raw() with { TenantId = OtherTenant.ToString(), CustomerDomain = "fabrikam.com" }), Facts());
        var tie = desk.DecideAll([Claim(Raw("C-1")), Claim(Raw("C-2") with { PartnerId = Rival.ToString() })], Facts());

        Assert.Equal(OutcomeKind.Eligible, clean.Kind);
        Assert.Empty(clean.Explanation);
        Assert.Equal(OutcomeKind.Rejected, sanctioned.Kind);
        Assert.Equal("ACME-010", Assert.Single(sanctioned.Findings, f => f.Code == SanctionedCustomerRule.Code).RuleId);
        Assert.Equal("LowestPartnerId", Assert.Single(tie.Arbitrations).Ranking[0].SeparatedBy);
        Assert.Equal(OutcomeKind.Eligible, tie.Decisions[0].Kind);
    }
}
