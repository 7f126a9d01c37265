using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility.Rules;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Arbitration;

/// <summary>CPOR-025: a claimant ranked below first place in a decided contest, or below a tie for first place, loses.</summary>
internal sealed class CompetingClaimLostRule() : CatalogueRule(
    FindingCode.CompetingClaimLost,
    RuleScope.Line,
    "Another eligible claim or the incumbent ranks above this line.",
    "seed, assumption")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<ArbitrationResult>().YieldMany<ArbitrationFinding>((contest, emit) =>
        {
            var leaders = string.Join(", ", contest.Leaders);
            foreach (var place in contest.Ranking)
            {
                if (place.Rank > 1 && place.Contender.Line is { } line)
                {
                    emit.Emit(new ArbitrationFinding(On(line, $"ranked {place.Rank} of {contest.Ranking.Count}; first: {leaders}"), contest));
                }
            }
        });
}
