using Cpor.Rules.Domain;

namespace Cpor.Rules.Arbitration;

/// <summary>Ranks the contenders for one key by a policy: the work of the ranking rule (CPOR-D04).</summary>
internal static class Arbiter
{
    public static ArbitrationResult Rank(AssociationKey key, ReadOnlySpan<Contender> claimants, Contender? incumbent, RankingPolicy policy)
    {
        var contenders = new Contender[claimants.Length + (incumbent is null ? 0 : 1)];
        claimants.CopyTo(contenders);
        if (incumbent is not null)
        {
            contenders[^1] = incumbent;
        }

        // Best first by the policy; inside a tie, a listing order that does not depend on input order.
        Array.Sort(contenders, (x, y) =>
        {
            var (order, _) = policy.Compare(y, x);
            return order != 0 ? order : Listing(x, y);
        });

        var ranking = new RankedContender[contenders.Length];
        var rank = 1;
        for (var i = 0; i < contenders.Length; i++)
        {
            IRankingRule? separatedBy = null;
            if (i + 1 < contenders.Length)
            {
                (_, separatedBy) = policy.Compare(contenders[i], contenders[i + 1]);
            }

            ranking[i] = new RankedContender(rank, contenders[i], separatedBy?.Name);
            if (separatedBy is not null)
            {
                rank = i + 2;
            }
        }

        return new ArbitrationResult(key, ranking);
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> holds a key over <paramref name="holder"/> when a snapshot has several
    /// associations on it (normally one): latest approval, then latest PoE, then lowest partner ID.
    /// </summary>
    public static bool HoldsOver(Association candidate, Association holder)
        => candidate.ApprovedOn > holder.ApprovedOn
            || (candidate.ApprovedOn == holder.ApprovedOn && candidate.PoeAcknowledgedOn > holder.PoeAcknowledgedOn)
            || (candidate.ApprovedOn == holder.ApprovedOn && candidate.PoeAcknowledgedOn == holder.PoeAcknowledgedOn && candidate.PartnerId < holder.PartnerId);

    private static int Listing(Contender x, Contender y)
    {
        var byClaim = CompareNullable(x.ClaimId, y.ClaimId);
        if (byClaim != 0)
        {
            return byClaim;
        }

        var byPartner = x.PartnerId.CompareTo(y.PartnerId);
        return byPartner != 0 ? byPartner : (x.Line?.Index ?? -1).CompareTo(y.Line?.Index ?? -1);
    }

    private static int CompareNullable(ClaimId? x, ClaimId? y)
        => x is { } a ? (y is { } b ? a.CompareTo(b) : -1) : (y is null ? 0 : 1);
}
