using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cpor.Rules.Cli;
using Cpor.Rules.Serialization;
using Cpor.Rules.Tests.Contract;
using Cpor.Rules.Tests.Serialization;

namespace Cpor.Rules.Tests.Cli;

/// <summary>
/// The options that make the tool fit a pipeline, each through the real process (exit code, stdout, stderr):
/// <c>--output</c>, <c>--format ndjson</c>, <c>--compact</c>, <c>validate</c>, <c>schema</c>, <c>--only</c>,
/// <c>--all</c>, <c>--as-of</c>, and tables that fit the width they are given.
/// </summary>
public sealed partial class PipelineTests
{
    private static readonly string Golden = Repository.Read("tests/Cpor.Rules.Tests/Cli/Golden/sample-decisions.en.json").Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Output_Json_WritesTheFileAndNothingElse()
    {
        using var folder = new TempFolder();
        var target = folder.File("decisions.json");

        var run = ToolProcess.Run(null, "evaluate", "--format", "json", "-o", target);

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Empty(run.Stderr);
        Assert.Equal(Golden, File.ReadAllText(target));
        Assert.Equal(["decisions.json"], folder.Names());
    }

    [Fact]
    public void Output_ExistingFile_IsReplacedWhole()
    {
        using var folder = new TempFolder();
        var target = folder.File("decisions.json");
        File.WriteAllText(target, new string('x', 1 << 20));

        var run = ToolProcess.Run(null, "evaluate", "--format=json", "--output=" + target);

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Equal(Golden, File.ReadAllText(target));
        Assert.Equal(["decisions.json"], folder.Names());
    }

    [Fact]
    public void Output_RefusedDocument_LeavesTheTargetAsItWasAndNoTemporaryFile()
    {
        using var folder = new TempFolder();
        var target = folder.File("decisions.json");
        File.WriteAllText(target, "previous run");
        var input = folder.File("batch.json");
        File.WriteAllText(input, "{\"claims\": 42}");

        var run = ToolProcess.Run(null, "evaluate", input, "--format", "json", "-o", target);

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("was refused", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("previous run", File.ReadAllText(target));
        Assert.Equal(["batch.json", "decisions.json"], folder.Names());
    }

    [Fact]
    public void Output_FolderThatDoesNotExist_ExitsTwoNamingIt()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "missing", "decisions.json");

        var run = ToolProcess.Run(null, "evaluate", "-o", target);

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.StartsWith($"cpor-rules: cannot write {target}: ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(folder.Names());
    }

    [Fact]
    public void Output_TargetIsAFolder_ExitsTwo()
    {
        using var folder = new TempFolder();

        var run = ToolProcess.Run(null, "evaluate", "-o", folder.Path);

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.StartsWith($"cpor-rules: cannot write {folder.Path}: it is a directory", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_RunKilledWhileReading_LeavesTheTargetAsItWas()
    {
        using var folder = new TempFolder();
        var target = folder.File("decisions.json");
        File.WriteAllText(target, "previous run");
        using var process = ToolProcess.Start(new Dictionary<string, string>(), "evaluate", "-", "--format", "json", "-o", target);

        // Half a document on stdin, which stays open: the tool is still reading when it is killed.
        process.StandardInput.Write("{\"asOf\": \"2020-10-05\", \"claims\": [");
        process.StandardInput.Flush();
        Assert.True(WaitFor(() => folder.Names().Count == 2), "the temporary file was never created");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        Assert.Equal("previous run", File.ReadAllText(target));
        Assert.All(folder.Names().Where(n => n != "decisions.json"), n => Assert.Matches(@"^\.decisions\.json\.[0-9a-f]{32}\.tmp$", n));
    }

    [Fact]
    public void Ndjson_Sample_OneDecisionPerLineThenArbitrationsThenTheSummary()
    {
        var run = ToolProcess.Run(null, "evaluate", "--format", "ndjson");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.EndsWith("}\n", run.Stdout, StringComparison.Ordinal);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        var document = JsonNode.Parse(Golden)!;
        var decisions = document["decisions"]!.AsArray();
        var arbitrations = document["arbitrations"]!.AsArray();
        Assert.Equal(decisions.Count + arbitrations.Count + 1, lines.Length);
        for (var i = 0; i < decisions.Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(decisions[i], JsonNode.Parse(lines[i])), $"line {i + 1} differs from decisions[{i}]");
        }

        for (var i = 0; i < arbitrations.Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(arbitrations[i], JsonNode.Parse(lines[decisions.Count + i])), $"arbitration line {i + 1} differs");
        }

        var last = JsonNode.Parse(lines[^1])!;
        Assert.Equal("cpor-2020.09", (string?)last["ruleSet"]);
        Assert.Equal("2020-10-05", (string?)last["asOf"]);
        Assert.True(JsonNode.DeepEquals(document["summary"], last["summary"]));
    }

    [Fact]
    public void Ndjson_LinesReassembled_AreAValidDecisionDocument()
    {
        var run = ToolProcess.Run(null, "evaluate", "--format", "ndjson", "--culture", "ko-KR");
        var lines = run.Stdout.TrimEnd('\n').Split('\n').Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

        var document = new JsonObject
        {
            ["ruleSet"] = lines[^1]["ruleSet"]!.DeepClone(),
            ["asOf"] = lines[^1]["asOf"]!.DeepClone(),
            ["decisions"] = new JsonArray(lines.Where(l => l.ContainsKey("claimId")).Select(l => (JsonNode)l.DeepClone()).ToArray()),
            ["arbitrations"] = new JsonArray(lines.Where(l => l.ContainsKey("ranking")).Select(l => (JsonNode)l.DeepClone()).ToArray()),
            ["summary"] = lines[^1]["summary"]!.DeepClone(),
        };

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.True(ContractSchemaTests.Evaluate(ContractSchemas.Decision, JsonSerializer.SerializeToElement(document)).IsValid);
        Assert.Equal(31, document["decisions"]!.AsArray().Count);
    }

    [Fact]
    public void Compact_Json_IsOneLineWithTheSameDocument()
    {
        var run = ToolProcess.Run(null, "evaluate", "--format", "json", "--compact");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Single(run.Stdout.TrimEnd('\n').Split('\n'));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Golden), JsonNode.Parse(run.Stdout)));
    }

    [Theory]
    [InlineData("--compact")]
    [InlineData("--compact", "--format", "ndjson")]
    [InlineData("--only", "rejected", "--format", "json")]
    [InlineData("--all", "--format", "ndjson")]
    [InlineData("--only", "approved")]
    [InlineData("--all=yes")]
    [InlineData("-o")]
    public void Evaluate_OptionThatDoesNotApply_ExitsTwoWithUsage(params string[] options)
    {
        var run = ToolProcess.Run(null, ["evaluate", .. options]);

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("Usage: cpor-rules evaluate", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Sample_IsValidAndNotesTheUnreadableClaimValuesWithTheirPaths()
    {
        var run = ToolProcess.Run(null, "validate");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Equal(
            [
                "$.claims[10].partnerId: '44-12345' is not a valid PartnerId: it must contain digits only (InvalidClaimData)",
                "$.claims[10].solutionArea: 'Dynamics365' is not a SolutionArea; expected one of: BusinessApplications, Microsoft365 (InvalidClaimData)",
                "$.claims[10].submittedOn: '2020/10/01' is not a date in the form yyyy-MM-dd (InvalidClaimData)",
                "$.claims[17].subscriptionId: not a subscription ID (GUID) (NotASubscriptionId)",
                "the embedded sample is a valid batch document: 31 claims, 3 tenants, 12 subscriptions, 6 partners, 4 associations; 2 claims with unreadable values would be decided Rejected.",
            ],
            run.Stdout.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Validate_Strict_CountsUnreadableClaimValuesAsProblems()
    {
        var run = ToolProcess.Run(null, "validate", "--strict");

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.EndsWith("the embedded sample is not valid with --strict: 4 claim values of 2 claims cannot be read (31 claims, 3 tenants, 12 subscriptions, 6 partners, 4 associations).\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CleanStandardInput_ExitsZero()
    {
        var run = ToolProcess.Run(BatchJson.Document(BatchJson.Claim("C-1")).ToJsonString(), "validate", "-", "--strict");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Matches(@"^stdin is a valid batch document: 1 claim, 1 tenant, \d+ subscriptions?, \d+ partners?, \d+ associations?\.\n$", run.Stdout);
    }

    [Fact]
    public void Validate_RefusedDocument_PrintsEveryProblemWithItsPathAndExitsTwo()
    {
        var document = BatchJson.Document(BatchJson.Claim("C-1"));
        ((JsonObject)document["subscriptions"]![0]!)["state"] = "Lapsed";
        ((JsonArray)document["claims"]!).Add(42);
        using var file = new TempFile(document.ToJsonString());

        var run = ToolProcess.Run(null, "validate", file.Path);

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Equal(
            [
                "$.subscriptions[0].state: 'Lapsed' is not a SubscriptionState; expected one of: Active, InGrace, Pending, Suspended, Disabled, Expired, Deleted.",
                "$.claims[1]: a claim must be a JSON object, found a number (42)",
                $"{file.Path} is not a valid batch document (2 problems); evaluate would refuse it.",
            ],
            run.Stdout.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwoOnStderr()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"cpor-missing-{Guid.NewGuid():N}.json");

        var run = ToolProcess.Run(null, "validate", missing);

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.StartsWith($"cpor-rules: cannot read {missing}: ", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("batch")]
    [InlineData("decision")]
    public void Schema_Name_PrintsTheEmbeddedSchema(string name)
    {
        var run = ToolProcess.Run(null, "schema", name);

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Equal(Repository.Read($"src/Cpor.Rules/Schemas/{name}.schema.json").Replace("\r\n", "\n", StringComparison.Ordinal), run.Stdout);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)JsonNode.Parse(run.Stdout)!["$schema"]);
    }

    [Theory]
    [InlineData]
    [InlineData("claims")]
    [InlineData("batch", "decision")]
    public void Schema_UnknownName_ExitsTwo(params string[] names)
    {
        var run = ToolProcess.Run(null, ["schema", .. names]);

        Assert.Equal(ExitCode.Refused, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.StartsWith("cpor-rules: schema takes batch or decision", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_Rejected_ShowsOnlyRejectedClaimsSaysSoFirstAndSummarisesAll()
    {
        var run = ToolProcess.Run(null, "evaluate", "--only", "rejected");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Empty(run.Stderr);
        var notice = run.Stdout.IndexOf("Only Rejected claims are shown: 19 of 19.", StringComparison.Ordinal);
        Assert.InRange(notice, 0, run.Stdout.IndexOf("Decisions", StringComparison.Ordinal));
        var rows = DecisionRows(run.Stdout);
        Assert.Equal(19, rows.Count);
        Assert.All(rows, r => Assert.Equal("Rejected", r.Outcome));
        Assert.DoesNotContain("C-1001 ", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"Total\s+│\s+31 ", run.Stdout);
    }

    [Theory]
    [InlineData("eligible", "Eligible", 5)]
    [InlineData("partially-eligible", "PartiallyEligible", 1)]
    [InlineData("action-required", "ActionRequired", 4)]
    [InlineData("under-review", "UnderReview", 2)]
    public void Only_EachOutcome_ShowsThoseClaims(string option, string outcome, int count)
    {
        var run = ToolProcess.Run(null, "evaluate", "--only", option);

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        var rows = DecisionRows(run.Stdout);
        Assert.Equal(count, rows.Count);
        Assert.All(rows, r => Assert.Equal(outcome, r.Outcome));
    }

    [Fact]
    public void Table_MoreClaimsThanShown_SaysSoBeforeTheTables()
    {
        using var file = new TempFile(BatchJson.Document(Enumerable.Range(1, TableReport.MaxClaimsShown + 1).Select(i => BatchJson.TeamsClaim($"M-{i}")).ToArray()).ToJsonString());

        var run = ToolProcess.Run(null, "evaluate", file.Path);

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        var notice = run.Stdout.IndexOf("The first 500 of 501 claims are shown; use --all or --format json for all of them.", StringComparison.Ordinal);
        Assert.InRange(notice, 0, run.Stdout.IndexOf("Decisions", StringComparison.Ordinal));
        Assert.Equal(500, DecisionRows(run.Stdout).Count);
    }

    [Fact]
    public void All_MoreClaimsThanShownByDefault_ShowsEveryClaimWithoutANotice()
    {
        using var file = new TempFile(BatchJson.Document(Enumerable.Range(1, TableReport.MaxClaimsShown + 1).Select(i => BatchJson.TeamsClaim($"M-{i}")).ToArray()).ToJsonString());

        var run = ToolProcess.Run(null, "evaluate", file.Path, "--all");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Equal(501, DecisionRows(run.Stdout).Count);
        Assert.Contains("│ M-501 ", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("are shown", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AsOf_IsRecordedAndChangesNoDecision()
    {
        var run = ToolProcess.Run(null, "evaluate", "--format", "json", "--as-of", "2031-01-31");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        var written = JsonNode.Parse(run.Stdout)!.AsObject();
        var golden = JsonNode.Parse(Golden)!.AsObject();
        Assert.Equal("2031-01-31", (string?)written["asOf"]);
        Assert.True(JsonNode.DeepEquals(golden["decisions"], written["decisions"]));
        Assert.True(JsonNode.DeepEquals(golden["arbitrations"], written["arbitrations"]));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko-KR")]
    public void Table_At80Columns_FitsWithoutBreakingWordsOrGuids(string culture)
    {
        var run = ToolProcess.Run(null, new Dictionary<string, string> { ["COLUMNS"] = "80" }, "evaluate", "--culture", culture);

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        Assert.All(lines, l => Assert.True(CellWidth(l) <= 80, $"wider than 80 columns: {l}"));
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}", run.Stdout);
        Assert.Contains("3f2504e0…", run.Stdout, StringComparison.Ordinal);

        // Words that a squeezed column used to cut: each appears whole somewhere, and no line ends inside one.
        foreach (var word in new[] { "PoeRecency", "Incumbency", "CompetingClaimUnderReview" })
        {
            Assert.Contains(word, run.Stdout, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(@"PoeRecenc\s*│|Incumbenc\s*│|CompetingClaimUnder\s*│", run.Stdout);
    }

    [Fact]
    public void Table_Korean_WordsOutcomesInKorean()
    {
        var run = ToolProcess.Run(null, "evaluate", "--culture", "ko-KR");

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Matches(@"│ 적격\s+│\s+5 │", run.Stdout);
        Assert.Matches(@"│ 부분 적격\s+│\s+1 │", run.Stdout);
        Assert.Matches(@"│ 조치 필요\s+│\s+4 │", run.Stdout);
        Assert.Matches(@"│ 검토 중\s+│\s+2 │", run.Stdout);
        Assert.Matches(@"│ 거부됨\s+│\s+19 │", run.Stdout);
        Assert.Contains("Dynamics 365 Sales → 거부됨", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("수동 검토", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"│ (Eligible|Rejected|UnderReview|ActionRequired|PartiallyEligible)\s", run.Stdout);
    }

    [Theory]
    [InlineData("en", "· 1 claim ─")]
    [InlineData("ko-KR", "· 클레임 1건 ─")]
    public void Table_OneClaim_SaysItInTheSingular(string culture, string header)
    {
        using var file = new TempFile(BatchJson.Document(BatchJson.Claim("C-1")).ToJsonString());

        var run = ToolProcess.Run(null, "evaluate", file.Path, "--culture", culture);

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Contains(header, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_StderrNotATerminal_NothingOnStderrEvenForStandardInput()
    {
        var run = ToolProcess.Run(BatchJson.Document(BatchJson.Claim("C-1")).ToJsonString(), "evaluate", "-", "-o", Path.Combine(Path.GetTempPath(), $"cpor-{Guid.NewGuid():N}.txt"));

        Assert.Equal(ExitCode.Decided, run.ExitCode);
        Assert.Empty(run.Stderr);
    }

    /// <summary>The rows of the decisions table: claim ID and outcome of each first row of a claim.</summary>
    private static List<(string Claim, string Outcome)> DecisionRows(string table)
    {
        var end = table.IndexOf("Findings and what to do", StringComparison.Ordinal);
        return DecisionRow().Matches(end < 0 ? table : table[..end])
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value))
            .ToList();
    }

    [GeneratedRegex(@"^│ ([CM]-\d+)\s+│ \S+\s+│ (\w+)\s+│", RegexOptions.Multiline)]
    private static partial Regex DecisionRow();

    /// <summary>Terminal cells of a line: Hangul and other wide characters take two.</summary>
    private static int CellWidth(string line) => line.Sum(c => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uFF00' and <= '\uFF60' ? 2 : 1);

    private static bool WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 600; i++)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(100);
        }

        return false;
    }
}
