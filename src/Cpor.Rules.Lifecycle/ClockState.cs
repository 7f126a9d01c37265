using Ardalis.SmartEnum;

namespace Cpor.Rules.Lifecycle;

/// <summary>Where a clock of a claim's timeline stands at the time the timeline was taken.</summary>
public sealed class ClockState : SmartEnum<ClockState>
{
    /// <summary>Running, and its last day has not passed.</summary>
    public static readonly ClockState Running = new(nameof(Running), 0);

    /// <summary>Stopped (the claim left the status) on or before its last day.</summary>
    public static readonly ClockState Stopped = new(nameof(Stopped), 1);

    /// <summary>A deadline still running after its last day: a breach, or an automatic transition that is due.</summary>
    public static readonly ClockState Overdue = new(nameof(Overdue), 2);

    /// <summary>A deadline that stopped after its last day: it was met late.</summary>
    public static readonly ClockState Missed = new(nameof(Missed), 3);

    /// <summary>A review past its nominal last day while arbitration with the current owner is involved: extended, not a breach.</summary>
    public static readonly ClockState ExtendedForArbitration = new(nameof(ExtendedForArbitration), 4);

    /// <summary>A window whose last day has passed: the right it gave can no longer be used.</summary>
    public static readonly ClockState Ended = new(nameof(Ended), 5);

    private ClockState(string name, int value)
        : base(name, value)
    {
    }
}
