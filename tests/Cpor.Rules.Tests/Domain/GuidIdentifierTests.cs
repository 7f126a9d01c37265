using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class GuidIdentifierTests
{
    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("00000000-0000-0000-0000-000000000000", "all-zero")]
    [InlineData("1b2c3d4e-0000-4000-8000-00000000000g", "36 characters")]
    [InlineData("1b2c3d4e-0x00-4000-8000-00000000000a", "36 characters")]
    [InlineData("1b2c3d4e-0000-4000-8000+00000000000a", "36 characters")]
    [InlineData("1b2c3d4e00000-4000-8000-00000000000a", "36 characters")]
    public void TryParse_Invalid_ReturnsFalseWithTheReason(string? value, string reason)
    {
        Assert.False(GuidIdentifier.TryParse(value, out var guid, out var error));
        Assert.Equal(Guid.Empty, guid);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1b2c3d4e-0000-4000-8000-00000000000a")]
    [InlineData("ABCDEF01-2345-6789-ABCD-EF0123456789")]
    public void TryParse_DFormat_ReturnsTheGuid(string value)
    {
        Assert.True(GuidIdentifier.TryParse(value, out var guid, out var error));
        Assert.Equal(Guid.Parse(value), guid);
        Assert.Null(error);
    }

    [Fact]
    public void TryParse_SpanWithinLargerText_ReadsOnlyTheSpan()
    {
        const string text = "[1b2c3d4e-0000-4000-8000-00000000000a]";

        Assert.True(GuidIdentifier.TryParse(text.AsSpan(1, GuidIdentifier.Length), out var guid, out _));
        Assert.Equal(Guid.Parse(text.AsSpan(1, GuidIdentifier.Length)), guid);
    }

    [Fact]
    public void NotEmpty_Empty_ThrowsArgumentExceptionNamingTheArgument()
        => Assert.Equal("value", Assert.Throws<ArgumentException>(() => GuidIdentifier.NotEmpty(Guid.Empty)).ParamName);

    [Fact]
    public void Format_Empty_IsEmptyAndWritesNothing()
    {
        Assert.Equal(string.Empty, GuidIdentifier.Format(Guid.Empty));
        Assert.True(GuidIdentifier.TryFormat(Guid.Empty, Span<char>.Empty, out var charsWritten));
        Assert.Equal(0, charsWritten);
        Assert.True(GuidIdentifier.TryFormat(Guid.Empty, Span<byte>.Empty, out var bytesWritten));
        Assert.Equal(0, bytesWritten);
    }

    [Fact]
    public void TryFormat_TooSmallBuffer_ReturnsFalseAndWritesNothing()
    {
        var guid = Guid.Parse("1b2c3d4e-0000-4000-8000-00000000000a");

        Assert.False(GuidIdentifier.TryFormat(guid, new char[GuidIdentifier.Length - 1], out var charsWritten));
        Assert.Equal(0, charsWritten);
        Assert.False(GuidIdentifier.TryFormat(guid, new byte[GuidIdentifier.Length - 1], out var bytesWritten));
        Assert.Equal(0, bytesWritten);
    }
}
