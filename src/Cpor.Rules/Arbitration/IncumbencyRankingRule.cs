namespace Cpor.Rules.Arbitration;

/// <summary>The incumbent ranks above a claimant (used after PoE recency: on equal dates, the current owner keeps the key).</summary>
internal sealed class IncumbencyRankingRule : IRankingRule
{
    public string Name => "Incumbency";

    public int Compare(Contender x, Contender y) => x.IsIncumbent.CompareTo(y.IsIncumbent);
}
