namespace Cpor.Rules.Engine;

/// <summary>How a session runs.</summary>
public sealed record SessionOptions
{
    /// <summary>The defaults: no tracing.</summary>
    public static SessionOptions Default { get; } = new();

    /// <summary>
    /// Whether each firing is recorded (rule id, matched facts, produced facts) for explanations.
    /// Defaults to <see langword="false"/>: batch evaluation then allocates nothing for tracing.
    /// </summary>
    public bool Trace { get; init; }
}
