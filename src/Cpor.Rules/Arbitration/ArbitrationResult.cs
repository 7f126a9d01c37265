using Cpor.Rules.Domain;

namespace Cpor.Rules.Arbitration;

/// <summary>
/// A derived fact: the contest for one association key (rule <c>CPOR-D04</c>), with the full ranking and the verdict.
/// There is a contest wherever an eligible line meets another eligible line or another partner's incumbent association.
/// </summary>
public sealed class ArbitrationResult
{
    internal ArbitrationResult(AssociationKey key, IReadOnlyList<RankedContender> ranking)
    {
        Key = key;
        Ranking = ranking;
        var first = 0;
        while (first < ranking.Count && ranking[first].Rank == 1)
        {
            first++;
        }

        Verdict = first > 1 ? ArbitrationVerdict.ManualReview : ArbitrationVerdict.Decided;
    }

    /// <summary>The contested key.</summary>
    public AssociationKey Key { get; }

    /// <summary>Every contender, best first. Within a tie the order is by claim ID, for a stable listing only.</summary>
    public IReadOnlyList<RankedContender> Ranking { get; }

    /// <summary><see cref="ArbitrationVerdict.Decided"/>, or <see cref="ArbitrationVerdict.ManualReview"/> for a tie for first place.</summary>
    public ArbitrationVerdict Verdict { get; }

    /// <summary>The contenders in first place: one when decided, several when tied.</summary>
    public IEnumerable<Contender> Leaders => Ranking.Where(r => r.Rank == 1).Select(r => r.Contender);

    /// <inheritdoc />
    public override string ToString() => $"{Key}: {Verdict} ({string.Join(", ", Ranking.Select(r => $"{r.Rank}. {r.Contender}"))})";
}
