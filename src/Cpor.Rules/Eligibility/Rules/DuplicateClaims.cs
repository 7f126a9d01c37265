using Cpor.Rules.Domain;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>
/// A fact the library inserts for CPOR-016: the keyed lines of one partner on one association key, when there are
/// two or more in the batch. The library groups lines with a dictionary, so the rule never pairs lines itself.
/// </summary>
internal sealed class DuplicateClaims(PartnerId partner, AssociationKey key, IReadOnlyList<LineFact> lines)
{
    public PartnerId Partner { get; } = partner;

    public AssociationKey Key { get; } = key;

    /// <summary>The lines, in input order.</summary>
    public IReadOnlyList<LineFact> Lines { get; } = lines;

    /// <inheritdoc />
    public override string ToString() => $"{Lines.Count} lines of {Partner} on {Key}";
}
