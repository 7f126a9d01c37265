using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class PartnerRoleTests
{
    public static TheoryData<string> NearMisses => SmartEnumAssert.NearMisses("BillingAdmin", "GlobalAdmin", "IncentivesAdmin", "IncentivesUser", "Other");

    [Fact]
    public void List_IsExactlyTheContractNames()
        => SmartEnumAssert.ListIs<PartnerRole>("BillingAdmin", "GlobalAdmin", "IncentivesAdmin", "IncentivesUser", "Other");

    [Theory]
    [InlineData("BillingAdmin")]
    [InlineData("GlobalAdmin")]
    [InlineData("IncentivesAdmin")]
    [InlineData("IncentivesUser")]
    [InlineData("Other")]
    public void Parse_ContractName_ReturnsTheValueOfThatName(string name)
    {
        var value = PartnerRole.Parse(name);

        Assert.Equal(name, value.Name);
        Assert.Equal(name, value.ToString());
        Assert.True(PartnerRole.TryParse(name, out var parsed));
        Assert.Same(value, parsed);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Parse_NearMiss_ThrowsFormatExceptionNamingValueAndExpectedNames(string text)
        => SmartEnumAssert.Refuses(PartnerRole.Parse, text);

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void TryParse_NearMiss_ReturnsFalse(string text)
    {
        Assert.False(PartnerRole.TryParse(text, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(PartnerRole.TryParse(null, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => PartnerRole.Parse(null!)).ParamName);

    [Theory]
    [InlineData("BillingAdmin", true)]
    [InlineData("GlobalAdmin", true)]
    [InlineData("IncentivesAdmin", true)]
    [InlineData("IncentivesUser", false)]
    [InlineData("Other", false)]
    public void MaySubmitClaims_TheThreeAdminsOnly(string name, bool maySubmit)
        => Assert.Equal(maySubmit, PartnerRole.Parse(name).MaySubmitClaims);
}
