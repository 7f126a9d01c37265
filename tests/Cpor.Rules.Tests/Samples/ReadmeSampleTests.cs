using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Samples;

/// <summary>The README's "Writing your own rules" samples: compiled here verbatim, run, and kept equal to the README.</summary>
public sealed class ReadmeSampleTests
{
    [Theory]
    [InlineData("custom-rule-sample", "tests/Cpor.Rules.Tests/Samples/CustomRuleSample.cs")]
    [InlineData("testing-sample", "tests/Cpor.Rules.Tests/Samples/TestingRulesSample.cs")]
    public void Sample_ReadmeBlock_IsTheCompiledFile(string section, string file)
    {
        var block = Repository.Section("README.md", section).Where(l => !l.StartsWith("```", StringComparison.Ordinal)).Where(l => l.Trim().Length > 0);
        var source = Repository.Read(file);

        var missing = block.Where(l => !source.Contains(l, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "README lines missing from the compiled sample: " + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void CustomRuleSample_SanctionedTenant_RejectedWithTheCustomFinding()
    {
        var decision = CustomRuleSample.Decide(Claim(Raw()), Facts(), Tenant);

        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
        var finding = Assert.Single(decision.Findings);
        Assert.Equal("SanctionedCustomer", finding.Code.Name);
        Assert.Equal("제재 대상 고객", finding.Text(System.Globalization.CultureInfo.GetCultureInfo("ko-KR")).Title);
    }

    [Fact]
    public void CustomRuleSample_OtherTenant_Eligible()
    {
        var decision = CustomRuleSample.Decide(Claim(Raw()), Facts(), OtherTenant);

        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
    }

    [Fact]
    public void CustomRuleSample_SanctionedTenant_ExplanationNamesTheRuleAndItsFinding()
    {
        var decision = CustomRuleSample.Decide(Claim(Raw()), Facts(), Tenant);

        var firing = Assert.Single(decision.Explanation, f => f.RuleId == "ACME-001");
        Assert.IsType<Cpor.Rules.Eligibility.ClaimFact>(Assert.Single(firing.Facts));
        Assert.Same(Assert.Single(decision.Findings), Assert.Single(firing.Produced));
    }
}
