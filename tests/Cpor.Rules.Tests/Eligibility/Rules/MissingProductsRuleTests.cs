using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class MissingProductsRuleTests
{
    [Fact]
    public void Evaluate_PoeListsEveryProductInOtherLetterCase_DoesNotFire()
    {
        var decision = Decide(RawSalesAndService().WithPoe(p => p with { Products = ["DYNAMICS 365 SALES", "dynamics 365 customer service"] }));

        Assert.False(decision.Has(FindingCode.MissingProducts));
        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
    }

    [Fact]
    public void Evaluate_PoeMissesOneProduct_ActionRequiredOnThatLineOnly()
    {
        var decision = Decide(RawSalesAndService().WithPoe(p => p with { Products = [SalesProduct] }));

        var finding = decision.Single(FindingCode.MissingProducts);
        Assert.Equal(ServiceProduct, finding.Product);
        Assert.Equal(Severity.ActionRequired, finding.Severity);
        Assert.Equal(OutcomeKind.ActionRequired, decision.Line(ServiceProduct).Outcome);
        Assert.Equal(OutcomeKind.Eligible, decision.Line(SalesProduct).Outcome);
        Assert.Empty(decision.Line(SalesProduct).Findings);
        Assert.Equal(OutcomeKind.ActionRequired, decision.Kind);
    }

    [Fact]
    public void Evaluate_PoeListsNothing_EveryLineFlagged()
    {
        var decision = Decide(RawSalesAndService().WithPoe(p => p with { Products = [] }));

        Assert.Equal([SalesProduct, ServiceProduct], decision.Findings.Select(f => f.Product));
        Assert.All(decision.Findings, f => Assert.Equal(FindingCode.MissingProducts, f.Code));
    }

    [Fact]
    public void Evaluate_PoeMissesAWorkload_ActionRequiredOnThatLineOnly()
    {
        var decision = Decide((RawM365() with { Products = ["Teams", "Exchange"] }).WithPoe(p => p with { Products = ["Teams"] }));

        Assert.Equal("Exchange", decision.Single(FindingCode.MissingProducts).Product);
        Assert.Equal(OutcomeKind.Eligible, decision.Line("Teams").Outcome);
    }

    [Fact]
    public void Evaluate_NoPoe_OnlyMissingAllPoe()
    {
        Assert.False(Decide(Raw() with { ProofOfExecution = null }).Has(FindingCode.MissingProducts));
    }
}
