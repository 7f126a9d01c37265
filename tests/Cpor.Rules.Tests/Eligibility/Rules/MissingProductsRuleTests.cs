using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class MissingProductsRuleTests
{
    [Fact]
    public void Evaluate_PoeListsEveryProductInOtherLetterCase_DoesNotFire()
    {
        Decide(RawSalesAndService().WithPoe(p => p with { Products = ["DYNAMICS 365 SALES", "dynamics 365 customer service"] }))
            .ShouldNotHaveFinding(FindingCode.MissingProducts).ShouldBe(OutcomeKind.Eligible);
    }

    [Fact]
    public void Evaluate_PoeMissesOneProduct_ActionRequiredOnThatLineOnly()
    {
        Decide(RawSalesAndService().WithPoe(p => p with { Products = [SalesProduct] }))
            .ShouldHaveFindings(FindingCode.MissingProducts).ShouldHaveFinding(FindingCode.MissingProducts, ServiceProduct)
            .ShouldBe(OutcomeKind.ActionRequired).ShouldBe(OutcomeKind.ActionRequired, ServiceProduct).ShouldBe(OutcomeKind.Eligible, SalesProduct);
        Assert.Equal(Severity.ActionRequired, FindingCode.MissingProducts.Severity);
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
        Decide((RawM365() with { Products = ["Teams", "Exchange"] }).WithPoe(p => p with { Products = ["Teams"] }))
            .ShouldHaveFindings(FindingCode.MissingProducts).ShouldHaveFinding(FindingCode.MissingProducts, "Exchange").ShouldBe(OutcomeKind.Eligible, "Teams");
    }

    [Fact]
    public void Evaluate_NoPoe_OnlyMissingAllPoe()
    {
        Decide(Raw() with { ProofOfExecution = null }).ShouldNotHaveFinding(FindingCode.MissingProducts);
    }
}
