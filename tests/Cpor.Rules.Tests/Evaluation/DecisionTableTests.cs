using Cpor.Rules.Domain;
using Cpor.Rules.Evaluation;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Evaluation;

/// <summary>
/// A batch keeps its decisions as columns and makes each when read: what is read must not depend on whether firings
/// were kept (findings kept as they are) or not (findings kept as rows and made again).
/// </summary>
public sealed class DecisionTableTests
{
    private static readonly FactSnapshot World = Facts(SubscriptionsWith(Sales, state: SubscriptionState.InGrace), [Holds(Third, ServiceOne, new DateOnly(2020, 9, 1))]);

    [Fact]
    public void DecisionAt_ExplainedOrNot_SameOutcomesFindingsDetailsLinesAndContests()
    {
        var claims = Claims();

        var explained = CporRuleSet.Default.EvaluateBatch(claims, World, new EvaluationOptions { Explain = true });
        var quiet = CporRuleSet.Default.EvaluateBatch(claims, World, new EvaluationOptions { Explain = false, DegreeOfParallelism = 2, SessionSize = 2 });

        Assert.Equal(explained.Summary, quiet.Summary);
        for (var i = 0; i < claims.Length; i++)
        {
            var (a, b) = (explained.Decisions[i], quiet.Decisions[i]);
            Assert.Same(claims[i], b.Claim);
            Assert.Equal(a.Kind, b.Kind);
            Assert.Equal(Describe(a.Findings), Describe(b.Findings));
            Assert.Equal(a.Lines.Select(l => (l.Product, l.Key, l.Outcome, Describe(l.Findings))), b.Lines.Select(l => (l.Product, l.Key, l.Outcome, Describe(l.Findings))));
            Assert.Equal(a.Arbitrations.Select(c => c.Key), b.Arbitrations.Select(c => c.Key));
            Assert.Empty(b.Explanation);
        }

        Assert.Contains(quiet.Decisions, d => d.Findings.Count > 1);
        Assert.Contains(quiet.Decisions, d => d.Arbitrations.Count > 0);
        Assert.Contains(quiet.Decisions, d => d.Lines.Select(l => l.Outcome).Distinct().Count() > 1);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DecisionAt_ExplainedOrNot_EachLinesFindingsAreTheClaimsOwnObjects(bool explain)
    {
        var result = CporRuleSet.Default.EvaluateBatch(Claims(), World, new EvaluationOptions { Explain = explain });

        var lineFindings = 0;
        foreach (var decision in result.Decisions)
        {
            foreach (var line in decision.Lines)
            {
                Assert.All(line.Findings, f => Assert.Contains(decision.Findings, c => ReferenceEquals(c, f)));
                lineFindings += line.Findings.Count;
            }
        }

        Assert.True(lineFindings >= 3);
    }

    [Fact]
    public void DecisionAt_Explained_FindingsAreTheOnesTheFiringsReported()
    {
        var result = CporRuleSet.Default.EvaluateBatch(Claims(), World);

        Assert.Contains(result.Decisions, d => d.Findings.Count > 0 && d.Lines.Any(l => l.Findings.Count > 0));
        foreach (var decision in result.Decisions)
        {
            var reported = decision.Explanation.SelectMany(f => f.Produced).OfType<Finding>().ToList();
            Assert.All(decision.Findings, finding => Assert.Contains(reported, r => ReferenceEquals(r, finding)));
        }
    }

    [Fact]
    public void DecisionAt_FindingsOfEachClaim_BelongToThatClaim()
    {
        var claims = Claims();

        var result = CporRuleSet.Default.EvaluateBatch(claims, World, new EvaluationOptions { Explain = false, SessionSize = 2 });

        Assert.Contains(result.Decisions, d => d.Findings.Count > 0);
        Assert.All(Enumerable.Range(0, claims.Length), i => Assert.All(result.Decisions[i].Findings, f => Assert.Same(claims[i], f.Claim)));
    }

    private static Claim[] Claims()
        =>
        [
            Claim(Raw("C-1")),
            Claim(RawSalesAndService("C-2") with { PartnerId = Rival.ToString() }),
            Claim(Raw("C-3") with { TenantId = UnknownTenant.ToString(), PartnerId = UnknownPartner.ToString() }),
            Claim(Raw("C-4") with { Products = [ServiceProduct], SubscriptionId = ServiceOne.ToString() }),
            Claim(RawM365("M-1")),
            Claim(Raw("C-5") with { Activity = "Usage" }),
            Claim(RawM365("M-2") with { Products = ["Exchange", AbsentWorkload] }),
        ];

    private static string Describe(IEnumerable<Finding> findings) => string.Join("; ", findings.Select(f => $"{f.Code.Name} [{f.Line?.Index}] {f.Detail}"));
}
