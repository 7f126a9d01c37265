using BenchmarkDotNet.Running;
using Cpor.Rules.Benchmarks;
using Cpor.Rules.Benchmarks.Peer;

if (args is ["--check-peer", ..])
{
    return PeerCheck.Run();
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchmarkConfig());

// A benchmark that failed to run must fail the run (CI runs them all in dry mode so that they cannot rot).
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
