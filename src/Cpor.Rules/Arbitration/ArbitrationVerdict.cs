using Ardalis.SmartEnum;

namespace Cpor.Rules.Arbitration;

/// <summary>The result of a contest for one association key.</summary>
public sealed class ArbitrationVerdict : SmartEnum<ArbitrationVerdict>
{
    /// <summary>One contender ranks first: it wins (a claimant stays eligible; the incumbent keeps the key).</summary>
    public static readonly ArbitrationVerdict Decided = new(nameof(Decided), 0);

    /// <summary>Several contenders tie for first place: a reviewer decides.</summary>
    public static readonly ArbitrationVerdict ManualReview = new(nameof(ManualReview), 1);

    private ArbitrationVerdict(string name, int value)
        : base(name, value)
    {
    }
}
