using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class ResolveWorkloadLineRuleTests
{
    [Fact]
    public void Evaluate_WorkloadsOfTheTenant_EachLineGetsItsWorkloadKey()
    {
        var decision = Decide(RawM365() with { Products = ["Teams", "Exchange"] });

        Assert.Equal(AssociationKey.ForWorkload(Tenant, "Teams"), decision.Line("Teams").Key);
        Assert.Equal(AssociationKey.ForWorkload(Tenant, "Exchange"), decision.Line("Exchange").Key);
        Assert.DoesNotContain(decision.Explanation, f => f.RuleId == "CPOR-D02");
    }

    [Fact]
    public void Evaluate_WorkloadHeldByAnIncumbent_LineIsKeyed()
    {
        var decision = Decide(RawM365() with { Products = ["Teams", "Exchange"] }, Facts(associations: [HoldsWorkload(Rival, "Teams", SubmittedOn.AddMonths(-2))]));

        var firing = Assert.Single(decision.Explanation, f => f.RuleId == "CPOR-D02");
        Assert.Equal("Teams", Assert.IsType<LineFact>(Assert.Single(firing.Facts)).Product);
    }

    [Fact]
    public void Evaluate_WorkloadNotOnTheTenant_NoKey()
    {
        var decision = Decide((RawM365() with { Products = [AbsentWorkload] }).WithPoe(p => p with { Products = [AbsentWorkload] }));

        Assert.Null(Assert.Single(decision.Lines).Key);
    }

    [Fact]
    public void Evaluate_BusinessApplicationsClaim_NotResolvedByWorkload()
    {
        var decision = Decide(Raw() with { Products = ["Teams"] });

        Assert.Null(Assert.Single(decision.Lines).Key);
        Assert.DoesNotContain(decision.Explanation, f => f.RuleId == "CPOR-D02");
    }

    [Fact]
    public void Evaluate_BusinessApplicationsLineKeyedByAnIncumbent_KeyedByTheSubscriptionRuleOnly()
    {
        var decision = Decide(Raw(), Facts(associations: [Holds(Rival, Sales, SubmittedOn.AddMonths(-2))]));

        Assert.Contains(decision.Explanation, f => f.RuleId == "CPOR-D01");
        Assert.DoesNotContain(decision.Explanation, f => f.RuleId == "CPOR-D02");
    }
}
