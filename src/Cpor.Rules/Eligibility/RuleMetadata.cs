namespace Cpor.Rules.Eligibility;

/// <summary>What a rule of a rule set is: its stable id, its name and why it exists.</summary>
public sealed record RuleMetadata
{
    private readonly IReadOnlyList<string> _tags = [];

    /// <summary>Creates metadata.</summary>
    /// <param name="id">The stable id, unique within a rule set (for example <c>CPOR-002</c>): the NRules rule's name.</param>
    /// <param name="name">A short name.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank.</exception>
    internal RuleMetadata(string id, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
    }

    /// <summary>The stable id, unique within a rule set.</summary>
    public string Id { get; }

    /// <summary>A short name: the finding code for a catalogue rule, the class name for others.</summary>
    public string Name { get; }

    /// <summary>What the rule checks or derives. Defaults to an empty string.</summary>
    public string Description { get; internal init; } = string.Empty;

    /// <summary>The NRules priority: higher fires earlier among activations of one stage. Defaults to 0.</summary>
    public int Priority { get; internal init; }

    /// <summary>Free tags for grouping and filtering. Defaults to none.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public IReadOnlyList<string> Tags
    {
        get => _tags;
        internal init => _tags = value?.ToArray() ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Where the rule comes from (a document, a policy, an assumption). Defaults to an empty string.</summary>
    public string Basis { get; internal init; } = string.Empty;
}
