using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpor.Rules.Tests.Eligibility;

/// <summary>
/// DOMAIN.md section 4, "Outcome of a claim", sentence by sentence, and the place of a failed rule in it (section 8).
/// <see cref="OutcomePrecedenceTests"/> checks the same through whole evaluations.
/// </summary>
public sealed class OutcomePolicyTests
{
    private static readonly OutcomeKind[] LineOutcomes =
        [OutcomeKind.Eligible, OutcomeKind.ActionRequired, OutcomeKind.UnderReview, OutcomeKind.Rejected];

    // "Lines first: a line with any Blocking finding is Rejected;"
    [Fact]
    public void ForLine_BlockingFinding_Rejected()
        => Assert.Equal(OutcomeKind.Rejected, OutcomePolicy.ForLine(Severity.Blocking, faulted: false, tiedForFirst: false));

    // "else with any ActionRequired finding ActionRequired;"
    [Fact]
    public void ForLine_ActionRequiredFindingAndNoBlockingOne_ActionRequired()
        => Assert.Equal(OutcomeKind.ActionRequired, OutcomePolicy.ForLine(Severity.ActionRequired, faulted: false, tiedForFirst: false));

    // "else it is eligible and goes to arbitration": a line that needs action does not reach arbitration's tie.
    [Fact]
    public void ForLine_ActionRequiredFindingAndTiedForFirst_ActionRequired()
        => Assert.Equal(OutcomeKind.ActionRequired, OutcomePolicy.ForLine(Severity.ActionRequired, faulted: false, tiedForFirst: true));

    // "(won or uncontested: Eligible;"
    [Fact]
    public void ForLine_NoFindingWonOrUncontested_Eligible()
        => Assert.Equal(OutcomeKind.Eligible, OutcomePolicy.ForLine(null, faulted: false, tiedForFirst: false));

    // "lost: Rejected with CompetingClaimLost;"
    [Fact]
    public void ForLine_LostInArbitration_Rejected()
    {
        var mostPressing = OutcomePolicy.MorePressing(null, FindingCode.CompetingClaimLost.Severity);

        Assert.Equal(OutcomeKind.Rejected, OutcomePolicy.ForLine(mostPressing, faulted: false, tiedForFirst: false));
    }

    // "tied: UnderReview)."
    [Fact]
    public void ForLine_TiedForFirst_UnderReview()
        => Assert.Equal(OutcomeKind.UnderReview, OutcomePolicy.ForLine(null, faulted: false, tiedForFirst: true));

    // Section 8: "Precedence: a Blocking finding still rejects;"
    [Fact]
    public void ForLine_BlockingFindingAndFault_Rejected()
        => Assert.Equal(OutcomeKind.Rejected, OutcomePolicy.ForLine(Severity.Blocking, faulted: true, tiedForFirst: false));

    // Section 8: "otherwise EvaluationFault makes the claim UnderReview", even when the partner would have to act.
    [Fact]
    public void ForLine_FaultAndActionRequiredFinding_UnderReview()
        => Assert.Equal(OutcomeKind.UnderReview, OutcomePolicy.ForLine(Severity.ActionRequired, faulted: true, tiedForFirst: false));

    [Fact]
    public void ForLine_FaultAndNoFinding_UnderReview()
        => Assert.Equal(OutcomeKind.UnderReview, OutcomePolicy.ForLine(null, faulted: true, tiedForFirst: false));

    // "Claim-level findings (rules 000-006, 017-020, 022-023) apply to every line."
    [Theory]
    [InlineData("Blocking", "Rejected")]
    [InlineData("ActionRequired", "ActionRequired")]
    public void ForLine_ClaimLevelFindingOnALineWithoutFindingsOfItsOwn_CountsAsTheLines(string claimLevel, string expected)
    {
        var mostPressing = OutcomePolicy.MorePressing(Severity.Parse(claimLevel), null);

        Assert.Equal(OutcomeKind.Parse(expected), OutcomePolicy.ForLine(mostPressing, faulted: false, tiedForFirst: false));
    }

    // "Advisories never change an outcome."
    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void ForLine_AdvisoryFinding_SameAsNoFinding(bool faulted, bool tiedForFirst)
    {
        foreach (var other in new[] { null, Severity.Blocking, Severity.ActionRequired, Severity.Advisory })
        {
            Assert.Equal(
                OutcomePolicy.ForLine(other, faulted, tiedForFirst),
                OutcomePolicy.ForLine(OutcomePolicy.MorePressing(other, Severity.Advisory), faulted, tiedForFirst));
        }
    }

    [Fact]
    public void MorePressing_AnyTwo_BlockingThenActionRequiredThenAdvisoryThenNone()
    {
        Severity?[] mostPressingFirst = [Severity.Blocking, Severity.ActionRequired, Severity.Advisory, null];
        for (var i = 0; i < mostPressingFirst.Length; i++)
        {
            for (var j = i; j < mostPressingFirst.Length; j++)
            {
                Assert.Equal(mostPressingFirst[i], OutcomePolicy.MorePressing(mostPressingFirst[i], mostPressingFirst[j]));
                Assert.Equal(mostPressingFirst[i], OutcomePolicy.MorePressing(mostPressingFirst[j], mostPressingFirst[i]));
            }
        }
    }

    // "Claim outcome: every line Eligible: Eligible;"
    [Fact]
    public void Combine_EveryLineEligible_Eligible()
        => Assert.Equal(OutcomeKind.Eligible, ClaimOf(OutcomeKind.Eligible, OutcomeKind.Eligible, OutcomeKind.Eligible));

    // "every line Rejected: Rejected;"
    [Fact]
    public void Combine_EveryLineRejected_Rejected()
        => Assert.Equal(OutcomeKind.Rejected, ClaimOf(OutcomeKind.Rejected, OutcomeKind.Rejected, OutcomeKind.Rejected));

    // "otherwise the most pressing of ActionRequired, UnderReview, then PartiallyEligible": ActionRequired first.
    [Theory]
    [InlineData("ActionRequired", "UnderReview")]
    [InlineData("UnderReview", "ActionRequired")]
    [InlineData("ActionRequired", "Eligible")]
    [InlineData("Rejected", "ActionRequired")]
    public void Combine_ALineNeedsAction_ActionRequiredWhateverTheOtherLineAndOrder(string first, string second)
        => Assert.Equal(OutcomeKind.ActionRequired, ClaimOf(OutcomeKind.Parse(first), OutcomeKind.Parse(second)));

    [Fact]
    public void Combine_ActionRequiredUnderReviewEligibleAndRejectedLines_ActionRequired()
        => Assert.Equal(
            OutcomeKind.ActionRequired,
            ClaimOf(OutcomeKind.UnderReview, OutcomeKind.Eligible, OutcomeKind.Rejected, OutcomeKind.ActionRequired));

    // "... UnderReview, then ...": under review before partially eligible.
    [Theory]
    [InlineData("UnderReview", "Eligible")]
    [InlineData("Rejected", "UnderReview")]
    public void Combine_ALineUnderReviewAndNoneNeedsAction_UnderReview(string first, string second)
        => Assert.Equal(OutcomeKind.UnderReview, ClaimOf(OutcomeKind.Parse(first), OutcomeKind.Parse(second)));

    [Fact]
    public void Combine_UnderReviewEligibleAndRejectedLines_UnderReview()
        => Assert.Equal(OutcomeKind.UnderReview, ClaimOf(OutcomeKind.Eligible, OutcomeKind.Rejected, OutcomeKind.UnderReview));

    // "... then PartiallyEligible (some lines eligible, some rejected: reviewers ask to remove products)."
    [Theory]
    [InlineData("Eligible", "Rejected")]
    [InlineData("Rejected", "Eligible")]
    public void Combine_SomeLinesEligibleSomeRejected_PartiallyEligible(string first, string second)
        => Assert.Equal(OutcomeKind.PartiallyEligible, ClaimOf(OutcomeKind.Parse(first), OutcomeKind.Parse(second)));

    [Fact]
    public void Combine_OneLine_ItsOutcome()
    {
        foreach (var line in LineOutcomes)
        {
            Assert.Equal(line, ClaimOf(line));
        }
    }

    /// <summary>Section 4's claim sentence read literally, over any lines in any order.</summary>
    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Combine_AnyLinesInAnyOrder_AsSection4Says(OutcomeKind[] lines)
    {
        var expected = lines.All(l => l == OutcomeKind.Eligible) ? OutcomeKind.Eligible
            : lines.All(l => l == OutcomeKind.Rejected) ? OutcomeKind.Rejected
            : lines.Any(l => l == OutcomeKind.ActionRequired) ? OutcomeKind.ActionRequired
            : lines.Any(l => l == OutcomeKind.UnderReview) ? OutcomeKind.UnderReview
            : OutcomeKind.PartiallyEligible;

        return ClaimOf(lines) == expected && ClaimOf([.. Enumerable.Reverse(lines)]) == expected;
    }

    // A claim none of whose products could be read has no line: its claim-level findings decide, as for a line.
    [Theory]
    [InlineData("Blocking", true, "Rejected")]
    [InlineData("ActionRequired", true, "UnderReview")]
    [InlineData("ActionRequired", false, "ActionRequired")]
    [InlineData("Advisory", false, "Eligible")]
    [InlineData(null, false, "Eligible")]
    public void ForClaimWithoutLines_ClaimLevelFindings_DecideAsForALine(string? claimLevel, bool faulted, string expected)
    {
        var severity = claimLevel is null ? null : Severity.Parse(claimLevel);

        Assert.Equal(OutcomeKind.Parse(expected), OutcomePolicy.ForClaimWithoutLines(severity, faulted));
    }

    private static OutcomeKind ClaimOf(params OutcomeKind[] lines) => lines.Aggregate(OutcomePolicy.Combine);

    public static class Arbitraries
    {
        public static Arbitrary<OutcomeKind[]> Lines()
            => (from count in Gen.Choose(1, 6)
                from lines in Gen.Elements(LineOutcomes).ArrayOf(count)
                select lines).ToArbitrary();
    }

    [Theory]
    [InlineData("TenantNotFound", true)] // Blocking
    [InlineData("MissingAllPoe", true)] // ActionRequired
    [InlineData("AssociationOnly", false)] // Advisory
    [InlineData("CompetingClaimUnderReview", false)] // no severity
    public void KeepsOutOfArbitration_FindingBySeverity_OnlyBlockingAndActionRequired(string code, bool keptOut)
        => Assert.Equal(keptOut, OutcomePolicy.KeepsOutOfArbitration(FindingCode.Parse(code).Severity));
}
