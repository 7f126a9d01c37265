using Cpor.Rules.Domain;
using Cpor.Rules.Evaluation;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class DuplicateClaimRuleTests
{
    [Fact]
    public void EvaluateBatch_OneClaimPerKey_DoesNotFire()
    {
        var result = DecideBatch([Raw("C-1"), RawM365("M-1"), Raw("C-2") with { Products = [ServiceProduct], SubscriptionId = ServiceOne.ToString() }]);

        Assert.All(result.Decisions, d => Assert.Equal(OutcomeKind.Eligible, d.Kind));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EvaluateBatch_SamePartnerSameKey_EarliestSubmissionKeptWhateverTheInputOrder(bool laterFirst)
    {
        var earlier = Raw("C-2") with { SubmittedOn = "2020-09-30" };
        var later = Raw("C-1");
        UnvalidatedClaim[] batch = laterFirst ? [later, earlier] : [earlier, later];

        var result = DecideBatch(batch);

        var kept = Assert.Single(result.Decisions, d => d.ClaimId == ClaimId.Parse("C-2"));
        var flagged = Assert.Single(result.Decisions, d => d.ClaimId == ClaimId.Parse("C-1"));
        Assert.Equal(OutcomeKind.Eligible, kept.Kind);
        Assert.Empty(kept.Findings);
        var finding = flagged.Single(FindingCode.DuplicateClaim);
        Assert.Equal(SalesProduct, finding.Product);
        Assert.Equal("kept: claim C-2", finding.Detail);
        Assert.Equal(OutcomeKind.Rejected, flagged.Kind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EvaluateBatch_SameSubmissionDate_LowestClaimIdKeptByOrdinalOrder(bool reversed)
    {
        // Ordinal: "C-10" sorts before "C-9".
        UnvalidatedClaim[] batch = reversed ? [Raw("C-9"), Raw("C-10")] : [Raw("C-10"), Raw("C-9")];

        var result = DecideBatch(batch);

        Assert.Equal(OutcomeKind.Eligible, Assert.Single(result.Decisions, d => d.ClaimId == ClaimId.Parse("C-10")).Kind);
        var flagged = Assert.Single(result.Decisions, d => d.ClaimId == ClaimId.Parse("C-9"));
        Assert.Equal("kept: claim C-10", flagged.Single(FindingCode.DuplicateClaim).Detail);
    }

    [Fact]
    public void EvaluateBatch_ThreeClaimsOnOneKey_BothLaterOnesFlagged()
    {
        var result = DecideBatch([Raw("C-1"), Raw("C-2") with { SubmittedOn = "2020-09-30" }, Raw("C-3")]);

        Assert.Equal(["DuplicateClaim"], result.Decisions[0].Codes());
        Assert.Empty(result.Decisions[1].Findings);
        Assert.Equal(["DuplicateClaim"], result.Decisions[2].Codes());
        Assert.Equal([OutcomeKind.Rejected, OutcomeKind.Eligible, OutcomeKind.Rejected], result.Decisions.Select(d => d.Kind));
        Assert.All([result.Decisions[0], result.Decisions[2]], d => Assert.Equal("kept: claim C-2", d.Findings[0].Detail));
    }

    [Fact]
    public void EvaluateBatch_DuplicateOfOneLine_OnlyThatLineFlagged()
    {
        var result = DecideBatch([Raw("C-1") with { SubmittedOn = "2020-09-30" }, RawSalesAndService("C-2")]);

        var both = result.Decisions[1];
        Assert.Equal(SalesProduct, both.Single(FindingCode.DuplicateClaim).Product);
        Assert.Equal(OutcomeKind.Rejected, both.Line(SalesProduct).Outcome);
        Assert.Equal(OutcomeKind.Eligible, both.Line(ServiceProduct).Outcome);
        Assert.Empty(both.Line(ServiceProduct).Findings);
        Assert.Equal(OutcomeKind.PartiallyEligible, both.Kind);
    }

    [Fact]
    public void EvaluateBatch_DifferentPartnersSameKey_NoDuplicateButArbitration()
    {
        var result = DecideBatch([Raw("C-1"), Raw("C-2") with { PartnerId = Rival.ToString() }]);

        Assert.DoesNotContain(result.Decisions, d => d.Has(FindingCode.DuplicateClaim));
        Assert.Single(result.Arbitrations);
    }

    [Fact]
    public void Evaluate_SameKeyTwiceInOneClaim_LaterLineFlagged()
    {
        var decision = Decide(Raw() with { Products = [SalesProduct, "DYNAMICS 365 SALES"] });

        Assert.Equal("DYNAMICS 365 SALES", decision.Single(FindingCode.DuplicateClaim).Product);
        Assert.Equal(OutcomeKind.Eligible, decision.Line(SalesProduct).Outcome);
        Assert.Equal(OutcomeKind.PartiallyEligible, decision.Kind);
    }

    [Fact]
    public void EvaluateBatch_SameWorkloadTwice_LaterFlagged()
    {
        var result = DecideBatch([RawM365("M-1"), RawM365("M-2") with { Products = ["teams"] }]);

        Assert.False(result.Decisions[0].Has(FindingCode.DuplicateClaim));
        Assert.Equal("teams", result.Decisions[1].Single(FindingCode.DuplicateClaim).Product);
    }

    [Fact]
    public void EvaluateBatch_EarliestClaimHasOtherFindings_ItIsStillTheOneKept()
    {
        var earliest = Raw("C-1").WithPoe(p => p with { DescribesPartnerService = false }) with { SubmittedOn = "2020-09-30" };

        var result = DecideBatch([earliest, Raw("C-2")]);

        Assert.Equal(["MissingPartnerService"], result.Decisions[0].Codes());
        Assert.Equal(["DuplicateClaim"], result.Decisions[1].Codes());
    }

    [Fact]
    public void EvaluateBatch_Parallel_FlagsTheSameLines()
    {
        UnvalidatedClaim[] batch = [Raw("C-1"), Raw("C-2") with { SubmittedOn = "2020-09-30" }, Raw("C-3"), RawM365("M-1"), RawM365("M-2")];

        var parallel = Cpor.Rules.Evaluation.CporRuleSet.Default.EvaluateBatch(batch.Select(Claim), Facts(), Runs.Parallel);

        Assert.Equal(
            DecideBatch(batch).Decisions.Select(d => string.Join(",", d.Codes())),
            parallel.Decisions.Select(d => string.Join(",", d.Codes())));
    }

    [Fact]
    public void Evaluate_DuplicatesWithoutReadableClaimIds_DetailSaysTheKeptClaimHasNoId()
    {
        var result = DecideBatch([Raw() with { ClaimId = null }, Raw() with { ClaimId = null }]);

        Assert.Equal("kept: claim (no id)", result.Decisions[1].Single(FindingCode.DuplicateClaim).Detail);
    }
}
