namespace Cpor.Rules.Engine.Runtime;

/// <summary>What a compiled rule's nodes need to know about it: its id, for firings and faults.</summary>
internal sealed class RuleInfo(RuleMetadata metadata)
{
    public RuleMetadata Metadata { get; } = metadata;

    public string Id => Metadata.Id;

    public HashSet<Type> Consumes { get; } = [];

    public HashSet<Type> Produces { get; } = [];

    public RuleSource? Source { get; set; }

    public int Stratum { get; set; }
}
