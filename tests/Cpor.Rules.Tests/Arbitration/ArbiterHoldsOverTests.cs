using Cpor.Rules.Arbitration;
using Activity = Cpor.Rules.Domain.Activity;
using Association = Cpor.Rules.Domain.Association;
using PartnerId = Cpor.Rules.Domain.PartnerId;
using SolutionArea = Cpor.Rules.Domain.SolutionArea;
using static Cpor.Rules.Tests.Arbitration.ArbitrationScenario;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Arbitration;

/// <summary>
/// Which of several approved associations on one key is the incumbent (README, "Arbitration"): the latest approved,
/// then the latest PoE, then the lowest partner ID. Each criterion is checked at its boundary, in both directions.
/// </summary>
public sealed class ArbiterHoldsOverTests
{
    private static Association On(PartnerId partner, string approved, string poe)
        => new(partner, Tenant, SolutionArea.BusinessApplications, Sales, null, Activity.Usage, Day(approved), Day(poe));

    [Fact]
    public void HoldsOver_LaterApprovalWithOlderPoeAndHigherPartnerId_Holds()
    {
        var later = On(Rival, "2020-09-02", "2020-08-01");
        var earlier = On(Partner, "2020-09-01", "2020-08-31");

        Assert.True(Arbiter.HoldsOver(later, earlier));
        Assert.False(Arbiter.HoldsOver(earlier, later));
    }

    [Fact]
    public void HoldsOver_SameApprovalLaterPoeAndHigherPartnerId_Holds()
    {
        var newerPoe = On(Rival, "2020-09-01", "2020-08-02");
        var olderPoe = On(Partner, "2020-09-01", "2020-08-01");

        Assert.True(Arbiter.HoldsOver(newerPoe, olderPoe));
        Assert.False(Arbiter.HoldsOver(olderPoe, newerPoe));
    }

    [Fact]
    public void HoldsOver_SameDatesLowerPartnerId_Holds()
    {
        var lower = On(Partner, "2020-09-01", "2020-08-01");
        var higher = On(Rival, "2020-09-01", "2020-08-01");

        Assert.True(Arbiter.HoldsOver(lower, higher));
        Assert.False(Arbiter.HoldsOver(higher, lower));
    }

    [Fact]
    public void HoldsOver_SameAssociationData_DoesNotHold()
    {
        var one = On(Partner, "2020-09-01", "2020-08-01");
        var same = On(Partner, "2020-09-01", "2020-08-01");

        Assert.False(Arbiter.HoldsOver(one, same));
    }

    [Fact]
    public void HoldsOver_EarlierApprovalSamePoeAndLowerPartnerId_DoesNotHold()
    {
        var earlier = On(Partner, "2020-09-01", "2020-08-01");
        var later = On(Rival, "2020-09-02", "2020-08-01");

        Assert.False(Arbiter.HoldsOver(earlier, later));
    }
}
