using System.Globalization;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Lifecycle;

/// <summary>Refusal: the window that gave the right to this event has ended (an opt-out after the consent window, a dispute after the dispute window).</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Window">The window that ended.</param>
/// <param name="LastDay">The window's last day, in the lifecycle's time zone.</param>
public sealed record WindowClosed(ClaimId ClaimId, ClockKind Window, DateOnly LastDay) : ITransitionRefusal
{
    /// <inheritdoc />
    public string Message
        => string.Create(CultureInfo.InvariantCulture, $"The {Window} of claim '{ClaimId}' ended on {LastDay:yyyy-MM-dd}")
           + (Window == ClockKind.DisputeWindow ? ": only a new claim with an updated proof of execution can follow." : ".");
}
