namespace Cpor.Rules.Engine.Runtime;

/// <summary>The root of a compiled rule: it walks the facts of its first pattern and pushes them down the chain.</summary>
internal abstract class RuleSource
{
    public abstract void Run(Session session);
}
