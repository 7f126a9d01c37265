using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cpor.Rules.Cli;
using Cpor.Rules.Serialization;
using Cpor.Rules.Tests.Serialization;

namespace Cpor.Rules.Tests.Cli;

public sealed class CliAppTests
{
    [Fact]
    public void Run_NoFile_DecidesTheEmbeddedSampleAsTables()
    {
        var run = CliRun.Of("evaluate");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Contains("CPOR decisions · cpor-2020.09 · as of 2020-10-05 · 31 claims", run.Stdout, StringComparison.Ordinal);
        foreach (var expected in new[] { "C-1001", "C-1031", "PartiallyEligible", "UnderReview", "CPOR-026 CompetingClaimUnderReview", "What to do", "Arbitrations", "incumbent", "ManualReview", "Summary" })
        {
            Assert.Contains(expected, run.Stdout, StringComparison.Ordinal);
        }

        // Not a terminal: no colour codes.
        Assert.DoesNotContain("\u001b[", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_JsonFormat_WritesExactlyTheDecisionDocument()
    {
        var run = CliRun.Of("evaluate", "--format", "json");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Empty(run.Stderr);
        using var document = JsonDocument.Parse(run.Stdout);
        Assert.Equal("cpor-2020.09", document.RootElement.GetProperty("ruleSet").GetString());
        Assert.Equal(31, document.RootElement.GetProperty("decisions").GetArrayLength());
        Assert.StartsWith("{", run.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("}\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_File_DecidesIt()
    {
        using var file = new TempFile(BatchJson.Document(BatchJson.Claim("C-7")).ToJsonString());

        var run = CliRun.Of("evaluate", file.Path, "--format", "json");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        var decision = JsonNode.Parse(run.Stdout)!["decisions"]![0]!;
        Assert.Equal("C-7", (string?)decision["claimId"]);
        Assert.Equal("Eligible", (string?)decision["outcome"]);
    }

    [Fact]
    public void Run_DashReadsStandardInput()
    {
        var run = CliRun.WithInput(BatchJson.Document(BatchJson.TeamsClaim("M-9")).ToJsonString(), "evaluate", "-", "--format", "json");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Equal("M-9", (string?)JsonNode.Parse(run.Stdout)!["decisions"]![0]!["claimId"]);
    }

    [Fact]
    public void Run_AsOf_OverridesTheDocumentsDate()
    {
        var run = CliRun.Of("evaluate", "--format", "json", "--as-of", "2020-12-31");

        Assert.Equal("2020-12-31", (string?)JsonNode.Parse(run.Stdout)!["asOf"]);
    }

    [Fact]
    public void Run_WithoutAsOf_EchoesTheDocumentsDate()
    {
        var run = CliRun.Of("evaluate", "--format", "json");

        Assert.Equal("2020-10-05", (string?)JsonNode.Parse(run.Stdout)!["asOf"]);
    }

    [Fact]
    public void Run_CultureKorean_WordsFindingsAndTablesInKorean()
    {
        var korean = CultureInfo.GetCultureInfo("ko-KR");
        var sample = BatchDocumentReader.Read(SampleBatch.Open()).AsT0.Decide();
        var expected = sample.Decisions.SelectMany(d => d.Findings).Select(f => (string?)f.Text(korean).Remediation).ToList();

        var json = CliRun.Of("evaluate", "--format", "json", "--culture", "ko-KR");
        var table = CliRun.Of("evaluate", "--culture", "ko");

        var written = JsonNode.Parse(json.Stdout)!["decisions"]!.AsArray()
            .SelectMany(d => d!["findings"]!.AsArray()).Select(f => (string?)f!["remediation"]).ToList();
        Assert.Equal(expected, written);
        Assert.Contains("CPOR 결정", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("요약", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RefusedDocumentWithManyProblems_ListsTheFirstHundredAndCountsTheRest()
    {
        var document = BatchJson.Document(BatchJson.Claim("C-1"));
        var claims = (JsonArray)document["claims"]!;
        for (var i = 0; i < CliApp.ListedProblems + 5; i++)
        {
            claims.Add($"C-{i}");
        }

        using var file = new TempFile(document.ToJsonString());

        var run = CliRun.Of("evaluate", file.Path, "--format", "json");

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Contains($"{file.Path} was refused (105 problems); nothing was decided:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("  $.claims[100]: a claim must be a JSON object", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("$.claims[101]:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("  ... and 5 more; cpor-rules validate lists every one", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RefusedDocument_ExitsTwoWithEveryProblemAndItsPathOnStderr()
    {
        var document = BatchJson.Document(BatchJson.Claim("C-1"));
        ((JsonArray)document["claims"]!).Add("C-2");
        ((JsonObject)document["tenants"]![0]!)["tenantId"] = "contoso";
        using var file = new TempFile(document.ToJsonString());

        var run = CliRun.Of("evaluate", file.Path, "--format", "json");

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains($"{file.Path} was refused (2 problems); nothing was decided:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("  $.tenants[0].tenantId: 'contoso' is not a valid TenantId", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("  $.claims[1]: a claim must be a JSON object, found text", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NotJson_ExitsTwoNamingWhere()
    {
        var run = CliRun.WithInput("{\"claims\": [ {\"claimId\": } ]}", "evaluate", "-");

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("stdin was refused (1 problem)", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("$.claims[0]: not valid JSON (line 1, byte ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadValuesInsideAClaim_DecidesTheBatchAndRejectsOnlyThatClaim()
    {
        var document = BatchJson.Document(BatchJson.Claim("C-1"), BatchJson.TeamsClaim("M-2").With("activity", "Selling").With("tenantId", 7));
        using var file = new TempFile(document.ToJsonString());

        var run = CliRun.Of("evaluate", file.Path, "--format", "json");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        var decisions = JsonNode.Parse(run.Stdout)!["decisions"]!.AsArray();
        Assert.Equal("Eligible", (string?)decisions[0]!["outcome"]);
        Assert.Equal("Rejected", (string?)decisions[1]!["outcome"]);
        Assert.Equal(["InvalidClaimData", "InvalidClaimData"], decisions[1]!["findings"]!.AsArray().Select(f => (string?)f!["code"]));
    }

    [Fact]
    public void Run_MissingFile_ExitsTwoNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"cpor-missing-{Guid.NewGuid():N}.json");

        var run = CliRun.Of("evaluate", missing);

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.StartsWith($"cpor-rules: cannot read {missing}: ", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate", "--format", "xml")]
    [InlineData("judge")]
    [InlineData]
    public void Run_BadCommandLine_ExitsTwoWithTheReasonAndUsage(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.StartsWith("cpor-rules: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Usage: cpor-rules evaluate [FILE|-]", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_PrintsUsageAndExitsZero()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Contains("Exit codes: 0 decided", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Run_Version_NamesTheRuleSet()
    {
        var run = CliRun.Of("--version");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Matches(@"^cpor-rules \S+ \(rule set cpor-2020\.09\)", run.Stdout);
    }

    [Fact]
    public void Run_MoreClaimsThanTheTableShows_SaysSoAndStillSummarisesThemAll()
    {
        var claims = Enumerable.Range(1, TableReport.MaxClaimsShown + 1).Select(i => BatchJson.TeamsClaim($"M-{i}")).ToArray();
        using var file = new TempFile(BatchJson.Document(claims).ToJsonString());

        var run = CliRun.Of("evaluate", file.Path);

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Contains($"The first {TableReport.MaxClaimsShown} of {TableReport.MaxClaimsShown + 1} claims are shown", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain($"M-{TableReport.MaxClaimsShown + 1} ", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"Total\s+│\s+501 ", run.Stdout);
    }

    [Fact]
    public void Run_InputFailsWhileReading_RefusesWithExitCode2()
    {
        var run = CliRun.WithInput(new FailingStream(), "evaluate", "-");

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.StartsWith("cpor-rules: cannot read stdin: the disk went away", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NullArgument_Throws()
    {
        Assert.Throws<ArgumentNullException>("args", () => CliApp.Run(null!, Stream.Null, Stream.Null, TextWriter.Null));
    }

    private sealed class FailingStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("the disk went away");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
