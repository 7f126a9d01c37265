using BenchmarkDotNet.Attributes;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Benchmarks.Eligibility;

/// <summary>Compiling the default rule set: every rule's definition, the layout and the strata (target: under 20 ms).</summary>
public class CompileBenchmarks
{
    /// <summary>Compiles <c>cpor-2020.09</c> with the default options.</summary>
    [Benchmark]
    public CporRuleSet CompileDefaultRuleSet() => CporRuleSet.Create();
}
