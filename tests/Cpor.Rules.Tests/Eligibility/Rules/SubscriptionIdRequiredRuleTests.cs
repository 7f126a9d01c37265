using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class SubscriptionIdRequiredRuleTests
{
    [Fact]
    public void Evaluate_ProductWithOneSubscription_ResolvesWithoutId()
    {
        var decision = Decide(Raw());

        Assert.False(decision.Has(FindingCode.SubscriptionIdRequired));
        Assert.Equal(Sales, Assert.Single(decision.Lines).SubscriptionId);
    }

    [Fact]
    public void Evaluate_SeveralSubscriptionsOfTheProductAndNoId_FiresOnThatLineOnly()
    {
        var decision = Decide(Raw() with { Products = [SalesProduct, ServiceProduct] });

        var finding = decision.Single(FindingCode.SubscriptionIdRequired);
        Assert.Equal(ServiceProduct, finding.Product);
        Assert.Equal(Severity.Blocking, finding.Severity);
        Assert.Equal(OutcomeKind.Rejected, decision.Line(ServiceProduct).Outcome);
        Assert.Null(decision.Line(ServiceProduct).Key);
        Assert.Equal(OutcomeKind.Eligible, decision.Line(SalesProduct).Outcome);
        Assert.Equal(OutcomeKind.PartiallyEligible, decision.Kind);
    }

    [Theory]
    [InlineData("aaaaaaaa-0000-4000-8000-000000000002")]
    [InlineData("aaaaaaaa-0000-4000-8000-000000000003")]
    public void Evaluate_SeveralSubscriptionsOfTheProductWithId_ResolvesToTheOneGiven(string id)
    {
        var decision = Decide(Raw() with { Products = [ServiceProduct], SubscriptionId = id });

        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.Equal(SubscriptionId.Parse(id), Assert.Single(decision.Lines).SubscriptionId);
    }

    [Fact]
    public void Evaluate_IdSelectsAnotherProductsSubscription_StillRequiredForTheAmbiguousLine()
    {
        var decision = Decide(Raw() with { Products = [SalesProduct, ServiceProduct], SubscriptionId = Sales.ToString() });

        Assert.Equal(ServiceProduct, decision.Single(FindingCode.SubscriptionIdRequired).Product);
        Assert.Equal(Sales, decision.Line(SalesProduct).SubscriptionId);
    }

    [Fact]
    public void Evaluate_AmbiguousProductNamedInOtherLetterCase_Fires()
    {
        var decision = Decide(Raw() with { Products = ["DYNAMICS 365 customer service"] });

        Assert.Equal(["SubscriptionIdRequired"], decision.Codes());
    }
}
