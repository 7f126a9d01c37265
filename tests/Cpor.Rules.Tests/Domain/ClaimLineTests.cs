using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class ClaimLineTests
{
    [Fact]
    public void Lines_EachKnowsItsClaimIndexAndProduct()
    {
        var claim = Samples.NewClaim("Dynamics 365 Sales", "Dynamics 365 Finance");

        var second = claim.Lines[1];

        Assert.Same(claim, second.Claim);
        Assert.Equal(1, second.Index);
        Assert.Equal("Dynamics 365 Finance", second.Product);
    }

    [Fact]
    public void Lines_SameProductInOtherCase_AreSeparateLines()
    {
        var claim = Samples.NewClaim("Teams", "TEAMS");

        Assert.Equal(2, claim.Lines.Count);
        Assert.NotSame(claim.Lines[0], claim.Lines[1]);
    }

    [Fact]
    public void Lines_AreTheSameObjectsOnEveryRead()
    {
        var claim = Samples.NewClaim();

        Assert.Same(claim.Lines[0], claim.Lines[0]);
    }

    [Fact]
    public void ToString_NamesClaimIndexAndProduct()
        => Assert.Equal("C-1001#1 Teams", Samples.NewClaim("Exchange", "Teams").Lines[1].ToString());
}
