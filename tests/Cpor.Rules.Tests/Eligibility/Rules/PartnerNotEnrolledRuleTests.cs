using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class PartnerNotEnrolledRuleTests
{
    [Fact]
    public void Evaluate_EnrolledPartner_DoesNotFire()
    {
        Assert.False(Decide(Raw()).Has(FindingCode.PartnerNotEnrolled));
    }

    [Fact]
    public void Evaluate_PartnerNotEnrolled_ClaimLevelAdvisoryAndOutcomeUnaffected()
    {
        var decision = Decide(RawSalesAndService() with { PartnerId = NotEnrolled.ToString() });

        var finding = decision.Single(FindingCode.PartnerNotEnrolled);
        Assert.Null(finding.Product);
        Assert.Equal(Severity.Advisory, finding.Severity);
        Assert.Equal("BusinessApplications", finding.Detail);
        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.All(decision.Lines, line => Assert.Equal(OutcomeKind.Eligible, line.Outcome));
    }

    [Fact]
    public void Evaluate_EnrolledInTheOtherAreaOnly_Fires()
    {
        var partners = DefaultPartners.Select(p => p.Id == Scenario.Partner ? new Partner(p.Id, PartnerAccount.Location, [SolutionArea.BusinessApplications]) : p);

        var decision = Decide(RawM365(), Facts(partners: partners));

        Assert.Equal("Microsoft365", decision.Single(FindingCode.PartnerNotEnrolled).Detail);
        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.False(Decide(Raw(), Facts(partners: partners)).Has(FindingCode.PartnerNotEnrolled));
    }

    [Fact]
    public void Evaluate_PartnerNotEnrolledOnRejectedClaim_StillRejected()
    {
        var decision = Decide(Raw() with { PartnerId = NotEnrolled.ToString(), SubmittedBy = "Other" });

        Assert.Equal(["RoleNotAuthorized", "PartnerNotEnrolled"], decision.Codes());
        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
    }
}
