using System.Text;
using System.Text.Json.Nodes;
using Cpor.Rules.Cli;
using Cpor.Rules.Tests.Serialization;

namespace Cpor.Rules.Tests.Cli;

/// <summary>
/// Progress goes to stderr when stderr is a terminal (here: told so in-process, as the real process is when stderr
/// is not redirected), for standard input too, and never mixes into the output.
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

        var exit = CliApp.Run(["evaluate", "-", "--format", "json"], new NonSeekable(stdin), stdout, stderr, new CliTerminal(StdoutIsTerminal: false, StderrIsTerminal: true));

        Assert.Equal(ExitCode.Decided, exit);
        var shown = stderr.ToString();
        Assert.Contains("Reading stdin", shown, StringComparison.Ordinal);
        Assert.Contains("Deciding 2 claims", shown, StringComparison.Ordinal);
        Assert.Contains("Writing stdout", shown, StringComparison.Ordinal);
        Assert.Equal(2, JsonNode.Parse(Encoding.UTF8.GetString(stdout.ToArray()))!["decisions"]!.AsArray().Count);
    }

    [Fact]
    public void Progress_StderrIsNotATerminal_ShowsNothing()
    {
        var batch = BatchJson.Document(BatchJson.Claim("C-1")).ToJsonString();

        var run = CliRun.WithInput(new NonSeekable(new MemoryStream(Encoding.UTF8.GetBytes(batch))), "evaluate", "-");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Progress_TableToATerminal_ShowsNoWritingStep()
    {
        var batch = BatchJson.Document(BatchJson.Claim("C-1")).ToJsonString();
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["evaluate", "-"], new NonSeekable(new MemoryStream(Encoding.UTF8.GetBytes(batch))), stdout, stderr, new CliTerminal(StdoutIsTerminal: true, StderrIsTerminal: true));

        Assert.Equal(ExitCode.Decided, exit);
        Assert.Contains("Reading stdin", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Writing", stderr.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Standard input as a pipe: its length is unknown.</summary>
    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
