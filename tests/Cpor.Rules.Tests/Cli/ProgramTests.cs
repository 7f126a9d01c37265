using System.Text.Json;
using System.Text.Json.Nodes;
using Cpor.Rules.Cli;
using Cpor.Rules.Tests.Serialization;

namespace Cpor.Rules.Tests.Cli;

/// <summary>The executable itself, run as a process on good, refused and malformed input: stdout, stderr and exit code.</summary>
public sealed class ProgramTests
{
    [Fact]
    public void Main_SampleAsJson_WritesTheGoldenDocumentAndExitsZero()
    {
        var run = ToolProcess.Run(null, "evaluate", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Equal(Repository.Read("tests/Cpor.Rules.Tests/Cli/Golden/sample-decisions.en.json").Replace("\r\n", "\n", StringComparison.Ordinal), run.Stdout);
    }

    [Fact]
    public void Main_GoodFile_PrintsTablesAndExitsZero()
    {
        using var file = new TempFile(BatchJson.Document(BatchJson.Claim("C-1"), BatchJson.TeamsClaim("M-2")).ToJsonString());

        var run = ToolProcess.Run(null, "evaluate", file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Contains("2 claims", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("C-1", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("CPOR-022 PartnerNotEnrolled", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_StandardInput_IsDecided()
    {
        var run = ToolProcess.Run(BatchJson.Document(BatchJson.Claim("C-5")).ToJsonString(), "evaluate", "-", "--format", "json", "--culture", "ko-KR");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("C-5", (string?)JsonNode.Parse(run.Stdout)!["decisions"]![0]!["claimId"]);
    }

    [Fact]
    public void Main_RefusedDocument_ExitsTwoWithThePathsOnStderrAndNothingOnStdout()
    {
        var document = BatchJson.Document(BatchJson.Claim("C-1"));
        ((JsonObject)document["subscriptions"]![0]!)["state"] = "Lapsed";
        ((JsonArray)document["claims"]!).Add(42);
        using var file = new TempFile(document.ToJsonString());

        var run = ToolProcess.Run(null, "evaluate", file.Path, "--format", "json");

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("$.subscriptions[0].state: 'Lapsed' is not a SubscriptionState", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("$.claims[1]: a claim must be a JSON object, found a number (42)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_MalformedFile_ExitsTwoSayingItIsNotJson()
    {
        using var file = new TempFile("{\"asOf\": \"2020-10-05\",\n \"claims\": [\n  {\"claimId\": \"C-1\"\n ]}");

        var run = ToolProcess.Run(null, "evaluate", file.Path);

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("$.claims[0]: not valid JSON (line 4, byte 2)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_BadCommandLine_ExitsTwoWithUsageOnStderr()
    {
        var run = ToolProcess.Run(null, "evaluate", "--format", "yaml");

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("--format must be table, json or ndjson, not 'yaml'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Usage: cpor-rules", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_JsonOutput_IsParseableUtf8WithoutByteOrderMark()
    {
        var run = ToolProcess.Run(null, "evaluate", "--format", "json", "--culture", "ko-KR");

        Assert.Equal(0, run.ExitCode);
        Assert.False(run.Stdout.StartsWith('\uFEFF'));
        using var document = JsonDocument.Parse(run.Stdout);
        Assert.Equal(31, document.RootElement.GetProperty("summary").GetProperty("claims").GetInt32());
    }
}
