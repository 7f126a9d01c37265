using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class EchoTextTests
{
    [Fact]
    public void Of_ShortPlainText_IsItself()
    {
        Assert.Equal("contoso.com", EchoText.Of("contoso.com"));
    }

    [Fact]
    public void Of_LongText_IsCutAt64WithEllipsis()
    {
        var echoed = EchoText.Of(new string('a', 50_000_000));

        Assert.Equal(new string('a', 64) + "…", echoed);
    }

    [Theory]
    [InlineData("\u001b[2J", "\\u001B[2J")]
    [InlineData("\u001b]0;pwned\u0007", "\\u001B]0;pwned\\u0007")]
    [InlineData("a\u0085b\u007f", "a\\u0085b\\u007F")]
    [InlineData("line\nend\r", "line\\u000Aend\\u000D")]
    public void Of_ControlCharacters_AreEscaped(string text, string echoed)
    {
        Assert.Equal(echoed, EchoText.Of(text));
    }

    [Fact]
    public void Of_LoneSurrogates_AreEscapedAndPairsKept()
    {
        Assert.Equal("\\uD800x\\uDC00\ud83d\ude00", EchoText.Of("\ud800x\udc00\ud83d\ude00"));
    }

    [Fact]
    public void Of_CutInsideASurrogatePair_DropsTheHalf()
    {
        var echoed = EchoText.Of(new string('a', 63) + "\ud83d\ude00");

        Assert.Equal(new string('a', 63) + "…", echoed);
    }

    [Fact]
    public void Of_KeepLineEnds_KeepsThemAndEscapesTheRest()
    {
        Assert.Equal("a\r\nb\\u001B", EchoText.Of("a\r\nb\u001b", int.MaxValue, keepLineEnds: true));
    }

    [Fact]
    public void Quote_Null_IsTheWordNull()
    {
        Assert.Equal("null", EchoText.Quote(null));
        Assert.Equal("'x\\u0000'", EchoText.Quote("x\0"));
    }
}
