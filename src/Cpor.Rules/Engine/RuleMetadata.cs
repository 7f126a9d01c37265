namespace Cpor.Rules.Engine;

/// <summary>What a rule is: its stable id, its name and why it exists. Rules fire by stratum, then <see cref="Priority"/>, then <see cref="Id"/>.</summary>
public sealed record RuleMetadata
{
    private readonly IReadOnlyList<string> _tags = [];

    /// <summary>Creates metadata.</summary>
    /// <param name="id">The stable id, unique within a rule set (for example <c>CPOR-002</c>).</param>
    /// <param name="name">A short name.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank.</exception>
    public RuleMetadata(string id, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
    }

    /// <summary>The stable id, unique within a rule set.</summary>
    public string Id { get; }

    /// <summary>A short name.</summary>
    public string Name { get; }

    /// <summary>What the rule checks or derives. Defaults to an empty string.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Higher fires earlier within a stratum. Defaults to 0. A stratum always comes before priority.</summary>
    public int Priority { get; init; }

    /// <summary>Free tags for grouping and filtering. Defaults to none.</summary>
    public IReadOnlyList<string> Tags
    {
        get => _tags;
        init => _tags = value?.ToArray() ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Where the rule comes from (a document, a policy, an assumption). Defaults to an empty string.</summary>
    public string Basis { get; init; } = string.Empty;
}
