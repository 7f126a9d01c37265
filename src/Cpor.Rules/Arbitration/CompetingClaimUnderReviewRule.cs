using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility.Rules;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Arbitration;

/// <summary>CPOR-026: claimants that tie for first place go to manual review; never decided by time, claim ID or input order.</summary>
internal sealed class CompetingClaimUnderReviewRule() : CatalogueRule(
    FindingCode.CompetingClaimUnderReview,
    RuleScope.Line,
    "The line ties for first place in arbitration.",
    "seed, assumption")
{
    public override void Define(RuleBuilder rule)
        => rule.Match<ArbitrationResult>(contest => contest.Verdict == ArbitrationVerdict.ManualReview)
            .YieldMany<ArbitrationFinding>((contest, emit) =>
            {
                var tied = contest.Leaders.ToList();
                foreach (var leader in tied)
                {
                    if (leader.Line is { } line)
                    {
                        emit.Emit(new ArbitrationFinding(On(line, $"tied with {tied.Count - 1} other(s) on {contest.Key}"), contest));
                    }
                }
            });
}
