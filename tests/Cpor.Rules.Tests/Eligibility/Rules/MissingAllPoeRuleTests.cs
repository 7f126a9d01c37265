using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class MissingAllPoeRuleTests
{
    [Fact]
    public void Evaluate_PoeAttached_DoesNotFire()
    {
        Assert.False(Decide(Raw()).Has(FindingCode.MissingAllPoe));
    }

    [Fact]
    public void Evaluate_NoPoe_ClaimLevelActionRequiredAloneOnEveryLine()
    {
        var decision = Decide(RawSalesAndService() with { ProofOfExecution = null });

        Assert.Equal(["MissingAllPoe"], decision.Codes());
        var finding = decision.Single(FindingCode.MissingAllPoe);
        Assert.Null(finding.Product);
        Assert.Equal(Severity.ActionRequired, finding.Severity);
        Assert.Equal(OutcomeKind.ActionRequired, decision.Kind);
        Assert.All(decision.Lines, line => Assert.Equal(OutcomeKind.ActionRequired, line.Outcome));
    }

    [Fact]
    public void Evaluate_NoPoeOnMicrosoft365Claim_Fires()
    {
        Assert.Equal(["MissingAllPoe"], Decide(RawM365() with { ProofOfExecution = null }).Codes());
    }
}
