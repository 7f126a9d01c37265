using BenchmarkDotNet.Running;
using Cpor.Rules.Benchmarks;
using Cpor.Rules.Benchmarks.Peer;

if (args is ["--check-peer", ..])
{
    return PeerCheck.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchmarkConfig());
return 0;
