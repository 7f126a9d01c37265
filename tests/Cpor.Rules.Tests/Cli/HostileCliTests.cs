using System.Text;
using System.Text.Json;
using Cpor.Rules.Cli;
using Cpor.Rules.Tests.Serialization;
using static Cpor.Rules.Tests.Serialization.BatchJson;

namespace Cpor.Rules.Tests.Cli;

/// <summary>The repros of issue #13 at the tool: exit codes, bounded and escaped output.</summary>
public sealed class HostileCliTests
{
    [Theory]
    [InlineData("claimId", "\"\\u001b]0;pwned\\u0007\"")]
    [InlineData("products", "[\"\\u001b[2J\"]")]
    [InlineData("claimId", "\"\\ud800\"")]
    public void Run_ControlCharactersOrBadTextInAClaim_DecidesAndWritesNoControlCharacter(string field, string raw)
    {
        var run = CliRun.WithInput(HostileInputTests.WithRaw(Claim("C-1"), field, raw), "evaluate", "-");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Contains("InvalidClaimData", run.Stdout, StringComparison.Ordinal);
        Assert.False(HasControl(run.Stdout), run.Stdout);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Run_ControlCharactersInFacts_RefusesWithExitCode2AndEscapedMessage()
    {
        var json = $"{{\"claims\":[],\"tenants\":[{{\"tenantId\":\"{Tenant}\",\"workloads\":[\"\\u001b]0;pwned\\u0007\"]}}],\"\\u001b[2J\":[}}";

        var run = CliRun.WithInput(json, "evaluate", "-");

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.False(HasControl(run.Stderr), run.Stderr);
    }

    [Fact]
    public void Run_LongProductInTableMode_CutsTheCell()
    {
        var product = new string('x', 4000);
        var json = HostileInputTests.WithRaw(Claim("C-1"), "products", $"[\"{product}\"]");

        var run = CliRun.WithInput(json, "evaluate", "-");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Contains("…", run.Stdout, StringComparison.Ordinal);
        // Every cell is cut: the decision's line at 64 characters, a message that repeats the name at 400.
        var shown = run.Stdout.Replace("│", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains(new string('x', 64) + "…", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 400), shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LongBadDomainInFacts_RefusesWithABoundedMessage()
    {
        var json = $"{{\"claims\":[],\"tenants\":[{{\"tenantId\":\"{Tenant}\",\"domains\":[\"{new string('d', 3000)}_.com\"]}}]}}";

        var run = CliRun.WithInput(json, "evaluate", "-");

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.True(run.Stderr.Length < 400, run.Stderr);
    }

    [Fact]
    public void Run_Directory_RefusesSayingItIsADirectory()
    {
        var run = CliRun.Of("evaluate", Path.GetTempPath());

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Contains("is a directory", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnreadableFile_RefusesWithExitCode2()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var run = CliRun.Of("evaluate", "/proc/self/mem");

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Contains("cannot read /proc/self/mem", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    public void Run_BrokenPipe_EndsQuietlyWithTheConventionalStatus(string format)
    {
        using var stdin = new MemoryStream();
        using var stdout = new BrokenPipeStream();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["evaluate", "--format", format], stdin, stdout, stderr);

        Assert.Equal(ExitCode.BrokenPipe, exit);
        Assert.Equal(string.Empty, stderr.ToString());
    }

    [Fact]
    public async Task Main_ReaderOfStdoutGoesAway_EndsQuietlyWith141()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // About 2 MB of decisions: far more than a pipe holds, so the tool is still writing when the reader goes.
        var json = Document([.. Enumerable.Range(1, 3000).Select(i => TeamsClaim($"C-{i}"))]).ToJsonString();
        using var input = new TempFile(json);
        var start = new System.Diagnostics.ProcessStartInfo(ToolProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { ToolProcess.ToolPath, "evaluate", input.Path, "--format", "json" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var head = new char[100];
        await process.StandardOutput.ReadBlockAsync(head, 0, head.Length);
        process.StandardOutput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the tool did not end");

        Assert.Equal(ExitCode.BrokenPipe, process.ExitCode);
        Assert.Equal(string.Empty, await stderr);
        Assert.StartsWith("{", new string(head), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InternationalisedDomain_IsAccepted()
    {
        var json = Document(Claim("C-1").With("customerDomain", "회사.한국")).ToJsonString();
        json = json.Replace("\"contoso.onmicrosoft.com\"]", "\"contoso.onmicrosoft.com\",\"xn--vf4b131b.xn--3e0b707e\"]", StringComparison.Ordinal);

        var run = CliRun.WithInput(json, "evaluate", "-", "--format", "json");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        Assert.True("Eligible" == document.RootElement.GetProperty("decisions")[0].GetProperty("outcome").GetString(), run.Stdout);
    }

    [Fact]
    public void Run_TokenOver4MiB_RefusesWithExitCode2()
    {
        var json = $"{{\"claims\":[{{\"products\":[\"{new string('p', 5 << 20)}\"]}}]}}";

        var run = CliRun.WithInput(json, "evaluate", "-");

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Contains("$.claims[0]", run.Stderr, StringComparison.Ordinal);
        Assert.True(run.Stderr.Length < 400, run.Stderr);
    }

    private static bool HasControl(string text) => text.Any(c => char.IsControl(c) && c is not '\n' and not '\r');

    /// <summary>A stdout whose reader has gone (<c>| head</c>): every write fails with EPIPE.</summary>
    private sealed class BrokenPipeStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw Broken();

        public override void Write(ReadOnlySpan<byte> buffer) => throw Broken();

        public override void Flush() => throw Broken();

        private static IOException Broken() => new("Broken pipe", 32);
    }
}
