using System.Globalization;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Lifecycle;

/// <summary>Refusal: an automatic transition was asked for before its clock ran out.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Clock">The clock that is still running.</param>
/// <param name="LastDay">The clock's last day, in the lifecycle's time zone; the transition is possible from the day after.</param>
public sealed record ClockStillRunning(ClaimId ClaimId, ClockKind Clock, DateOnly LastDay) : ITransitionRefusal
{
    /// <inheritdoc />
    public string Message => string.Create(CultureInfo.InvariantCulture, $"The {Clock} clock of claim '{ClaimId}' runs through {LastDay:yyyy-MM-dd}.");
}
