using Cpor.Rules.Arbitration;

namespace Cpor.Rules.Tests.Arbitration;

/// <summary>A ranking rule made of a name and a comparison, for policy tests that need a rule with a given behaviour.</summary>
internal sealed class DelegateRankingRule(string name, Func<Contender, Contender, int> compare) : IRankingRule
{
    public string Name => name;

    public int Compare(Contender x, Contender y) => compare(x, y);
}
