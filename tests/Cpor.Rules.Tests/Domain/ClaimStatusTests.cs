using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class ClaimStatusTests
{
    public static TheoryData<string> NearMisses => SmartEnumAssert.NearMisses("Editing", "Submitted", "UnderReview", "PartnerActionRequired", "Approved", "Rejected");

    [Fact]
    public void List_IsExactlyTheContractNames()
        => SmartEnumAssert.ListIs<ClaimStatus>("Editing", "Submitted", "UnderReview", "PartnerActionRequired", "Approved", "Rejected");

    [Theory]
    [InlineData("Editing")]
    [InlineData("Submitted")]
    [InlineData("UnderReview")]
    [InlineData("PartnerActionRequired")]
    [InlineData("Approved")]
    [InlineData("Rejected")]
    public void Parse_ContractName_ReturnsTheValueOfThatName(string name)
    {
        var value = ClaimStatus.Parse(name);

        Assert.Equal(name, value.Name);
        Assert.Equal(name, value.ToString());
        Assert.True(ClaimStatus.TryParse(name, out var parsed));
        Assert.Same(value, parsed);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Parse_NearMiss_ThrowsFormatExceptionNamingValueAndExpectedNames(string text)
        => SmartEnumAssert.Refuses(ClaimStatus.Parse, text);

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void TryParse_NearMiss_ReturnsFalse(string text)
    {
        Assert.False(ClaimStatus.TryParse(text, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(ClaimStatus.TryParse(null, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => ClaimStatus.Parse(null!)).ParamName);

    [Theory]
    [InlineData("Editing", false)]
    [InlineData("Submitted", true)]
    [InlineData("UnderReview", false)]
    [InlineData("PartnerActionRequired", true)]
    [InlineData("Approved", false)]
    [InlineData("Rejected", false)]
    public void AllowsEdits_SubmittedAndPartnerActionRequiredOnly(string name, bool allowsEdits)
        => Assert.Equal(allowsEdits, ClaimStatus.Parse(name).AllowsEdits);
}
