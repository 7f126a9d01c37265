using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using NRules.Fluent.Dsl;
using static Cpor.Rules.Tests.Arbitration.ArbitrationScenario;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Evaluation;

/// <summary>DOMAIN.md section 8: a rule that fails is the library's fault; the claim goes to a reviewer and leaves the contest.</summary>
public sealed class EvaluationFaultTests
{
    private static readonly UnvalidatedClaim[] Three =
    [
        Claimant("C-1", Scenario.Partner, "2020-09-01"),
        Claimant("C-2", Rival, "2020-09-20"),
        Claimant("C-3", Third, "2020-09-05"),
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EvaluateBatch_ConsumerRuleThrowsForTheWinner_OthersDecidedAsIfItWereAbsent(bool inCondition)
    {
        var rules = CporRuleSet.Create(additionalRules: [new FailsOnClaimRule("C-2", inCondition)]);

        var result = DecideBatch(Three, rules: rules);
        var without = DecideBatch([Three[0], Three[2]], rules: rules);

        var faulted = result.Decision("C-2");
        Assert.Equal(OutcomeKind.UnderReview, faulted.Kind);
        Assert.Equal(["EvaluationFault"], faulted.Codes());
        Assert.Empty(faulted.Arbitrations);
        Assert.Equal(without.Decision("C-1").Codes(), result.Decision("C-1").Codes());
        Assert.Equal(OutcomeKind.Rejected, result.Decision("C-1").Kind);
        Assert.Equal(OutcomeKind.Eligible, result.Decision("C-3").Kind);
        Assert.Equal([("C-3", 1, "PoeRecency"), ("C-1", 2, null)], Assert.Single(result.Arbitrations).Entries());
    }

    [Fact]
    public void EvaluateBatch_ConsumerRuleThrows_MessageNamesTheRuleNeverTheException()
    {
        var rules = CporRuleSet.Create(additionalRules: [new FailsOnClaimRule("C-2", inCondition: true)]);

        var finding = Assert.Single(DecideBatch(Three, rules: rules).Decision("C-2").Findings);

        Assert.Equal("CPOR-900", finding.RuleId);
        Assert.Null(finding.Severity);
        Assert.Equal("rule ACME-900 failed", finding.Detail);
        foreach (var culture in new[] { "en", "ko-KR" })
        {
            var text = finding.Text(System.Globalization.CultureInfo.GetCultureInfo(culture));
            Assert.DoesNotContain("secret", text.Message, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(text.Remediation));
        }
    }

    [Fact]
    public void EvaluateBatch_ConsumerRuleThrows_FaultListNamesRuleClaimAndException()
    {
        var rules = CporRuleSet.Create(additionalRules: [new FailsOnClaimRule("C-2", inCondition: false)]);

        var fault = Assert.Single(DecideBatch(Three, rules: rules).Faults);

        Assert.Equal("ACME-900", fault.RuleId);
        Assert.Equal("C-2", Assert.Single(fault.Claims).Id!.Value.Value);
        Assert.Equal("secret: C-2", fault.Exception.Message);
    }

    [Fact]
    public void EvaluateBatch_FaultedClaimWithBlockingFinding_StillRejected()
    {
        var rules = CporRuleSet.Create(additionalRules: [new FailsOnClaimRule("C-2", inCondition: true)]);
        var blocked = Three[1] with { SubmittedBy = "IncentivesUser" };

        var decision = DecideBatch([Three[0], blocked, Three[2]], rules: rules).Decision("C-2");

        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
        Assert.Equal(["RoleNotAuthorized", "EvaluationFault"], decision.Codes());
    }

    [Fact]
    public void EvaluateBatch_FaultedClaimThatWouldDuplicate_DoesNotMakeTheOtherADuplicate()
    {
        // C-0 is submitted earlier by the same partner on the same key: without the fault, C-1 would be the duplicate.
        var earlier = Raw("C-0") with { SubmittedOn = "2020-09-30" };
        var rules = CporRuleSet.Create(additionalRules: [new FailsOnClaimRule("C-0", inCondition: true)]);

        var result = DecideBatch([earlier, Raw("C-1")], rules: rules);

        Assert.Equal(OutcomeKind.Eligible, result.Decision("C-1").Kind);
        Assert.Equal(["EvaluationFault"], result.Decision("C-0").Codes());
    }

    [Fact]
    public void EvaluateBatch_RankingFailsOnOneKey_TheFaultedClaimsOtherContestIsFormedAgainWithoutIt()
    {
        // A contends on Teams (against B) and on Exchange (against C and the incumbent). Ranking Teams fails, so A and B
        // are faulted; Exchange is ranked again without A: the incumbent's newer PoE beats C.
        var rules = CporRuleSet.Create(new CporOptions { Ranking = RankingPolicy.Default.Then(new FailsOnPartner(Rival)) });
        var facts = Facts(associations: [HoldsWorkload(NotEnrolled, "Exchange", Day("2020-08-01"))]);
        var a = RawM365("A") with { Products = ["Teams", "Exchange"] };
        var b = ClaimantM365("B", Rival, "2020-09-15");
        var c = (RawM365("C") with { PartnerId = Third.ToString(), Products = ["Exchange"] }).WithPoe(p => p with { CustomerAcknowledgedOn = "2020-06-01" });

        var result = DecideBatch([a, b, c], facts, rules);

        Assert.Equal(["EvaluationFault"], result.Decision("A").Codes());
        Assert.Equal(["EvaluationFault"], result.Decision("B").Codes());
        Assert.Equal(OutcomeKind.Rejected, result.Decision("C").Kind);
        Assert.Equal(["CompetingClaimLost"], result.Decision("C").Codes());
        Assert.Equal([($"incumbent {NotEnrolled}", 1, "PoeRecency"), ("C", 2, null)], Assert.Single(result.Arbitrations).Entries());
        Assert.Equal("CPOR-D04", Assert.Single(result.Faults).RuleId);
    }

    [Fact]
    public void EvaluateBatch_ActionReportsThenThrows_WhatItReportedIsWithdrawn()
    {
        var rules = CporRuleSet.Create(additionalRules: [new ReportsThenFails()]);

        var decision = Decide(Raw(), rules: rules);

        Assert.Equal(OutcomeKind.UnderReview, decision.Kind);
        Assert.Equal(["EvaluationFault"], decision.Codes());
    }

    [Theory]
    [InlineData("0001-01-01", "0001-01-01")]
    [InlineData("0001-01-01", "9999-12-31")]
    [InlineData("9999-12-31", "9999-12-31")]
    [InlineData("9999-12-31", "0001-01-01")]
    [InlineData("0001-12-31", "0001-01-01")]
    public void EvaluateBatch_ExtremeDates_CatalogueDecidesWithoutFault(string acknowledged, string submitted)
    {
        var raw = (Raw() with { SubmittedOn = submitted }).WithPoe(p => p with { CustomerAcknowledgedOn = acknowledged });
        var incumbentOnKey = Facts(associations: [Holds(Rival, Sales, DateOnly.MinValue), Holds(Third, ServiceOne, DateOnly.MaxValue.AddDays(-10))]);

        var result = DecideBatch([raw, Raw("C-2") with { PartnerId = Third.ToString(), SubmittedOn = submitted }], incumbentOnKey);

        Assert.Empty(result.Faults);
        Assert.DoesNotContain(result.Decisions.SelectMany(d => d.Findings), f => f.Code == FindingCode.EvaluationFault);
    }

    /// <summary>A ranking rule of a consumer's with a defect that shows when it meets one partner.</summary>
    private sealed class FailsOnPartner(PartnerId partner) : IRankingRule
    {
        public string Name => "LowestPartnerId";

        public int Compare(Contender x, Contender y)
            => x.PartnerId == partner || y.PartnerId == partner ? throw new InvalidOperationException("ranking defect") : y.PartnerId.CompareTo(x.PartnerId);
    }

    /// <summary>A rule whose action reports a Blocking finding, then throws.</summary>
    [Name("ACME-901")]
    private sealed class ReportsThenFails : Rule
    {
        private static readonly FindingCode Code = FindingCode.Custom(
            "HalfDone", 1901, "ACME-901", Severity.Blocking, new FindingText("Half done", "Reported before the defect.", "None."));

        public override void Define()
        {
            ClaimFact claim = null!;
            When().Match(() => claim);
            Then().Do(_ => Act(claim));
        }

        private static void Act(ClaimFact claim)
        {
            claim.Report(Code, null);
            throw new InvalidOperationException("defect after reporting");
        }
    }

    /// <summary>A consumer's rule with a defect that shows on one claim only, in its condition or in its action.</summary>
    [Name("ACME-900")]
    private sealed class FailsOnClaimRule(string claimId, bool inCondition) : Rule
    {
        public override void Define()
        {
            ClaimFact claim = null!;
            When().Match(() => claim, c => !inCondition || Fail(c));
            Then().Do(_ => Act(claim));
        }

        private bool Fail(ClaimFact claim) => claim.Claim.Id!.Value.Value == claimId ? throw new InvalidOperationException($"secret: {claimId}") : false;

        private void Act(ClaimFact claim)
        {
            if (!inCondition)
            {
                Fail(claim);
            }
        }
    }
}
