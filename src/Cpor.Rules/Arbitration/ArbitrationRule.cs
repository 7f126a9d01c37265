using NRules.Fluent.Dsl;

namespace Cpor.Rules.Arbitration;

/// <summary>
/// CPOR-D04: ranks the admitted contenders of one association key together with the incumbent (another partner's
/// approved association on the key) by the ranking policy of the options.
/// </summary>
[Name("CPOR-D04"), Tag("derivation"), Tag("arbitration")]
[Description("Ranks the eligible lines on one association key together with the incumbent, by the ranking policy.")]
internal sealed class ArbitrationRule(RankingPolicy policy) : Rule
{
    public override void Define()
    {
        Contest contest = null!;
        When().Match(() => contest, c => c.Claimants.Length + (c.Incumbent == null ? 0 : 1) > 1);
        Then().Do(_ => Rank(contest));
    }

    private void Rank(Contest contest) => contest.Result = Arbiter.Rank(contest.Key, contest.Claimants, contest.Incumbent, policy);
}
