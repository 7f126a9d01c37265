using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class MissingPartnerServiceRuleTests
{
    [Fact]
    public void Evaluate_PoeDescribesTheService_DoesNotFire()
    {
        Decide(Raw()).ShouldNotHaveFinding(FindingCode.MissingPartnerService);
    }

    [Fact]
    public void Evaluate_PoeDoesNotDescribeTheService_ClaimLevelActionRequiredOnEveryLine()
    {
        Decide(RawSalesAndService().WithPoe(p => p with { DescribesPartnerService = false }))
            .ShouldHaveFindings(FindingCode.MissingPartnerService).ShouldHaveClaimFinding(FindingCode.MissingPartnerService)
            .ShouldBe(OutcomeKind.ActionRequired).ShouldBeOnEveryLine(OutcomeKind.ActionRequired);
    }

    [Fact]
    public void Evaluate_NoPoe_DoesNotFire()
    {
        Decide(Raw() with { ProofOfExecution = null }).ShouldNotHaveFinding(FindingCode.MissingPartnerService);
    }
}
