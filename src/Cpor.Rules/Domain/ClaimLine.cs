namespace Cpor.Rules.Domain;

/// <summary>
/// One product (Business Applications) or workload (Microsoft 365) of a claim. Each line is judged and arbitrated
/// on its own association key; claim-level findings apply to every line.
/// </summary>
public sealed class ClaimLine
{
    internal ClaimLine(Claim claim, int index, string product)
    {
        Claim = claim;
        Index = index;
        Product = product;
    }

    /// <summary>The claim this line belongs to.</summary>
    public Claim Claim { get; }

    /// <summary>The position of the line in the claim's products, from 0.</summary>
    internal int Index { get; }

    /// <summary>The product or workload name as claimed.</summary>
    public string Product { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Claim.Id}#{Index} {Product}";
}
