using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class PurchaseChannelTests
{
    public static TheoryData<string> NearMisses => SmartEnumAssert.NearMisses("VolumeLicensing", "WebDirect", "Csp");

    [Fact]
    public void List_IsExactlyTheContractNames()
        => SmartEnumAssert.ListIs<PurchaseChannel>("VolumeLicensing", "WebDirect", "Csp");

    [Theory]
    [InlineData("VolumeLicensing")]
    [InlineData("WebDirect")]
    [InlineData("Csp")]
    public void Parse_ContractName_ReturnsTheValueOfThatName(string name)
    {
        var value = PurchaseChannel.Parse(name);

        Assert.Equal(name, value.Name);
        Assert.Equal(name, value.ToString());
        Assert.True(PurchaseChannel.TryParse(name, out var parsed));
        Assert.Same(value, parsed);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Parse_NearMiss_ThrowsFormatExceptionNamingValueAndExpectedNames(string text)
        => SmartEnumAssert.Refuses(PurchaseChannel.Parse, text);

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void TryParse_NearMiss_ReturnsFalse(string text)
    {
        Assert.False(PurchaseChannel.TryParse(text, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(PurchaseChannel.TryParse(null, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => PurchaseChannel.Parse(null!)).ParamName);

    [Theory]
    [InlineData("VolumeLicensing", true)]
    [InlineData("WebDirect", true)]
    [InlineData("Csp", false)]
    public void ClaimableForBusinessApplications_AllButCsp(string name, bool claimable)
        => Assert.Equal(claimable, PurchaseChannel.Parse(name).ClaimableForBusinessApplications);
}
