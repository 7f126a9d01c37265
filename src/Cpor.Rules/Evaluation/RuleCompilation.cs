using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules;
using NRules.Extensibility;
using NRules.RuleModel;

namespace Cpor.Rules.Evaluation;

/// <summary>
/// Compiles rule definitions into an NRules session factory, once per rule set. Conditions and actions are compiled
/// with FastExpressionCompiler, which builds the same delegates several times faster than
/// <see cref="LambdaExpression.Compile()"/>; an expression it does not support falls back to the framework's compiler.
/// </summary>
internal static class RuleCompilation
{
    public static ISessionFactory Compile(IEnumerable<IRuleDefinition> definitions)
    {
        var compiler = new RuleCompiler { ExpressionCompiler = new FastCompiler() };
        return compiler.Compile(definitions);
    }

    private sealed class FastCompiler : IExpressionCompiler
    {
        public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
            where TDelegate : Delegate
            => expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
    }
}
