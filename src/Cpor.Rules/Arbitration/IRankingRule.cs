namespace Cpor.Rules.Arbitration;

/// <summary>
/// One criterion of a ranking policy. It must be a total preorder: comparing is consistent (antisymmetric in sign)
/// and transitive, and it must not look at submission time, claim IDs or input order.
/// </summary>
public interface IRankingRule
{
    /// <summary>
    /// The name that reports which rule separated two adjacent contenders, for example <c>PoeRecency</c>. Must not be
    /// blank and must be unique within a policy (<see cref="RankingPolicy.Create"/> refuses the rule otherwise).
    /// </summary>
    string Name { get; }

    /// <summary>Compares two contenders.</summary>
    /// <returns>Positive when <paramref name="x"/> ranks above <paramref name="y"/>, negative when below, 0 when this rule does not separate them.</returns>
    int Compare(Contender x, Contender y);
}
