using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Tests.Eligibility.Generation;

/// <summary>An eligible claim with defects that combine (see <see cref="ClaimDefect.CombinesWith"/>).</summary>
public sealed record DefectiveClaim(EligibleClaim Claim, IReadOnlyList<ClaimDefect> Defects)
{
    /// <summary>The non-advisory codes the defects must be reported with, together.</summary>
    public IReadOnlySet<FindingCode> ExpectedCodes => Defects.SelectMany(d => d.Codes).ToHashSet();

    public (UnvalidatedClaim Raw, FactSnapshot Facts) Build(IEnumerable<Association>? otherAssociations = null)
    {
        var draft = Claim.Draft();
        foreach (var defect in Defects)
        {
            defect.Apply(draft);
        }

        return draft.Build(otherAssociations);
    }

    public DefectiveClaim With(IEnumerable<ClaimDefect> defects) => this with { Defects = [.. defects] };

    public override string ToString() => $"{Claim} + [{string.Join(", ", Defects)}]";
}
