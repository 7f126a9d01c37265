using BenchmarkDotNet.Attributes;

namespace Cpor.Rules.Benchmarks.Eligibility;

/// <summary>
/// <see cref="LargeBatchBenchmarks"/> under server GC (ASP.NET Core's default): one heap per core, so the two threads of
/// a parallel run do not wait on one collector. Shows how much of the parallel gain the workstation GC takes.
/// </summary>
[GcServer(true)]
public class LargeBatchServerGcBenchmarks : LargeBatchBenchmarks
{
}
