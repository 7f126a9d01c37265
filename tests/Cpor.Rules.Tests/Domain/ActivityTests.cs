using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class ActivityTests
{
    public static TheoryData<string> NearMisses => SmartEnumAssert.NearMisses("PreSales", "Usage", "RevenueAssociation");

    [Fact]
    public void List_IsExactlyTheContractNames()
        => SmartEnumAssert.ListIs<Activity>("PreSales", "Usage", "RevenueAssociation");

    [Theory]
    [InlineData("PreSales")]
    [InlineData("Usage")]
    [InlineData("RevenueAssociation")]
    public void Parse_ContractName_ReturnsTheValueOfThatName(string name)
    {
        var value = Activity.Parse(name);

        Assert.Equal(name, value.Name);
        Assert.Equal(name, value.ToString());
        Assert.True(Activity.TryParse(name, out var parsed));
        Assert.Same(value, parsed);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Parse_NearMiss_ThrowsFormatExceptionNamingValueAndExpectedNames(string text)
        => SmartEnumAssert.Refuses(Activity.Parse, text);

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void TryParse_NearMiss_ReturnsFalse(string text)
    {
        Assert.False(Activity.TryParse(text, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(Activity.TryParse(null, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Activity.Parse(null!)).ParamName);

    [Fact]
    public void AppliesTo_BusinessApplications_AllActivities()
    {
        Assert.True(Activity.PreSales.AppliesTo(SolutionArea.BusinessApplications));
        Assert.True(Activity.Usage.AppliesTo(SolutionArea.BusinessApplications));
        Assert.True(Activity.RevenueAssociation.AppliesTo(SolutionArea.BusinessApplications));
    }

    [Fact]
    public void AppliesTo_Microsoft365_UsageOnly()
    {
        Assert.False(Activity.PreSales.AppliesTo(SolutionArea.Microsoft365));
        Assert.True(Activity.Usage.AppliesTo(SolutionArea.Microsoft365));
        Assert.False(Activity.RevenueAssociation.AppliesTo(SolutionArea.Microsoft365));
    }

    [Fact]
    public void AppliesTo_Null_ThrowsArgumentNullException()
        => Assert.Equal("area", Assert.Throws<ArgumentNullException>(() => Activity.Usage.AppliesTo(null!)).ParamName);

    [Fact]
    public void CanEarnIncentives_RevenueAssociation_IsFalseOthersTrue()
    {
        Assert.True(Activity.PreSales.CanEarnIncentives);
        Assert.True(Activity.Usage.CanEarnIncentives);
        Assert.False(Activity.RevenueAssociation.CanEarnIncentives);
    }
}
