using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Arbitration;

/// <summary>
/// CPOR-D04: collects the contenders of each association key, adds the incumbent (another partner's approved
/// association on the key) and, where at least two compete, ranks them by the policy.
/// </summary>
internal sealed class ArbitrationRule(RankingPolicy policy) : Rule
{
    public override RuleMetadata Metadata { get; } = new("CPOR-D04", "RankContenders")
    {
        Description = "Ranks the eligible lines on one association key together with the incumbent, by the ranking policy.",
        Basis = "seed, assumption",
        Tags = ["derivation", "arbitration"],
    };

    public override void Define(RuleBuilder rule)
        => rule.Collect<Contender, AssociationKey>(c => c.Key)
            .JoinAll(CporIndexes.AssociationsByKey, group => group.Key)
            .YieldMany<ArbitrationResult>((group, associations, emit) =>
            {
                var incumbent = Arbiter.Incumbent(associations);
                if (group.Count + (incumbent is null ? 0 : 1) < 2)
                {
                    return;
                }

                emit.Emit(Arbiter.Rank(group.Key, group.Items, incumbent is null ? null : Contender.ForIncumbent(incumbent), policy));
            });
}
