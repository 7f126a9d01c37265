namespace Cpor.Rules.Engine.Runtime;

/// <summary>A declared index as laid out in one compiled rule set: where its facts and its built index live in a session.</summary>
internal sealed class IndexSlot<T, TKey>(FactIndex<T, TKey> declaration, int typeSlot, int indexSlot)
    where TKey : notnull
{
    public FactIndex<T, TKey> Declaration { get; } = declaration;

    public int TypeSlot { get; } = typeSlot;

    public int Slot { get; } = indexSlot;
}
