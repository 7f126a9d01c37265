using System.Diagnostics;

namespace Cpor.Rules.Tests.Cli;

/// <summary>The batch generator (<c>tools/generate-batch.cs</c>, a file-based app) refuses bad arguments instead of crashing.</summary>
public sealed class GenerateBatchToolTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("0")]
    public void Run_BadClaimCount_RefusesWithUsageAndExitCode2(string count)
    {
        var (exit, stderr) = Generate(count, Path.Combine(Path.GetTempPath(), $"cpor-gen-{Guid.NewGuid():N}.json"));

        Assert.Equal(2, exit);
        Assert.Contains("usage", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingDirectory_RefusesWithExitCode2()
    {
        var (exit, stderr) = Generate("3", Path.Combine(Path.GetTempPath(), $"cpor-missing-{Guid.NewGuid():N}", "out.json"));

        Assert.Equal(2, exit);
        Assert.Contains("cannot write", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SmallCount_WritesABatchTheToolReads()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cpor-gen-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, stderr) = Generate("20", path);

            Assert.True(exit == 0, stderr);
            var run = CliRun.Of("evaluate", path, "--format", "json");
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("\"claims\": 20", run.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void GitIgnore_DefaultOutput_IsIgnored()
    {
        var lines = Repository.Read(".gitignore").Split('\n').Select(l => l.Trim());

        Assert.Contains("/big.json", lines);
    }

    private static (int Exit, string Stderr) Generate(string count, string path)
    {
        var start = new ProcessStartInfo(ToolProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        foreach (var arg in new[] { "run", "--file", Repository.File("tools/generate-batch.cs"), "--", count, path })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet run tools/generate-batch.cs did not finish.");
        }

        return (process.ExitCode, stderr.GetAwaiter().GetResult() + stdout.GetAwaiter().GetResult());
    }
}
