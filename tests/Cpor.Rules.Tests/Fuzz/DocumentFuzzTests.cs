using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Cpor.Rules.Cli;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Serialization;
using Cpor.Rules.Tests.Cli;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit.Abstractions;

namespace Cpor.Rules.Tests.Fuzz;

/// <summary>
/// Fuzzes the reader, the writer and the tool in process with hostile documents (<see cref="FuzzCases"/>). Whatever
/// the input, the result is a refusal naming at least one JSON path, or a decision document with exactly one decision
/// per input claim, in order; never another exception; memory and output bounded by a constant times the input.
/// The quick run is part of every test run; <c>CPOR_FUZZ_CASES=200000</c> (and optionally <c>CPOR_FUZZ_SEED</c>)
/// runs the long one, which prints its count, seed and duration.
/// </summary>
public sealed class DocumentFuzzTests(ITestOutputHelper output)
{
    /// <summary>Bytes allocated while reading, per byte of input, beyond <see cref="AllocationAllowance"/>.</summary>
    private const long AllocationPerByte = 64;

    /// <summary>Allocation any read may make (the window, pools, the facts' indexes).</summary>
    private const long AllocationAllowance = 16 << 20;

    /// <summary>Output per byte of input: a claim of two bytes (<c>{}</c>) gets a decision with a finding per missing field.</summary>
    private const long OutputPerByte = 4096;

    private const long OutputAllowance = 64 << 10;

    private static readonly EvaluationOptions Run = new() { AsOf = new DateOnly(2020, 10, 5), Explain = false };

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 2500)]
    public void ReadDecideWrite_HostileDocument_RefusesWithAPathOrDecidesEveryClaimInOrder(FuzzCase hostile) => _ = Hold(hostile);

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 150)]
    public void Run_HostileDocument_ExitsZeroOrTwoWithBoundedEscapedOutput(FuzzCase hostile, bool table) => HoldForTool(hostile, table);

    [Fact]
    public void Fuzz_LongRun_HoldsForEveryCase()
    {
        // CPOR_FUZZ_CASES=200000 for the long run; otherwise a fixed-seed set of 300 cases, the same on every run.
        var cases = int.TryParse(Environment.GetEnvironmentVariable("CPOR_FUZZ_CASES"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 300;
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("CPOR_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : (cases == 300 ? 20201005UL : (ulong)Environment.TickCount64);
        const int Batch = 500;
        var clock = Stopwatch.StartNew();
        var done = 0;
        var decided = 0;
        for (var batch = 0UL; done < cases; batch++)
        {
            var sample = Gen.Sample(Arbitraries.Cases().Generator, 50, new Rnd(seed + batch), Math.Min(Batch, cases - done));
            foreach (var hostile in sample)
            {
                try
                {
                    decided += Hold(hostile) ? 1 : 0;
                    if (done % 25 == 0)
                    {
                        HoldForTool(hostile, table: done % 50 == 0);
                    }
                }
                catch (Exception e)
                {
                    throw new InvalidOperationException($"case {done} (seed {seed}, batch {batch}) failed: {hostile}", e);
                }

                done++;
            }
        }

        var summary = $"fuzz: {done:N0} cases ({decided:N0} decided, {done - decided:N0} refused), seed {seed}, {clock.Elapsed.TotalSeconds:N1} s";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.Equal(cases, done);
    }

    /// <summary>Checks the invariants for one case; <see langword="true"/> when it was decided, <see langword="false"/> when refused.</summary>
    private static bool Hold(FuzzCase hostile)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = BatchDocumentReader.Read(new MemoryStream(hostile.Json, writable: false));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated <= AllocationAllowance + (AllocationPerByte * hostile.Json.Length), $"reading {hostile.Json.Length:N0} bytes allocated {allocated:N0}");

        if (read.TryPickT1(out var refused, out var document))
        {
            Assert.NotEmpty(refused.Problems);
            Assert.All(refused.Problems, p => Assert.StartsWith("$", p.Path, StringComparison.Ordinal));
            Assert.True(refused.ToString().Length <= OutputAllowance + (256L * hostile.Json.Length), "the refusal grows faster than the input");
            return false;
        }

        Assert.Equal(IndependentClaimCount(hostile.Json), document.Claims.Count);
        var result = CporRuleSet.Default.EvaluateBatch(document.Claims, document.Facts, Run);
        Assert.Equal(document.Claims.Count, result.Decisions.Count);
        for (var i = 0; i < result.Decisions.Count; i++)
        {
            Assert.Same(document.Claims[i], result.Decisions[i].Claim);
        }

        using var written = new MemoryStream();
        DecisionDocumentWriter.Write(result, written, CultureInfo.InvariantCulture);
        Assert.True(written.Length <= OutputAllowance + (OutputPerByte * hostile.Json.Length), $"{written.Length:N0} bytes written for {hostile.Json.Length:N0} read");
        using var decisions = JsonDocument.Parse(written.ToArray());
        var ids = decisions.RootElement.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("claimId")).ToArray();
        Assert.Equal(document.Claims.Count, ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            if (document.Claims[i].Id is { } id)
            {
                Assert.Equal(id.Value, ids[i].GetString());
            }
        }

        return true;
    }

    private static void HoldForTool(FuzzCase hostile, bool table)
    {
        var run = CliRun.WithInput(new MemoryStream(hostile.Json, writable: false), "evaluate", "-", "--format", table ? "table" : "json");

        Assert.True(run.ExitCode is ExitCode.Decided or ExitCode.Refused, $"exit code {run.ExitCode}: {run.Stderr}");
        Assert.True(run.Stdout.Length + run.Stderr.Length <= OutputAllowance + (OutputPerByte * hostile.Json.Length), "the output grows faster than the input");
        Assert.DoesNotContain(run.Stderr, c => char.IsControl(c) && c is not '\n' and not '\r');
        if (run.ExitCode == ExitCode.Refused)
        {
            Assert.Contains("$", run.Stderr, StringComparison.Ordinal);
            Assert.Empty(run.Stdout);
            return;
        }

        Assert.Empty(run.Stderr);
        if (table)
        {
            Assert.DoesNotContain(run.Stdout, c => char.IsControl(c) && c is not '\n' and not '\r');
        }
        else
        {
            using var decisions = JsonDocument.Parse(run.Stdout);
            Assert.Equal(IndependentClaimCount(hostile.Json), decisions.RootElement.GetProperty("decisions").GetArrayLength());
        }
    }

    /// <summary>How many claims the document has, by another parser: what was accepted must be JSON with that many.</summary>
    private static int IndependentClaimCount(byte[] json)
    {
        var text = json.AsMemory();
        if (text.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            text = text[Encoding.UTF8.Preamble.Length..];
        }

        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
        return document.RootElement.GetProperty("claims").GetArrayLength();
    }

    public static class Arbitraries
    {
        public static Arbitrary<FuzzCase> Cases() => FuzzCases.Cases.ToArbitrary();
    }
}
