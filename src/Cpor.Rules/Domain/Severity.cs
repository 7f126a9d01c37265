using Ardalis.SmartEnum;

namespace Cpor.Rules.Domain;

/// <summary>How a finding affects the outcome of the claim line it concerns.</summary>
public sealed class Severity : SmartEnum<Severity>
{
    /// <summary>The line cannot be eligible: it is rejected.</summary>
    public static readonly Severity Blocking = new(nameof(Blocking), 0);

    /// <summary>The partner must act (usually on the proof of execution) before the line can be eligible.</summary>
    public static readonly Severity ActionRequired = new(nameof(ActionRequired), 1);

    /// <summary>Information only: never changes an outcome.</summary>
    public static readonly Severity Advisory = new(nameof(Advisory), 2);

    private Severity(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>Parses a contract name (exact spelling, for example <c>Blocking</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="name"/> is not a severity; the message names it.</exception>
    public static Severity Parse(string name) => ContractNames.Parse<Severity>(name);

    /// <summary>Tries to parse a contract name (exact spelling).</summary>
    public static bool TryParse(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Severity? result)
        => ContractNames.TryParse(name, out result);
}
