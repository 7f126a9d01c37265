using Cpor.Rules.Domain;

namespace Cpor.Rules.Arbitration;

/// <summary>
/// A fact the library inserts for CPOR-D04: the admitted claimants on one association key and the incumbent, when at
/// least two parties compete. The library groups contenders by key with a dictionary; the rule ranks them.
/// </summary>
internal sealed class Contest(AssociationKey key, Contender[] claimants, Contender? incumbent)
{
    public AssociationKey Key { get; } = key;

    /// <summary>The claimants, in input order.</summary>
    public Contender[] Claimants { get; } = claimants;

    public Contender? Incumbent { get; } = incumbent;

    /// <summary>The ranking, once CPOR-D04 has fired.</summary>
    public ArbitrationResult? Result { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Key}: {Claimants.Length} claimant(s){(Incumbent is null ? string.Empty : " and the incumbent")}";
}
