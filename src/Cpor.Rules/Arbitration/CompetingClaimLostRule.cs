using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility.Rules;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Arbitration;

/// <summary>
/// CPOR-025: a claimant ranked below first place in a decided contest, or below a tie for first place, loses. The
/// detail names at most three of the contenders in first place and counts the rest, so it never grows with the batch.
/// </summary>
[Name("CPOR-025"), Tag("line"), Tag("Blocking"), Description("Another eligible claim or the incumbent ranks above this line.")]
internal sealed class CompetingClaimLostRule() : CatalogueRule(FindingCode.CompetingClaimLost, RuleScope.Line, "seed, assumption")
{
    /// <summary>How many first-place contenders a detail names before it counts the rest.</summary>
    internal const int NamedLeaders = 3;

    public override void Define()
    {
        ArbitrationResult contest = null!;
        When().Match(() => contest, c => c.Ranking[c.Ranking.Count - 1].Rank > 1);
        Then().Do(_ => Report(contest));
    }

    private static void Report(ArbitrationResult contest)
    {
        var leaders = Leaders(contest);
        foreach (var place in contest.Ranking)
        {
            if (place.Rank > 1 && place.Contender.Fact is { } line)
            {
                line.Report(FindingCode.CompetingClaimLost, $"ranked {place.Rank} of {contest.Ranking.Count}; first: {leaders}");
            }
        }
    }

    private static string Leaders(ArbitrationResult contest)
    {
        var count = 0;
        while (count < contest.Ranking.Count && contest.Ranking[count].Rank == 1)
        {
            count++;
        }

        var named = string.Join(", ", contest.Ranking.Take(Math.Min(count, NamedLeaders)).Select(r => r.Contender));
        return count <= NamedLeaders ? named : $"{named} and {count - NamedLeaders} others";
    }
}
