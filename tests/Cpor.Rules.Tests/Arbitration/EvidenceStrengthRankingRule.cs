using Cpor.Rules.Arbitration;

namespace Cpor.Rules.Tests.Arbitration;

/// <summary>
/// A consumer's own ranking rule, as a company might append one: the PoE that lists more products is the stronger
/// evidence and ranks higher. The incumbent brings no PoE document to compare, so it scores 0. Comparing scores keeps
/// the rule a total preorder, as <see cref="IRankingRule"/> requires.
/// </summary>
internal sealed class EvidenceStrengthRankingRule : IRankingRule
{
    public static EvidenceStrengthRankingRule Instance { get; } = new();

    public string Name => "EvidenceStrength";

    public int Compare(Contender x, Contender y) => Score(x).CompareTo(Score(y));

    private static int Score(Contender contender) => contender.Line?.Claim.ProofOfExecution?.Products.Count ?? 0;
}
