using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class SeverityTests
{
    public static TheoryData<string> NearMisses => SmartEnumAssert.NearMisses("Blocking", "ActionRequired", "Advisory");

    [Fact]
    public void List_IsExactlyTheContractNames()
        => SmartEnumAssert.ListIs<Severity>("Blocking", "ActionRequired", "Advisory");

    [Theory]
    [InlineData("Blocking")]
    [InlineData("ActionRequired")]
    [InlineData("Advisory")]
    public void Parse_ContractName_ReturnsTheValueOfThatName(string name)
    {
        var value = Severity.Parse(name);

        Assert.Equal(name, value.Name);
        Assert.Equal(name, value.ToString());
        Assert.True(Severity.TryParse(name, out var parsed));
        Assert.Same(value, parsed);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Parse_NearMiss_ThrowsFormatExceptionNamingValueAndExpectedNames(string text)
        => SmartEnumAssert.Refuses(Severity.Parse, text);

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void TryParse_NearMiss_ReturnsFalse(string text)
    {
        Assert.False(Severity.TryParse(text, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(Severity.TryParse(null, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Severity.Parse(null!)).ParamName);
}
