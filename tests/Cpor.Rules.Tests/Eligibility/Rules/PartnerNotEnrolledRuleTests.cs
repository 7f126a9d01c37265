using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class PartnerNotEnrolledRuleTests
{
    [Fact]
    public void Evaluate_EnrolledPartner_DoesNotFire()
    {
        Decide(Raw()).ShouldNotHaveFinding(FindingCode.PartnerNotEnrolled);
    }

    [Fact]
    public void Evaluate_PartnerNotEnrolled_ClaimLevelAdvisoryAndOutcomeUnaffected()
    {
        Decide(RawSalesAndService() with { PartnerId = NotEnrolled.ToString() })
            .ShouldHaveFindings(FindingCode.PartnerNotEnrolled).ShouldHaveClaimFinding(FindingCode.PartnerNotEnrolled, "BusinessApplications")
            .ShouldBe(OutcomeKind.Eligible).ShouldBeOnEveryLine(OutcomeKind.Eligible);
        Assert.Equal(Severity.Advisory, FindingCode.PartnerNotEnrolled.Severity);
    }

    [Fact]
    public void Evaluate_EnrolledInTheOtherAreaOnly_Fires()
    {
        var businessApplicationsOnly = (SolutionArea area) => CporScenario.Create(area).WithPartner(enrolledIn: [SolutionArea.BusinessApplications]).DecideClaim();

        businessApplicationsOnly(SolutionArea.Microsoft365).ShouldHaveFindings(FindingCode.PartnerNotEnrolled)
            .ShouldHaveClaimFinding(FindingCode.PartnerNotEnrolled, "Microsoft365").ShouldBe(OutcomeKind.Eligible);
        businessApplicationsOnly(SolutionArea.BusinessApplications).ShouldNotHaveFinding(FindingCode.PartnerNotEnrolled);
    }

    [Fact]
    public void Evaluate_PartnerNotEnrolledOnRejectedClaim_StillRejected()
    {
        Decide(Raw() with { PartnerId = NotEnrolled.ToString(), SubmittedBy = "Other" })
            .ShouldHaveFindings(FindingCode.RoleNotAuthorized, FindingCode.PartnerNotEnrolled).ShouldBe(OutcomeKind.Rejected);
    }
}
