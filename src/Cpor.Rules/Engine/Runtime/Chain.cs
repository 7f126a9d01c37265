namespace Cpor.Rules.Engine.Runtime;

/// <summary>
/// The arity-free core of a rule's pattern chain, over partial matches of type <typeparamref name="TTuple"/>.
/// Each step wraps the downstream node; the public pattern builders only adapt user lambdas to tuples.
/// </summary>
internal sealed class Chain<TTuple>(RuleBuilder owner, Func<Node<TTuple>, RuleSource> attach, Func<TTuple, object?[]> describe)
{
    public RuleBuilder Owner => owner;

    public Chain<TTuple> Where(Func<TTuple, bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return new(owner, next => attach(new FilterNode<TTuple>(owner.Info, describe, condition, next)), describe);
    }

    public Chain<TOut> Join<T, TKey, TOut>(FactIndex<T, TKey> index, Func<TTuple, TKey> key, Func<TTuple, T, TOut> combine, Func<TOut, object?[]> describeOut)
        where TKey : notnull
    {
        var slot = owner.Consume(index, key);
        return new(owner, next => attach(new JoinNode<TTuple, T, TKey, TOut>(owner.Info, describe, slot, key, combine, next)), describeOut);
    }

    public Chain<TOut> JoinAll<T, TKey, TOut>(FactIndex<T, TKey> index, Func<TTuple, TKey> key, Func<TTuple, Matches<T>, TOut> combine, Func<TOut, object?[]> describeOut)
        where TKey : notnull
    {
        var slot = owner.Consume(index, key);
        return new(owner, next => attach(new JoinAllNode<TTuple, T, TKey, TOut>(owner.Info, describe, slot, key, combine, next)), describeOut);
    }

    public Chain<TTuple> Exists<T, TKey>(FactIndex<T, TKey> index, Func<TTuple, TKey> key, Func<TTuple, T, bool>? condition, bool negate)
        where TKey : notnull
    {
        var slot = owner.Consume(index, key);
        return new(owner, next => attach(new ExistsNode<TTuple, T, TKey>(owner.Info, describe, slot, key, condition, negate, next)), describe);
    }

    public void Yield<TOut>(Func<TTuple, TOut> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        var slot = owner.Produce<TOut>();
        owner.Complete(attach(new YieldNode<TTuple, TOut>(owner.Info, describe, slot, make)));
    }

    public void YieldMany<TOut>(Action<TTuple, Emitter<TOut>> emit)
    {
        ArgumentNullException.ThrowIfNull(emit);
        var slot = owner.Produce<TOut>();
        owner.Complete(attach(new YieldManyNode<TTuple, TOut>(owner.Info, describe, slot, emit)));
    }

    public void Do(Action<TTuple> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        owner.Complete(attach(new DoNode<TTuple>(owner.Info, describe, action)));
    }
}
