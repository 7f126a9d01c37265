using System.Globalization;
using System.Text.Json.Nodes;
using Cpor.Rules.Domain;
using Cpor.Rules.Serialization;
using static Cpor.Rules.Tests.Serialization.BatchJson;

namespace Cpor.Rules.Tests.Serialization;

/// <summary>Issue #13 items 4 and 8 through the document: repeated claim IDs, and output that stays linear with many tied winners.</summary>
public sealed class RepeatsAndTiesDocumentTests
{
    [Fact]
    public void Decide_ThreeClaimsNamedC1_OneDecisionEachAndTheRepeatsPointAtTheFirst()
    {
        var result = Document(TeamsClaim("C-1"), TeamsClaim("C-1"), TeamsClaim("C-1")).Decide();

        Assert.Equal(["C-1", "C-1", "C-1"], result.Decisions.Select(d => d.ClaimId?.Value));
        Assert.Equal(OutcomeKind.Eligible, result.Decisions[0].Kind);
        Assert.All(result.Decisions.Skip(1), d => Assert.Equal("claimId: repeats the claim ID of $.claims[0]", Assert.Single(d.Findings).Detail));
        Assert.Empty(result.Arbitrations);
        Assert.DoesNotContain(result.Decisions[0].Findings, f => f.Code == FindingCode.DuplicateClaim);
    }

    [Fact]
    public void Write_ThousandTiedWinnersAndThousandLosers_OutputLinearInTheInput()
    {
        // Before: every losing line's message listed every tied winner, so the output grew with winners x losers.
        const int Each = 1_000;
        var document = Document();
        var partners = new JsonArray();
        var claims = new JsonArray();
        for (var i = 0; i < 2 * Each; i++)
        {
            var partner = (6_000_000 + i).ToString(CultureInfo.InvariantCulture);
            partners.Add(new JsonObject { ["partnerId"] = partner, ["account"] = "Location", ["enrolledIn"] = new JsonArray("Microsoft365") });
            var claim = TeamsClaim($"T-{i:0000}").With("partnerId", partner);
            claim["proofOfExecution"]!["customerAcknowledgedOn"] = i < Each ? "2020-09-30" : "2020-09-01";
            claims.Add(claim);
        }

        document["partners"] = partners;
        document["claims"] = claims;
        var input = document.ToJsonString();

        var result = document.Decide();
        using var output = new MemoryStream();
        DecisionDocumentWriter.Write(result, output, CultureInfo.GetCultureInfo("en"), indented: true);

        var contest = Assert.Single(result.Arbitrations);
        Assert.Equal(2 * Each, contest.Ranking.Count);
        Assert.Equal(OutcomeKind.Rejected, result.Decisions[^1].Kind);
        Assert.EndsWith($"and {Each - 3} others", Assert.Single(result.Decisions[^1].Findings).Detail, StringComparison.Ordinal);
        Assert.True(output.Length < 20L * input.Length, $"output {output.Length:N0} bytes for an input of {input.Length:N0}");
    }
}
