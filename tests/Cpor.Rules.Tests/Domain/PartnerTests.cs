using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class PartnerTests
{
    [Fact]
    public void Constructor_Valid_KeepsIdAccountAndAreas()
    {
        var partner = new Partner(Samples.Partner, PartnerAccount.Location, [SolutionArea.BusinessApplications]);

        Assert.Equal(Samples.Partner, partner.Id);
        Assert.Same(PartnerAccount.Location, partner.Account);
        Assert.Equal([SolutionArea.BusinessApplications], partner.EnrolledIn);
    }

    [Fact]
    public void Constructor_RepeatedArea_KeepsItOnce()
        => Assert.Single(new Partner(Samples.Partner, PartnerAccount.Location, [SolutionArea.Microsoft365, SolutionArea.Microsoft365]).EnrolledIn);

    [Fact]
    public void Constructor_DefaultId_ThrowsArgumentExceptionNamingId()
        => Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Partner(default, PartnerAccount.Location, [])).ParamName);

    [Fact]
    public void Constructor_NullAccount_ThrowsArgumentNullExceptionNamingAccount()
        => Assert.Equal("account", Assert.Throws<ArgumentNullException>(() => new Partner(Samples.Partner, null!, [])).ParamName);

    [Fact]
    public void Constructor_NullAreas_ThrowsArgumentNullExceptionNamingEnrolledIn()
        => Assert.Equal("enrolledIn", Assert.Throws<ArgumentNullException>(() => new Partner(Samples.Partner, PartnerAccount.Location, null!)).ParamName);

    [Fact]
    public void Constructor_NullArea_ThrowsArgumentNullExceptionNamingEnrolledIn()
        => Assert.Equal("enrolledIn", Assert.Throws<ArgumentNullException>(() => new Partner(Samples.Partner, PartnerAccount.Location, [SolutionArea.Microsoft365, null!])).ParamName);

    [Fact]
    public void IsEnrolledIn_ListedAreaOnly()
    {
        var partner = new Partner(Samples.Partner, PartnerAccount.Global, [SolutionArea.Microsoft365]);

        Assert.True(partner.IsEnrolledIn(SolutionArea.Microsoft365));
        Assert.False(partner.IsEnrolledIn(SolutionArea.BusinessApplications));
    }

    [Fact]
    public void IsEnrolledIn_NoAreas_IsFalseForEvery()
    {
        var partner = new Partner(Samples.Partner, PartnerAccount.Location, []);

        Assert.DoesNotContain(SolutionArea.List, partner.IsEnrolledIn);
    }

    [Fact]
    public void Constructor_CopiesTheAreas()
    {
        var areas = new List<SolutionArea> { SolutionArea.Microsoft365 };
        var partner = new Partner(Samples.Partner, PartnerAccount.Location, areas);

        areas.Add(SolutionArea.BusinessApplications);

        Assert.False(partner.IsEnrolledIn(SolutionArea.BusinessApplications));
    }
}
