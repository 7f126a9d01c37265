using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class MissingCustomerAcknowledgmentRuleTests
{
    [Fact]
    public void Evaluate_Acknowledged_DoesNotFire()
    {
        Assert.False(Decide(Raw()).Has(FindingCode.MissingCustomerAcknowledgment));
    }

    [Fact]
    public void Evaluate_NoAcknowledgment_ClaimLevelActionRequiredTogetherWithMissingDate()
    {
        var decision = Decide(RawSalesAndService().WithPoe(p => p with { CustomerAcknowledgedOn = null }));

        Assert.Equal(["MissingCustomerAcknowledgment", "MissingOrOldDates"], decision.Codes());
        Assert.Null(decision.Single(FindingCode.MissingCustomerAcknowledgment).Product);
        Assert.Equal(OutcomeKind.ActionRequired, decision.Kind);
        Assert.All(decision.Lines, line => Assert.Equal(OutcomeKind.ActionRequired, line.Outcome));
    }

    [Fact]
    public void Evaluate_NoPoe_DoesNotFire()
    {
        Assert.False(Decide(Raw() with { ProofOfExecution = null }).Has(FindingCode.MissingCustomerAcknowledgment));
    }
}
