using System.Text;
using System.Text.Json.Nodes;
using Cpor.Rules.Cli;
using Cpor.Rules.Tests.Serialization;

namespace Cpor.Rules.Tests.Cli;

/// <summary>
/// Progress goes to stderr when stderr is a terminal (here: told so in-process, as the real process is when stderr
/// is not redirected), for standard input too (a pipe: <see cref="NonClosingStream"/> has no length), and never mixes
/// into the output.
/// </summary>
public sealed class ProgressTests
{
    [Fact]
    public void Progress_StderrIsATerminal_ShowsReadingStandardInputDecidingAndWriting()
    {
        var batch = BatchJson.Document(BatchJson.Claim("C-1"), BatchJson.TeamsClaim("M-2")).ToJsonString();
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(batch));
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["evaluate", "-", "--format", "json"], new NonClosingStream(stdin), stdout, stderr, new CliTerminal(StdoutIsTerminal: false, StderrIsTerminal: true));

        Assert.Equal(ExitCode.Decided, exit);
        var shown = stderr.ToString();
        Assert.Contains("Reading stdin", shown, StringComparison.Ordinal);
        Assert.Contains("Deciding 2 claims", shown, StringComparison.Ordinal);
        Assert.Contains("Writing stdout", shown, StringComparison.Ordinal);
        Assert.Equal(2, JsonNode.Parse(Encoding.UTF8.GetString(stdout.ToArray()))!["decisions"]!.AsArray().Count);
        Assert.DoesNotContain("Reading", Encoding.UTF8.GetString(stdout.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_StderrIsNotATerminal_ShowsNothing()
    {
        var batch = BatchJson.Document(BatchJson.Claim("C-1")).ToJsonString();

        var run = CliRun.WithInput(new NonClosingStream(new MemoryStream(Encoding.UTF8.GetBytes(batch))), "evaluate", "-");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Progress_TableToATerminal_ShowsNoWritingStep()
    {
        var batch = BatchJson.Document(BatchJson.Claim("C-1")).ToJsonString();
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["evaluate", "-"], new NonClosingStream(new MemoryStream(Encoding.UTF8.GetBytes(batch))), stdout, stderr, new CliTerminal(StdoutIsTerminal: true, StderrIsTerminal: true));

        Assert.Equal(ExitCode.Decided, exit);
        Assert.Contains("Reading stdin", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Writing", stderr.ToString(), StringComparison.Ordinal);
        var table = Encoding.UTF8.GetString(stdout.ToArray());
        Assert.Contains("C-1", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Reading", table, StringComparison.Ordinal);
    }
}
