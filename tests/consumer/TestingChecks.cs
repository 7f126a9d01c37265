// Tests written with Cpor.Rules.Testing as NuGet delivers it, framework-neutral: each check is a method that throws
// (CporAssertionException from the package) when it fails. They test the consumer's own rule (WatchedDomainRule, in
// Program.cs) and a ranking rule of its own.
using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Testing;

internal static class TestingChecks
{
    private static readonly WatchedDomains Watched = new("watched.example.com");

    private static readonly CporRuleSet WithWatchedDomains = CporRuleSet.Create(additionalRules: [new WatchedDomainRule(Watched)]);

    /// <summary>Runs every check; returns one problem per failed check.</summary>
    public static IEnumerable<string> Run()
    {
        var checks = new (string Name, Action Check)[]
        {
            (nameof(WatchedDomainRule_WatchedDomain_ActionRequiredWithTheFinding), WatchedDomainRule_WatchedDomain_ActionRequiredWithTheFinding),
            (nameof(WatchedDomainRule_OtherDomain_DoesNotFire), WatchedDomainRule_OtherDomain_DoesNotFire),
            (nameof(WatchedDomainRule_SampleBatch_KeepsEveryCatalogueBehaviour), WatchedDomainRule_SampleBatch_KeepsEveryCatalogueBehaviour),
            (nameof(LowestPartnerIdRanking_TiedClaims_LowerPartnerIdFirst), LowestPartnerIdRanking_TiedClaims_LowerPartnerIdFirst),
            (nameof(ShouldBe_OtherOutcome_FailsWithTheDecisionInTheMessage), ShouldBe_OtherOutcome_FailsWithTheDecisionInTheMessage),
        };
        foreach (var (name, check) in checks)
        {
            string? problem = null;
            try
            {
                check();
            }
            catch (Exception error)
            {
                problem = $"{name}: {error.Message}";
            }

            if (problem is not null)
            {
                yield return problem;
            }
        }
    }

    private static void WatchedDomainRule_WatchedDomain_ActionRequiredWithTheFinding()
    {
        var decision = CporScenario.Create()
            .WithTenant(domains: ["watched.example.com"])
            .WithClaim(c => c with { CustomerDomain = "watched.example.com" })
            .DecideClaim(WithWatchedDomains)
            .ShouldBe(OutcomeKind.ActionRequired)
            .ShouldHaveFindings(WatchedDomainRule.Code)
            .ShouldHaveClaimFinding(WatchedDomainRule.Code);

        var firing = decision.ShouldHaveFired("ACME-100").Single();
        if (firing.Facts.Single() is not ClaimFact { Claim.Id.Value: "C-1" })
        {
            throw new InvalidOperationException($"ACME-100 should have matched the claim fact of C-1: {string.Join(", ", firing.Facts)}");
        }
    }

    private static void WatchedDomainRule_OtherDomain_DoesNotFire()
        => CporScenario.Create(SolutionArea.Microsoft365).DecideClaim(WithWatchedDomains)
            .ShouldBe(OutcomeKind.Eligible).ShouldNotHaveFinding(WatchedDomainRule.Code).ShouldNotHaveFired("ACME-100");

    private static void WatchedDomainRule_SampleBatch_KeepsEveryCatalogueBehaviour()
        => new WatchedDomainRule(Watched).ShouldKeepCatalogueBehaviour();

    private static void LowestPartnerIdRanking_TiedClaims_LowerPartnerIdFirst()
    {
        var rules = CporRuleSet.Create(new CporOptions { Ranking = RankingPolicy.Default.Then(new LowestPartnerIdRanking()) });

        var result = CporScenario.Create().WithCompetingClaim().Decide(rules);

        result.ShouldRank("C-1", 1).ShouldRank("C-2", 2);
        result.DecisionOf("C-2").ShouldBe(OutcomeKind.Rejected).ShouldHaveFinding(FindingCode.CompetingClaimLost, CporScenario.DefaultProduct);
        CporScenario.Create().WithCompetingClaim().Decide().ShouldRank("C-1", 1).ShouldRank("C-2", 1);
    }

    private static void ShouldBe_OtherOutcome_FailsWithTheDecisionInTheMessage()
    {
        try
        {
            CporScenario.Create().DecideClaim().ShouldBe(OutcomeKind.Rejected);
        }
        catch (CporAssertionException error) when (error.Message.StartsWith("Expected claim C-1 to be Rejected, but it is Eligible.", StringComparison.Ordinal))
        {
            return;
        }

        throw new InvalidOperationException("ShouldBe did not fail with its message.");
    }
}

/// <summary>A ranking rule of the consumer's own: among tied contenders the lower partner ID ranks higher.</summary>
internal sealed class LowestPartnerIdRanking : IRankingRule
{
    public string Name => "LowestPartnerId";

    public int Compare(Contender x, Contender y) => string.CompareOrdinal(y.PartnerId.ToString(), x.PartnerId.ToString());
}
