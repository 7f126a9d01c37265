using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class MissingPartnerServiceRuleTests
{
    [Fact]
    public void Evaluate_PoeDescribesTheService_DoesNotFire()
    {
        Assert.False(Decide(Raw()).Has(FindingCode.MissingPartnerService));
    }

    [Fact]
    public void Evaluate_PoeDoesNotDescribeTheService_ClaimLevelActionRequiredOnEveryLine()
    {
        var decision = Decide(RawSalesAndService().WithPoe(p => p with { DescribesPartnerService = false }));

        Assert.Equal(["MissingPartnerService"], decision.Codes());
        Assert.Null(decision.Single(FindingCode.MissingPartnerService).Product);
        Assert.Equal(OutcomeKind.ActionRequired, decision.Kind);
        Assert.All(decision.Lines, line => Assert.Equal(OutcomeKind.ActionRequired, line.Outcome));
    }

    [Fact]
    public void Evaluate_NoPoe_DoesNotFire()
    {
        Assert.False(Decide(Raw() with { ProofOfExecution = null }).Has(FindingCode.MissingPartnerService));
    }
}
