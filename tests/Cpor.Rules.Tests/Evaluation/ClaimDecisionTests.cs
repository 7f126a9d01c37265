using Cpor.Rules.Domain;
using Cpor.Rules.Evaluation;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Evaluation;

/// <summary>
/// A decision keeps the lines without findings of their own as their key parts and makes them when read: what is read
/// must be what an eagerly made decision would hold.
/// </summary>
public sealed class ClaimDecisionTests
{
    [Fact]
    public void Lines_CleanTwoLineClaim_EachLineEligibleWithItsOwnSubscription()
    {
        var decision = Decide(RawSalesAndService());

        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.Collection(
            decision.Lines,
            sales => AssertLine(sales, SalesProduct, AssociationKey.ForSubscription(Tenant, Sales), OutcomeKind.Eligible),
            service => AssertLine(service, ServiceProduct, AssociationKey.ForSubscription(Tenant, ServiceOne), OutcomeKind.Eligible));
        Assert.All(decision.Lines, line => Assert.Empty(line.Findings));
        Assert.Equal(Sales, decision.Lines[0].SubscriptionId);
        Assert.Null(decision.Lines[0].Workload);
    }

    [Fact]
    public void Lines_Microsoft365Line_KeyIsTheWorkloadAsClaimed()
    {
        var decision = Decide(RawM365() with { Products = ["teams"] });

        var line = Assert.Single(decision.Lines);
        AssertLine(line, "teams", AssociationKey.ForWorkload(Tenant, "teams"), OutcomeKind.Eligible);
        Assert.Empty(line.Findings);
        Assert.Equal("teams", line.Workload);
        Assert.Null(line.SubscriptionId);
    }

    [Fact]
    public void Lines_UnknownTenant_EveryLineUnkeyedWithTheClaimsOutcomeAndNoFindingsOfItsOwn()
    {
        var decision = Decide(RawSalesAndService() with { TenantId = UnknownTenant.ToString() });

        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
        Assert.Equal(2, decision.Lines.Count);
        Assert.All(decision.Lines, line => AssertLine(line, line.Product, null, OutcomeKind.Rejected));
        Assert.All(decision.Lines, line => Assert.Null(line.SubscriptionId));
        Assert.All(decision.Lines, line => Assert.Empty(line.Findings));
        Assert.Equal(["TenantNotFound"], decision.Codes());
    }

    [Fact]
    public void Lines_OneLineWithAFindingOfItsOwn_OnlyThatLineCarriesIt()
    {
        var facts = Facts(SubscriptionsWith(Sales, state: SubscriptionState.InGrace));

        var decision = Decide(RawSalesAndService(), facts);

        Assert.Equal(["SubscriptionInGrace"], decision.Lines[0].Findings.Select(f => f.Code.Name));
        Assert.Empty(decision.Lines[1].Findings);
        Assert.Equal(AssociationKey.ForSubscription(Tenant, Sales), decision.Lines[0].Key);
        Assert.Equal(AssociationKey.ForSubscription(Tenant, ServiceOne), decision.Lines[1].Key);
    }

    [Fact]
    public void Lines_TwoLinesWithFindingsOfTheSameOutcome_EachCarriesOnlyItsOwn()
    {
        var facts = Facts(DefaultSubscriptions.Select(s => s.Id == Sales || s.Id == ServiceOne
            ? new Subscription(s.Id, s.TenantId, s.Product, s.IsDynamics, s.Channel, SubscriptionState.InGrace)
            : s));

        var decision = Decide(RawSalesAndService(), facts);

        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.All(decision.Lines, line => Assert.Equal(OutcomeKind.Eligible, line.Outcome));
        Assert.Equal([0, 1], decision.Findings.Select(f => f.Line!.Index));
        Assert.Same(decision.Findings[0], Assert.Single(decision.Lines[0].Findings));
        Assert.Same(decision.Findings[1], Assert.Single(decision.Lines[1].Findings));
    }

    [Fact]
    public void Lines_OneLineWithClaimAndLineFindings_LineCarriesOnlyItsOwnWithTheClaimsOutcome()
    {
        var facts = Facts(SubscriptionsWith(Sales, state: SubscriptionState.InGrace), partners: [.. DefaultPartners, new Partner(PartnerId.Parse("4499999"), PartnerAccount.Global, [SolutionArea.BusinessApplications])]);

        var decision = Decide(Raw() with { PartnerId = "4499999" }, facts);

        Assert.Equal(["GlobalPartnerId", "SubscriptionInGrace"], decision.Codes());
        var line = Assert.Single(decision.Lines);
        Assert.Equal(decision.Kind, line.Outcome);
        Assert.Same(decision.Findings[1], Assert.Single(line.Findings));
    }

    [Fact]
    public void OwnFindings_RunOfTheLineAmongClaimLevelAndOtherLines_ThatRunOnly()
    {
        var claim = Claim(RawSalesAndService() with { Products = [SalesProduct, ServiceProduct, "Dynamics 365 Field Service"] });
        Finding[] all =
        [
            new(FindingCode.AssociationOnly, claim),
            new(FindingCode.SubscriptionInGrace, claim, claim.Lines[0]),
            new(FindingCode.SubscriptionIsCsp, claim, claim.Lines[2]),
            new(FindingCode.SubscriptionNotActive, claim, claim.Lines[2]),
        ];

        Assert.Equal([all[1]], ClaimDecision.OwnFindings(all, 0));
        Assert.Empty(ClaimDecision.OwnFindings(all, 1));
        Assert.Equal([all[2], all[3]], ClaimDecision.OwnFindings(all, 2));
        Assert.Empty(ClaimDecision.OwnFindings(all, 3));
        Assert.Empty(ClaimDecision.OwnFindings(all[..1], 0));
        Finding[] whole = [all[1]];
        Assert.Same(whole, ClaimDecision.OwnFindings(whole, 0));
    }

    [Fact]
    public void ToString_DecisionWithFindings_ClaimOutcomeAndHowManyFindings()
    {
        var decision = Decide(Raw() with { TenantId = UnknownTenant.ToString() });

        Assert.Equal($"{decision.Claim}: Rejected (1 finding(s))", decision.ToString());
    }

    [Fact]
    public void Lines_ReadTwice_SameList()
    {
        var decision = Decide(RawSalesAndService());

        Assert.Same(decision.Lines, decision.Lines);
        Assert.Same(decision.Lines[1], decision.Lines[1]);
    }

    [Fact]
    public void Lines_ReadFromManyThreadsAtOnce_EveryReaderGetsTheSameList()
    {
        var decisions = DecideBatch(Enumerable.Range(0, 200).Select(i => RawSalesAndService($"C-{i}"))).Decisions;
        var seen = new IReadOnlyList<LineDecision>[decisions.Count, 4];

        Parallel.For(0, 4, reader =>
        {
            for (var i = 0; i < decisions.Count; i++)
            {
                seen[i, reader] = decisions[i].Lines;
            }
        });

        for (var i = 0; i < decisions.Count; i++)
        {
            for (var reader = 0; reader < 4; reader++)
            {
                Assert.Same(decisions[i].Lines, seen[i, reader]);
            }
        }
    }

    [Fact]
    public void LineAt_CleanAndFoundClaims_SameLinesAsLinesWithoutKeepingThem()
    {
        var grace = Facts(SubscriptionsWith(Sales, state: SubscriptionState.InGrace));
        ClaimDecision[] decisions =
        [
            Decide(RawSalesAndService()),
            Decide(RawSalesAndService(), grace),
            Decide(RawM365()),
            Decide(Raw() with { TenantId = UnknownTenant.ToString() }),
        ];

        foreach (var decision in decisions)
        {
            Assert.Equal(decision.Claim.Lines.Count, decision.LineCount);
            var made = Enumerable.Range(0, decision.LineCount).Select(decision.LineAt).ToList();
            for (var i = 0; i < made.Count; i++)
            {
                var line = decision.Lines[i];
                AssertLine(made[i], line.Product, line.Key, line.Outcome);
                Assert.Same(line.Line, made[i].Line);
                Assert.Equal(line.Findings, made[i].Findings);
            }
        }
    }

    [Fact]
    public void EvaluateBatch_Contested_RankingsKeepNoLineFacts()
    {
        var result = DecideBatch([Raw("C-1"), Raw("C-2") with { PartnerId = Rival.ToString() }]);

        var contest = Assert.Single(result.Arbitrations);
        Assert.Equal(2, contest.Ranking.Count);
        Assert.All(contest.Ranking, place => Assert.Null(place.Contender.Fact));
        Assert.All(contest.Ranking, place => Assert.NotNull(place.Contender.ClaimId));
    }

    private static void AssertLine(LineDecision line, string product, AssociationKey? key, OutcomeKind outcome)
    {
        Assert.Equal(product, line.Product);
        Assert.Equal(key, line.Key);
        Assert.Equal(outcome, line.Outcome);
    }
}
