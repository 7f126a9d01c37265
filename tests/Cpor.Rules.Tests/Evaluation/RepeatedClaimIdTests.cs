using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Arbitration.ArbitrationScenario;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Evaluation;

/// <summary>DOMAIN.md section 8: claim IDs are unique within a batch; a repeat is a bad value of the later claim.</summary>
public sealed class RepeatedClaimIdTests
{
    [Fact]
    public void EvaluateBatch_ThreeClaimsWithOneId_FirstDecidedOthersInvalidAndOutOfTheContest()
    {
        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-01"), Claimant("C-1", Rival, "2020-09-20"), Claimant("C-1", Third, "2020-09-30")]);

        Assert.Equal(3, result.Decisions.Count);
        Assert.Equal(OutcomeKind.Eligible, result.Decisions[0].Kind);
        Assert.Empty(result.Arbitrations);
        foreach (var repeat in result.Decisions.Skip(1))
        {
            Assert.Equal(OutcomeKind.Rejected, repeat.Kind);
            var finding = Assert.Single(repeat.Findings);
            Assert.Equal(FindingCode.InvalidClaimData, finding.Code);
            Assert.Equal("claimId: repeats the claim ID of $.claims[0]", finding.Detail);
        }
    }

    [Fact]
    public void EvaluateBatch_RepeatSubmittedEarlierBySamePartner_NeitherIsADuplicate()
    {
        var result = DecideBatch([Raw("C-1"), Raw("C-1") with { SubmittedOn = "2020-09-30" }]);

        Assert.Equal(OutcomeKind.Eligible, result.Decisions[0].Kind);
        Assert.Equal(["InvalidClaimData"], result.Decisions[1].Codes());
    }

    [Fact]
    public void EvaluateBatch_RepeatAfterOtherClaims_NamesThePathOfTheFirst()
    {
        var result = DecideBatch([Raw("A"), Raw("B") with { PartnerId = Rival.ToString() }, Raw("A") with { PartnerId = Third.ToString() }]);

        Assert.Equal("claimId: repeats the claim ID of $.claims[0]", Assert.Single(result.Decisions[2].Findings).Detail);
        Assert.DoesNotContain(result.Decisions[1].Findings, f => f.Code == FindingCode.InvalidClaimData);
    }
}
