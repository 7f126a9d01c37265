namespace Cpor.Rules.Engine.Runtime;

/// <summary><c>YieldMany</c>: the action that emits any number of new facts per match through an <see cref="Emitter{T}"/>.</summary>
internal sealed class YieldManyNode<TTuple, TOut>(RuleInfo rule, Func<TTuple, object?[]> describe, int outputSlot, Action<TTuple, Emitter<TOut>> emit)
    : Node<TTuple>(rule, describe)
{
    public override void Push(TTuple item, Session session)
    {
        var emitter = session.Emitter<TOut>(outputSlot);
        var before = emitter.Emitted;
        emitter.Begin(session.Tracing);
        try
        {
            emit(item, emitter);
        }
        catch (Exception ex)
        {
            // Facts emitted before the failure are kept: they were valid when emitted.
            session.Fault(Rule, Describe(item), ex);
        }

        var produced = emitter.End();
        if (session.Tracing && emitter.Emitted > before)
        {
            session.RecordFiring(Rule, Describe(item), produced);
        }
    }
}
