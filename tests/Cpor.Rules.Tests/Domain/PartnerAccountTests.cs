using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class PartnerAccountTests
{
    public static TheoryData<string> NearMisses => SmartEnumAssert.NearMisses("Location", "Global");

    [Fact]
    public void List_IsExactlyTheContractNames()
        => SmartEnumAssert.ListIs<PartnerAccount>("Location", "Global");

    [Theory]
    [InlineData("Location")]
    [InlineData("Global")]
    public void Parse_ContractName_ReturnsTheValueOfThatName(string name)
    {
        var value = PartnerAccount.Parse(name);

        Assert.Equal(name, value.Name);
        Assert.Equal(name, value.ToString());
        Assert.True(PartnerAccount.TryParse(name, out var parsed));
        Assert.Same(value, parsed);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Parse_NearMiss_ThrowsFormatExceptionNamingValueAndExpectedNames(string text)
        => SmartEnumAssert.Refuses(PartnerAccount.Parse, text);

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void TryParse_NearMiss_ReturnsFalse(string text)
    {
        Assert.False(PartnerAccount.TryParse(text, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(PartnerAccount.TryParse(null, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => PartnerAccount.Parse(null!)).ParamName);

    [Fact]
    public void MayClaim_LocationOnly()
    {
        Assert.True(PartnerAccount.Location.MayClaim);
        Assert.False(PartnerAccount.Global.MayClaim);
    }
}
