using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class IdentifierTextTests
{
    [Theory]
    [InlineData(null, "null")]
    [InlineData("", "''")]
    [InlineData("abc", "'abc'")]
    public void Quote_NullOrText_IsReadable(string? value, string expected)
        => Assert.Equal(expected, IdentifierText.Quote(value));

    [Fact]
    public void Invalid_MessageNamesValueTypeAndReason()
        => Assert.Equal("'x' is not a valid TenantId: it is wrong.", IdentifierText.Invalid("TenantId", "x", "it is wrong").Message);

    [Fact]
    public void DefaultUsed_MessageNamesTheTypeAndHowToCreateOne()
    {
        var message = IdentifierText.DefaultUsed("PartnerId").Message;

        Assert.Contains("PartnerId", message, StringComparison.Ordinal);
        Assert.Contains("PartnerId.Parse", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("00000000-0000-0000-0000-000000000000", "all-zero")]
    [InlineData("1b2c3d4e-0000-4000-8000-00000000000g", "36 characters")]
    [InlineData("1b2c3d4e-0x00-4000-8000-00000000000a", "36 characters")]
    [InlineData("1b2c3d4e-0000-4000-8000+00000000000a", "36 characters")]
    [InlineData("1b2c3d4e00000-4000-8000-00000000000a", "36 characters")]
    public void TryParseGuid_Invalid_ReturnsFalseWithTheReason(string? value, string reason)
    {
        Assert.False(IdentifierText.TryParseGuid(value, out var guid, out var error));
        Assert.Equal(Guid.Empty, guid);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1b2c3d4e-0000-4000-8000-00000000000a")]
    [InlineData("ABCDEF01-2345-6789-ABCD-EF0123456789")]
    public void TryParseGuid_DFormat_ReturnsTheGuid(string value)
    {
        Assert.True(IdentifierText.TryParseGuid(value, out var guid, out var error));
        Assert.Equal(Guid.Parse(value), guid);
        Assert.Null(error);
    }
}
