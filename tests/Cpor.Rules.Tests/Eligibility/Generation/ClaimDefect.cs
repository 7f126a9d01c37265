using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Eligibility.Generation;

/// <summary>One thing wrong with an otherwise eligible claim (or its facts), and the codes it must be reported with.</summary>
/// <param name="Name">What is wrong, for counterexamples.</param>
/// <param name="Codes">Every non-advisory code the defect causes on its own.</param>
/// <param name="Writes">What it changes.</param>
/// <param name="Needs">What must be intact for its codes to be reported.</param>
/// <param name="Apply">Makes the change on a draft.</param>
public sealed record ClaimDefect(string Name, IReadOnlyList<FindingCode> Codes, ClaimAspect Writes, ClaimAspect Needs, Action<ClaimDraft> Apply)
{
    public bool CombinesWith(ClaimDefect other)
        => (Writes & other.Writes) == 0 && (Writes & other.Needs) == 0 && (Needs & other.Writes) == 0;

    public override string ToString() => Name;
}
