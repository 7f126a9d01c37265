using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class OutcomeKindTests
{
    public static TheoryData<string> NearMisses => SmartEnumAssert.NearMisses("Eligible", "PartiallyEligible", "ActionRequired", "UnderReview", "Rejected");

    [Fact]
    public void List_IsExactlyTheContractNames()
        => SmartEnumAssert.ListIs<OutcomeKind>("Eligible", "PartiallyEligible", "ActionRequired", "UnderReview", "Rejected");

    [Theory]
    [InlineData("Eligible")]
    [InlineData("PartiallyEligible")]
    [InlineData("ActionRequired")]
    [InlineData("UnderReview")]
    [InlineData("Rejected")]
    public void Parse_ContractName_ReturnsTheValueOfThatName(string name)
    {
        var value = OutcomeKind.Parse(name);

        Assert.Equal(name, value.Name);
        Assert.Equal(name, value.ToString());
        Assert.True(OutcomeKind.TryParse(name, out var parsed));
        Assert.Same(value, parsed);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Parse_NearMiss_ThrowsFormatExceptionNamingValueAndExpectedNames(string text)
        => SmartEnumAssert.Refuses(OutcomeKind.Parse, text);

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void TryParse_NearMiss_ReturnsFalse(string text)
    {
        Assert.False(OutcomeKind.TryParse(text, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(OutcomeKind.TryParse(null, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => OutcomeKind.Parse(null!)).ParamName);

    [Fact]
    public void Names_MatchTheClaimOutcomeCases()
        => Assert.Equal(
            [nameof(Eligible), nameof(PartiallyEligible), nameof(ActionRequired), nameof(UnderReview), nameof(Rejected)],
            OutcomeKind.List.OrderBy(k => k.Value).Select(k => k.Name));
}
