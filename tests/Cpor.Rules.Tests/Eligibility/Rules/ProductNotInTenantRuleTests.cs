using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class ProductNotInTenantRuleTests
{
    [Theory]
    [InlineData(SalesProduct)]
    [InlineData("dynamics 365 SALES")]
    public void Evaluate_ProductOnTheTenant_IsResolvedWhateverTheLetterCase(string product)
    {
        var decision = Decide(Raw() with { Products = [product] });

        Assert.False(decision.Has(FindingCode.ProductNotInTenant));
        Assert.Equal(Sales, Assert.Single(decision.Lines).SubscriptionId);
    }

    [Fact]
    public void Evaluate_BusinessApplicationsProductNotOnTheTenant_FiresOnThatLineOnly()
    {
        var raw = Raw() with { Products = [SalesProduct, AbsentProduct] };

        var decision = Decide(raw.WithPoe(p => p with { Products = [SalesProduct, AbsentProduct] }));

        var finding = decision.Single(FindingCode.ProductNotInTenant);
        Assert.Equal(AbsentProduct, finding.Product);
        Assert.Equal(OutcomeKind.Rejected, decision.Line(AbsentProduct).Outcome);
        Assert.Null(decision.Line(AbsentProduct).Key);
        Assert.Equal(OutcomeKind.Eligible, decision.Line(SalesProduct).Outcome);
        Assert.Empty(decision.Line(SalesProduct).Findings);
        Assert.Equal(OutcomeKind.PartiallyEligible, decision.Kind);
    }

    [Fact]
    public void Evaluate_SubscriptionIdOfAnotherProductAndProductAbsent_Fires()
    {
        var raw = Raw() with { Products = [AbsentProduct], SubscriptionId = Sales.ToString() };

        var decision = Decide(raw.WithPoe(p => p with { Products = [AbsentProduct] }));

        Assert.Equal(["ProductNotInTenant"], decision.Codes());
    }

    [Theory]
    [InlineData("Teams")]
    [InlineData("exchange")]
    public void Evaluate_WorkloadOnTheTenant_IsResolved(string workload)
    {
        var decision = Decide(RawM365() with { Products = [workload] });

        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.Equal(workload, Assert.Single(decision.Lines).Workload, ignoreCase: true);
    }

    [Fact]
    public void Evaluate_Microsoft365WorkloadMissingOnTheTenant_FiresOnThatLineOnly()
    {
        var raw = RawM365() with { Products = ["Teams", AbsentWorkload] };

        var decision = Decide(raw.WithPoe(p => p with { Products = ["Teams", AbsentWorkload] }));

        Assert.Equal(AbsentWorkload, decision.Single(FindingCode.ProductNotInTenant).Product);
        Assert.Equal(OutcomeKind.Rejected, decision.Line(AbsentWorkload).Outcome);
        Assert.Equal(OutcomeKind.Eligible, decision.Line("Teams").Outcome);
        Assert.Equal(OutcomeKind.PartiallyEligible, decision.Kind);
    }
}
