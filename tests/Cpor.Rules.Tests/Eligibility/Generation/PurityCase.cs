using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Tests.Eligibility.Generation;

/// <summary>A claim with its facts, and the same facts with every list in another order.</summary>
public sealed record PurityCase(DefectiveClaim Claim, IReadOnlyList<Association> OtherHolders, UnvalidatedClaim Raw, FactSnapshot Facts, FactSnapshot ShuffledFacts)
{
    public override string ToString()
        => $"{Claim} holders=[{string.Join(", ", OtherHolders.Select(a => $"{a.PartnerId}@{a.Key} {ClaimDraft.Iso(a.PoeAcknowledgedOn)}"))}]";
}
