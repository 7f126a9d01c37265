using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class MissingAllPoeRuleTests
{
    [Fact]
    public void Evaluate_PoeAttached_DoesNotFire()
    {
        Decide(Raw()).ShouldNotHaveFinding(FindingCode.MissingAllPoe);
    }

    [Fact]
    public void Evaluate_NoPoe_ClaimLevelActionRequiredAloneOnEveryLine()
    {
        Decide(RawSalesAndService() with { ProofOfExecution = null })
            .ShouldHaveFindings(FindingCode.MissingAllPoe).ShouldHaveClaimFinding(FindingCode.MissingAllPoe)
            .ShouldBe(OutcomeKind.ActionRequired).ShouldBeOnEveryLine(OutcomeKind.ActionRequired);
        Assert.Equal(Severity.ActionRequired, FindingCode.MissingAllPoe.Severity);
    }

    [Fact]
    public void Evaluate_NoPoeOnMicrosoft365Claim_Fires()
    {
        Decide(RawM365() with { ProofOfExecution = null }).ShouldHaveFindings(FindingCode.MissingAllPoe);
    }
}
