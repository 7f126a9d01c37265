using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class MissingOrOldDatesRuleTests
{
    [Theory]
    [InlineData("2020-10-01", "2020-10-01")] // acknowledged on the submission day
    [InlineData("2020-10-01", "2020-09-30")]
    [InlineData("2020-10-01", "2019-10-01")] // exactly 12 months old
    [InlineData("2021-02-28", "2020-02-29")] // month-end: the leap day is younger than the limit
    [InlineData("2021-02-28", "2020-02-28")] // month-end: exactly 12 months, same day of the month
    [InlineData("2020-02-29", "2019-02-28")] // submitted on a leap day: the limit is the month's last day
    [InlineData("2020-03-31", "2019-03-31")]
    public void Evaluate_AcknowledgedWithinTheLimit_IsAccepted(string submitted, string acknowledged)
    {
        var decision = Decide(Submitted(submitted, acknowledged));

        Assert.False(decision.Has(FindingCode.MissingOrOldDates));
        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
    }

    [Theory]
    [InlineData("2020-10-01", "2020-10-02")] // one day after submission
    [InlineData("2020-10-01", "2021-10-01")]
    [InlineData("2020-10-01", "2019-09-30")] // one day older than 12 months
    [InlineData("2021-02-28", "2020-02-27")]
    [InlineData("2020-02-29", "2019-02-27")]
    [InlineData("2020-03-31", "2019-03-30")]
    public void Evaluate_AcknowledgedAfterSubmissionOrTooLongBefore_ClaimLevelActionRequired(string submitted, string acknowledged)
    {
        var decision = Decide((RawSalesAndService() with { SubmittedOn = submitted }).WithPoe(p => p with { CustomerAcknowledgedOn = acknowledged }));

        Assert.Equal(["MissingOrOldDates"], decision.Codes());
        var finding = decision.Single(FindingCode.MissingOrOldDates);
        Assert.Null(finding.Product);
        Assert.Contains(acknowledged, finding.Detail, StringComparison.Ordinal);
        Assert.Equal(OutcomeKind.ActionRequired, decision.Kind);
        Assert.All(decision.Lines, line => Assert.Equal(OutcomeKind.ActionRequired, line.Outcome));
    }

    [Fact]
    public void Evaluate_NoAcknowledgmentDate_Fires()
    {
        var decision = Decide(Raw().WithPoe(p => p with { CustomerAcknowledgedOn = null }));

        Assert.Equal("no acknowledgment date", decision.Single(FindingCode.MissingOrOldDates).Detail);
    }

    [Theory]
    [InlineData("2020-04-01", false)] // exactly 6 months
    [InlineData("2020-03-31", true)]
    public void Evaluate_ConfiguredAgeLimit_IsTheBoundary(string acknowledged, bool fires)
    {
        var rules = CporRuleSet.Create(new CporOptions { PoeAgeLimitMonths = 6 });

        var decision = Decide(Submitted("2020-10-01", acknowledged), rules: rules);

        Assert.Equal(fires, decision.Has(FindingCode.MissingOrOldDates));
        Assert.Contains("6 months", rules.Rules.Single(r => r.Id == "CPOR-019").Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OneMonthLimitFromMonthEnd_LastDayOfTheShorterMonthIsTheBoundary()
    {
        var rules = CporRuleSet.Create(new CporOptions { PoeAgeLimitMonths = 1 });

        Assert.False(Decide(Submitted("2021-03-31", "2021-02-28"), rules: rules).Has(FindingCode.MissingOrOldDates));
        Assert.True(Decide(Submitted("2021-03-31", "2021-02-27"), rules: rules).Has(FindingCode.MissingOrOldDates));
    }

    [Fact]
    public void Evaluate_UnreadableSubmissionDate_AgeIsNotJudged()
    {
        var decision = Decide(Submitted("2020-10-xx", "2010-01-01"));

        Assert.Equal(["InvalidClaimData"], decision.Codes());
    }

    private static UnvalidatedClaim Submitted(string submitted, string acknowledged)
        => (Raw() with { SubmittedOn = submitted }).WithPoe(p => p with { CustomerAcknowledgedOn = acknowledged });

    // The guard against a limit reaching before 0001-01 must not swallow a PoE that is too old early in the calendar.
    [Fact]
    public void Evaluate_SubmittedInYearTwoAcknowledgedMoreThanTheLimitBefore_Fires()
    {
        var decision = Decide(Submitted("0002-06-15", "0001-01-01"));

        Assert.Equal("acknowledged 0001-01-01, before 0001-06-15 (12 months before submission on 0002-06-15)", decision.Single(FindingCode.MissingOrOldDates).Detail);
    }

    // At the guard's boundary the limit reaches back to 0001-01 exactly; a PoE earlier in that month is still too old.
    [Fact]
    public void Evaluate_LimitReachingBackToTheFirstMonthAcknowledgedEarlierInIt_Fires()
    {
        var decision = Decide(Submitted("0002-01-15", "0001-01-01"));

        Assert.Equal("acknowledged 0001-01-01, before 0001-01-15 (12 months before submission on 0002-01-15)", decision.Single(FindingCode.MissingOrOldDates).Detail);
    }
}
