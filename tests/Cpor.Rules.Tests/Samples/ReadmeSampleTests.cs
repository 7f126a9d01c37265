using Cpor.Rules.Domain;
using Cpor.Rules.Engine;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Samples;

/// <summary>The README's "Writing your own rules" samples: compiled here verbatim, run, and kept equal to the README.</summary>
public sealed class ReadmeSampleTests
{
    [Theory]
    [InlineData("engine-sample", "tests/Cpor.Rules.Tests/Samples/EngineSample.cs")]
    [InlineData("custom-rule-sample", "tests/Cpor.Rules.Tests/Samples/CustomRuleSample.cs")]
    public void Sample_ReadmeBlock_IsTheCompiledFile(string section, string file)
    {
        var block = Repository.Section("README.md", section).Where(l => !l.StartsWith("```", StringComparison.Ordinal)).Where(l => l.Trim().Length > 0);
        var source = Repository.Read(file);

        var missing = block.Where(l => !source.Contains(l, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "README lines missing from the compiled sample: " + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void EngineSample_Run_ReviewsOnlyTheLargeForeignOrder()
    {
        var reviews = EngineSample.Run();

        var review = Assert.Single(reviews);
        Assert.Equal(11, review.Order.Id);
        Assert.Equal("DE", review.Customer.Country);
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
    public void EngineSample_Firings_ExplainTheReview()
    {
        var rules = new RuleRepository().Load(new LargeExportRule()).Compile();
        var session = rules.CreateSession(options: new SessionOptions { Trace = true });
        session.InsertRange([new Customer(2, "DE")]);
        session.InsertRange([new Order(11, 2, 20_000m)]);
        session.Fire();

        var firing = Assert.Single(session.Firings);
        Assert.Equal("EXP-001", firing.RuleId);
        Assert.Equal([new Order(11, 2, 20_000m), new Customer(2, "DE")], firing.Facts);
    }
}
