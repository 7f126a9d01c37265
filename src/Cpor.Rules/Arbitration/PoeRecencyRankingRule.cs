namespace Cpor.Rules.Arbitration;

/// <summary>The newer customer acknowledgment of the proof of execution ranks higher (the most recent PoE counts, since July 2020).</summary>
internal sealed class PoeRecencyRankingRule : IRankingRule
{
    public string Name => "PoeRecency";

    public int Compare(Contender x, Contender y) => x.PoeAcknowledgedOn.CompareTo(y.PoeAcknowledgedOn);
}
