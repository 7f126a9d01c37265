using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class InvalidClaimDataRuleTests
{
    [Fact]
    public void Evaluate_EveryFieldReadable_DoesNotFire()
    {
        var decision = Decide(Raw());

        Assert.False(decision.Has(FindingCode.InvalidClaimData));
        Assert.Empty(decision.Claim.DataErrors);
    }

    /// <summary>
    /// One unreadable field at a time: exactly one <c>InvalidClaimData</c> finding naming the field, on the claim, and
    /// nothing else (the checks that need the field do not run: they would only repeat the cause).
    /// </summary>
    [Theory]
    [InlineData("claimId")]
    [InlineData("partnerId")]
    [InlineData("submittedBy")]
    [InlineData("tenantId")]
    [InlineData("customerDomain")]
    [InlineData("solutionArea")]
    [InlineData("activity")]
    [InlineData("submittedOn")]
    [InlineData("products")]
    [InlineData("products[1]")]
    [InlineData("proofOfExecution.customerAcknowledgedOn")]
    [InlineData("proofOfExecution.describesPartnerService")]
    [InlineData("proofOfExecution.products[0]")]
    public void Evaluate_OneUnreadableField_OneClaimLevelFindingNamingTheField(string field)
    {
        var decision = Decide(WithBad(field));

        var finding = Assert.Single(decision.Findings);
        Assert.Equal(FindingCode.InvalidClaimData, finding.Code);
        Assert.Null(finding.Product);
        Assert.StartsWith($"{field}: ", finding.Detail, StringComparison.Ordinal);
        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
        Assert.All(decision.Lines, line => Assert.Equal(OutcomeKind.Rejected, line.Outcome));
    }

    [Fact]
    public void Evaluate_SeveralUnreadableFields_OneFindingPerField()
    {
        var raw = Raw() with { PartnerId = "44-123", Activity = "Selling", TenantId = "not-a-guid" };

        var decision = Decide(raw);

        Assert.All(decision.Findings, f => Assert.Equal(FindingCode.InvalidClaimData, f.Code));
        Assert.Equal(
            ["activity", "partnerId", "tenantId"],
            decision.Findings.Select(f => f.Detail![..f.Detail!.IndexOf(':', StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Evaluate_EnumNameInOtherLetterCase_IsUnreadable()
    {
        var decision = Decide(Raw() with { SubmittedBy = "incentivesAdmin" });

        Assert.Equal(["InvalidClaimData"], decision.Codes());
        Assert.Contains("incentivesAdmin", decision.Single(FindingCode.InvalidClaimData).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ErrorFoundByTheReader_IsReportedAsItIs()
    {
        var raw = Raw() with { ReadErrors = [new ClaimDataError("comments", "42", "a number where text was expected")] };

        var decision = Decide(raw);

        Assert.Equal("comments: a number where text was expected", decision.Single(FindingCode.InvalidClaimData).Detail);
        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
    }

    [Fact]
    public void Evaluate_BlankProductAmongGoodOnes_GoodLinesAreStillJudgedButRejectedWithTheClaim()
    {
        var raw = Raw() with { Products = [SalesProduct, "  "] };

        var decision = Decide(raw);

        var line = Assert.Single(decision.Lines);
        Assert.Equal(SalesProduct, line.Product);
        Assert.Equal(Sales, line.SubscriptionId);
        Assert.Equal(OutcomeKind.Rejected, line.Outcome);
    }

    private static UnvalidatedClaim WithBad(string field) => field switch
    {
        "claimId" => Raw() with { ClaimId = null },
        "partnerId" => Raw() with { PartnerId = "44-123" },
        "submittedBy" => Raw() with { SubmittedBy = "Owner" },
        "tenantId" => Raw() with { TenantId = "not-a-guid" },
        "customerDomain" => Raw() with { CustomerDomain = "contoso" },
        "solutionArea" => Raw() with { SolutionArea = "Dynamics" },
        "activity" => Raw() with { Activity = "usage" },
        "submittedOn" => Raw() with { SubmittedOn = "2020-10-32" },
        "products" => Raw() with { Products = [] },
        "products[1]" => Raw() with { Products = [SalesProduct, ""] },
        "proofOfExecution.customerAcknowledgedOn" => Raw().WithPoe(p => p with { CustomerAcknowledgedOn = "15/09/2020" }),
        "proofOfExecution.describesPartnerService" => Raw().WithPoe(p => p with { DescribesPartnerService = null }),
        "proofOfExecution.products[0]" => Raw().WithPoe(p => p with { Products = [" ", .. p.Products!] }),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No such field in this test."),
    };
}
