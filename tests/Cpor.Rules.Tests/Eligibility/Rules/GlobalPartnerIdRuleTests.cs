using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class GlobalPartnerIdRuleTests
{
    [Fact]
    public void Evaluate_LocationPartnerId_DoesNotFire()
    {
        var decision = Decide(Raw() with { PartnerId = Rival.ToString() });

        Assert.False(decision.Has(FindingCode.GlobalPartnerId));
        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
    }

    [Fact]
    public void Evaluate_GlobalAccountId_ClaimLevelBlockingFindingOnEveryLine()
    {
        var decision = Decide(RawSalesAndService() with { PartnerId = GlobalAccount.ToString() });

        Assert.Equal(["GlobalPartnerId"], decision.Codes());
        var finding = decision.Single(FindingCode.GlobalPartnerId);
        Assert.Null(finding.Product);
        Assert.Equal(GlobalAccount.ToString(), finding.Detail);
        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
        Assert.All(decision.Lines, line => Assert.Equal(OutcomeKind.Rejected, line.Outcome));
    }

    [Fact]
    public void Evaluate_GlobalAccountIdOnMicrosoft365Claim_Fires()
    {
        Assert.Equal(["GlobalPartnerId"], Decide(RawM365() with { PartnerId = GlobalAccount.ToString() }).Codes());
    }
}
