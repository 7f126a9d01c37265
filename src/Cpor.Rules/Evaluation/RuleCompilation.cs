using NRules;
using NRules.RuleModel;

namespace Cpor.Rules.Evaluation;

/// <summary>Compiles rule definitions into an NRules session factory, once per rule set.</summary>
internal static class RuleCompilation
{
    public static ISessionFactory Compile(IEnumerable<IRuleDefinition> definitions)
    {
        var compiler = new RuleCompiler();
        return compiler.Compile(definitions);
    }
}
