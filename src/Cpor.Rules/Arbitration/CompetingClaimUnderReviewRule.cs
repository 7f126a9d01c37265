using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility.Rules;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Arbitration;

/// <summary>CPOR-026: claimants that tie for first place go to manual review; never decided by time, claim ID or input order.</summary>
[Name("CPOR-026"), Tag("line"), Tag("Review"), Description("The line ties for first place in arbitration.")]
internal sealed class CompetingClaimUnderReviewRule() : CatalogueRule(FindingCode.CompetingClaimUnderReview, RuleScope.Line, "seed, assumption")
{
    public override void Define()
    {
        ArbitrationResult contest = null!;
        When().Match(() => contest, c => c.Verdict == ArbitrationVerdict.ManualReview);
        Then().Do(_ => Report(contest));
    }

    private static void Report(ArbitrationResult contest)
    {
        var tied = 0;
        while (tied < contest.Ranking.Count && contest.Ranking[tied].Rank == 1)
        {
            tied++;
        }

        for (var i = 0; i < tied; i++)
        {
            if (contest.Ranking[i].Contender.Fact is { } line)
            {
                line.Report(FindingCode.CompetingClaimUnderReview, $"tied with {tied - 1} other(s) on {contest.Key}");
            }
        }
    }
}
