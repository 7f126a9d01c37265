using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class SubscriptionStateTests
{
    public static TheoryData<string> NearMisses => SmartEnumAssert.NearMisses("Active", "InGrace", "Pending", "Suspended", "Disabled", "Expired", "Deleted");

    [Fact]
    public void List_IsExactlyTheContractNames()
        => SmartEnumAssert.ListIs<SubscriptionState>("Active", "InGrace", "Pending", "Suspended", "Disabled", "Expired", "Deleted");

    [Theory]
    [InlineData("Active")]
    [InlineData("InGrace")]
    [InlineData("Pending")]
    [InlineData("Suspended")]
    [InlineData("Disabled")]
    [InlineData("Expired")]
    [InlineData("Deleted")]
    public void Parse_ContractName_ReturnsTheValueOfThatName(string name)
    {
        var value = SubscriptionState.Parse(name);

        Assert.Equal(name, value.Name);
        Assert.Equal(name, value.ToString());
        Assert.True(SubscriptionState.TryParse(name, out var parsed));
        Assert.Same(value, parsed);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Parse_NearMiss_ThrowsFormatExceptionNamingValueAndExpectedNames(string text)
        => SmartEnumAssert.Refuses(SubscriptionState.Parse, text);

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void TryParse_NearMiss_ReturnsFalse(string text)
    {
        Assert.False(SubscriptionState.TryParse(text, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(SubscriptionState.TryParse(null, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => SubscriptionState.Parse(null!)).ParamName);

    [Theory]
    [InlineData("Active", true)]
    [InlineData("InGrace", true)]
    [InlineData("Pending", false)]
    [InlineData("Suspended", false)]
    [InlineData("Disabled", false)]
    [InlineData("Expired", false)]
    [InlineData("Deleted", false)]
    public void IsClaimable_ActiveAndInGraceOnly(string name, bool claimable)
        => Assert.Equal(claimable, SubscriptionState.Parse(name).IsClaimable);

    [Fact]
    public void IsRetryable_PendingOnly()
        => Assert.Equal([SubscriptionState.Pending], SubscriptionState.List.Where(s => s.IsRetryable));

    [Fact]
    public void IsRetryable_NeverForAClaimableState()
        => Assert.DoesNotContain(SubscriptionState.List, s => s.IsRetryable && s.IsClaimable);
}
