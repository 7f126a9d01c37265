using BenchmarkDotNet.Attributes;

namespace Cpor.Rules.Benchmarks.Eligibility;

/// <summary>
/// <see cref="BatchEligibilityBenchmarks"/> under server GC (ASP.NET Core's default), where the library's allocation
/// costs fewer blocking collections than under the workstation GC.
/// </summary>
[GcServer(true)]
public class BatchEligibilityServerGcBenchmarks : BatchEligibilityBenchmarks
{
}
