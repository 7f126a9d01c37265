using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class MissingCustomerAcknowledgmentRuleTests
{
    [Fact]
    public void Evaluate_Acknowledged_DoesNotFire()
    {
        Decide(Raw()).ShouldNotHaveFinding(FindingCode.MissingCustomerAcknowledgment);
    }

    [Fact]
    public void Evaluate_NoAcknowledgment_ClaimLevelActionRequiredTogetherWithMissingDate()
    {
        Decide(RawSalesAndService().WithPoe(p => p with { CustomerAcknowledgedOn = null }))
            .ShouldHaveFindings(FindingCode.MissingCustomerAcknowledgment, FindingCode.MissingOrOldDates)
            .ShouldHaveClaimFinding(FindingCode.MissingCustomerAcknowledgment).ShouldBe(OutcomeKind.ActionRequired).ShouldBeOnEveryLine(OutcomeKind.ActionRequired);
    }

    [Fact]
    public void Evaluate_NoPoe_DoesNotFire()
    {
        Decide(Raw() with { ProofOfExecution = null }).ShouldNotHaveFinding(FindingCode.MissingCustomerAcknowledgment);
    }
}
