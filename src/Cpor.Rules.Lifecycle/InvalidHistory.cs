using Cpor.Rules.Domain;

namespace Cpor.Rules.Lifecycle;

/// <summary>Refusal of <see cref="ClaimLifecycle.Restore"/>: the stored history is not one the lifecycle could have produced.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Index">The position of the first entry that does not fit (0-based); the history's length when it is empty.</param>
/// <param name="Problem">What does not fit.</param>
public sealed record InvalidHistory(ClaimId ClaimId, int Index, string Problem) : ITransitionRefusal
{
    /// <inheritdoc />
    public string Message => $"The history of claim '{ClaimId}' is invalid at entry {Index}: {Problem}";
}
