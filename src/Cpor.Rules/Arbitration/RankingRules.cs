namespace Cpor.Rules.Arbitration;

/// <summary>The built-in ranking rules.</summary>
public static class RankingRules
{
    /// <summary>The newer customer acknowledgment on the PoE ranks higher. Named <c>PoeRecency</c>.</summary>
    public static IRankingRule PoeRecency { get; } = new PoeRecencyRankingRule();

    /// <summary>The incumbent ranks above a claimant. Named <c>Incumbency</c>.</summary>
    public static IRankingRule Incumbency { get; } = new IncumbencyRankingRule();
}
