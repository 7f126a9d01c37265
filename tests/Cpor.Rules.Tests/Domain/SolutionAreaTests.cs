using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class SolutionAreaTests
{
    public static TheoryData<string> NearMisses => SmartEnumAssert.NearMisses("BusinessApplications", "Microsoft365");

    [Fact]
    public void List_IsExactlyTheContractNames()
        => SmartEnumAssert.ListIs<SolutionArea>("BusinessApplications", "Microsoft365");

    [Theory]
    [InlineData("BusinessApplications")]
    [InlineData("Microsoft365")]
    public void Parse_ContractName_ReturnsTheValueOfThatName(string name)
    {
        var value = SolutionArea.Parse(name);

        Assert.Equal(name, value.Name);
        Assert.Equal(name, value.ToString());
        Assert.True(SolutionArea.TryParse(name, out var parsed));
        Assert.Same(value, parsed);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Parse_NearMiss_ThrowsFormatExceptionNamingValueAndExpectedNames(string text)
        => SmartEnumAssert.Refuses(SolutionArea.Parse, text);

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void TryParse_NearMiss_ReturnsFalse(string text)
    {
        Assert.False(SolutionArea.TryParse(text, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(SolutionArea.TryParse(null, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => SolutionArea.Parse(null!)).ParamName);

    [Fact]
    public void ClaimsPerSubscription_BusinessApplicationsTrueMicrosoft365False()
    {
        Assert.True(SolutionArea.BusinessApplications.ClaimsPerSubscription);
        Assert.False(SolutionArea.Microsoft365.ClaimsPerSubscription);
    }

    [Theory]
    [InlineData("BusinessApplications", "PreSales", true)]
    [InlineData("BusinessApplications", "Usage", true)]
    [InlineData("BusinessApplications", "RevenueAssociation", true)]
    [InlineData("Microsoft365", "PreSales", false)]
    [InlineData("Microsoft365", "Usage", true)]
    [InlineData("Microsoft365", "RevenueAssociation", false)]
    public void Offers_ActivityMatrix_AsInTheContract(string area, string activity, bool offered)
    {
        Assert.Equal(offered, SolutionArea.Parse(area).Offers(Activity.Parse(activity)));
        Assert.Equal(offered, Activity.Parse(activity).AppliesTo(SolutionArea.Parse(area)));
    }

    [Fact]
    public void Offers_Null_ThrowsArgumentNullException()
        => Assert.Equal("activity", Assert.Throws<ArgumentNullException>(() => SolutionArea.Microsoft365.Offers(null!)).ParamName);
}
