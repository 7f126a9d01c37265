using System.Text.Json;
using System.Text.RegularExpressions;
using Cpor.Rules.Arbitration;
using Cpor.Rules.Cli;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Serialization;
using Cpor.Rules.Tests.Serialization;

namespace Cpor.Rules.Tests.Cli;

/// <summary>
/// The embedded sample is documentation: it must show every rule code and every outcome, its notes must say what
/// each claim demonstrates, and its decisions are pinned by a golden decision document.
/// </summary>
public sealed class SampleBatchTests
{
    /// <summary>Where the expected decisions live. Set CPOR_UPDATE_GOLDEN=1 to rewrite it after an intended change, then review the diff.</summary>
    private const string GoldenPath = "tests/Cpor.Rules.Tests/Cli/Golden/sample-decisions.en.json";

    private static readonly Lazy<BatchResult> Decided = new(() => Read().Decide());

    [Fact]
    public void Sample_DecidedAsJson_MatchesTheGoldenDecisionDocument()
    {
        var run = CliRun.Of("evaluate", "--format", "json");
        Assert.Equal(ExitCode.Decided, run.ExitCode);

        if (Environment.GetEnvironmentVariable("CPOR_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Repository.File(GoldenPath), run.Stdout);
        }

        var golden = Repository.Read(GoldenPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(golden, run.Stdout);
    }

    [Fact]
    public void Sample_Decisions_ShowEveryCatalogueCode()
    {
        var shown = Decided.Value.Decisions.SelectMany(d => d.Findings).Select(f => f.Code).ToHashSet();

        // EvaluationFault comes only from a failing rule, never from the catalogue on contract values.
        Assert.Empty(FindingCode.List.Where(code => code != FindingCode.EvaluationFault && !shown.Contains(code)).Select(code => code.Name));
    }

    [Fact]
    public void Sample_Decisions_ShowEveryOutcome()
    {
        var shown = Decided.Value.Decisions.Select(d => d.Kind).ToHashSet();

        Assert.Empty(OutcomeKind.List.Where(kind => !shown.Contains(kind)).Select(kind => kind.Name));
    }

    [Fact]
    public void Sample_Arbitrations_IncludeAnIncumbentATieAndBothRankingRules()
    {
        var contests = Decided.Value.Arbitrations;

        Assert.Contains(contests, c => c.Ranking.Any(r => r.Contender.IsIncumbent && r.Rank > 1));
        Assert.Contains(contests, c => c.Ranking[0].Contender.IsIncumbent);
        Assert.Contains(contests, c => c.Verdict == ArbitrationVerdict.ManualReview);
        Assert.Contains(contests, c => c.Ranking.Any(r => r.SeparatedBy == "PoeRecency"));
        Assert.Contains(contests, c => c.Ranking.Any(r => r.SeparatedBy == "Incumbency"));
    }

    [Fact]
    public void Sample_Notes_NameEachClaimsOutcomeAndEveryRuleItTriggers()
    {
        using var sample = JsonDocument.Parse(SampleBatch.Open());
        var notes = sample.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("note").GetString()!).ToList();

        Assert.Equal(Decided.Value.Decisions.Count, notes.Count);
        foreach (var (decision, note) in Decided.Value.Decisions.Zip(notes))
        {
            Assert.Matches($"^{decision.Kind.Name}\\b", note);
            foreach (var finding in decision.Findings)
            {
                Assert.Contains(finding.RuleId, note, StringComparison.Ordinal);
            }

            // A note mentions no rule of its own claim that did not fire, except when it names another claim.
            foreach (Match mentioned in Regex.Matches(note, "CPOR-\\d{3}"))
            {
                Assert.True(
                    decision.Findings.Any(f => f.RuleId == mentioned.Value) || note.Contains(" for C-", StringComparison.Ordinal),
                    $"{decision.ClaimId}: the note mentions {mentioned.Value}, which did not fire");
            }
        }
    }

    [Fact]
    public void Sample_Claims_AreReadableExceptTheOneThatShowsInvalidClaimData()
    {
        var unreadable = Read().Claims.Where(c => c.DataErrors.Count > 0).Select(c => c.Id?.Value).ToList();

        Assert.Equal(["C-1011"], unreadable);
    }

    private static BatchDocument Read()
    {
        using var stream = SampleBatch.Open();
        return BatchDocumentReader.Read(stream).AsT0;
    }
}
