using Cpor.Rules.Arbitration;
using static Cpor.Rules.Tests.Arbitration.ArbitrationScenario;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Arbitration;

/// <summary>The contest fact as explanations show it.</summary>
public sealed class ContestTests
{
    [Fact]
    public void ToString_ClaimantsOnly_CountsThem()
    {
        var contest = new Contest(SalesKey, [Candidate("C-1", Partner, "2020-09-10"), Candidate("C-2", Rival, "2020-09-11")], null);

        Assert.Equal($"{SalesKey}: 2 claimant(s)", contest.ToString());
    }

    [Fact]
    public void ToString_WithIncumbent_SaysSo()
    {
        var contest = new Contest(SalesKey, [Candidate("C-1", Partner, "2020-09-10")], Incumbent(Rival, "2020-09-01"));

        Assert.Equal($"{SalesKey}: 1 claimant(s) and the incumbent", contest.ToString());
    }
}
