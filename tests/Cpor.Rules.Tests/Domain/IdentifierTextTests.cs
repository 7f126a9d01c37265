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
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4412345")]
    [InlineData("회사.한국")]
    public void TryFormat_LargeEnoughBuffer_WritesTheTextAsIs(string? value)
    {
        var expected = value ?? string.Empty;

        Assert.True(IdentifierText.TryFormat(value, new char[expected.Length], out var charsWritten));
        Assert.Equal(expected.Length, charsWritten);
        Assert.True(IdentifierText.TryFormat(value, new byte[System.Text.Encoding.UTF8.GetByteCount(expected)], out var bytesWritten));
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(expected), bytesWritten);
    }

    [Theory]
    [InlineData("4412345")]
    [InlineData("회사.한국")]
    public void TryFormat_TooSmallBuffer_ReturnsFalseAndWritesNothing(string value)
    {
        Assert.False(IdentifierText.TryFormat(value, new char[value.Length - 1], out var charsWritten));
        Assert.Equal(0, charsWritten);
        Assert.False(IdentifierText.TryFormat(value, new byte[System.Text.Encoding.UTF8.GetByteCount(value) - 1], out var bytesWritten));
        Assert.Equal(0, bytesWritten);
    }
}
