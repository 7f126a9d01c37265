using Cpor.Rules.Domain;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpor.Rules.Tests.Domain;

public sealed class ClaimIdTests
{
    [Theory]
    [InlineData("C-1001")]
    [InlineData("a")]
    [InlineData("claim 42")]
    [InlineData(" padded ")]
    [InlineData("클레임-7")]
    [InlineData("{\"json\":true}")]
    public void Parse_Text_KeepsItExactly(string text)
    {
        var id = ClaimId.Parse(text);

        Assert.Equal(text, id.Value);
        Assert.Equal(text, id.ToString());
    }

    [Fact]
    public void Parse_MaxLength_IsAccepted()
        => Assert.Equal(ClaimId.MaxLength, ClaimId.Parse(new string('x', ClaimId.MaxLength)).Value.Length);

    [Theory]
    [InlineData("", "empty or blank")]
    [InlineData(" ", "empty or blank")]
    [InlineData("\t\r\n", "empty or blank")]
    [InlineData("\u00a0\u2003", "empty or blank")]
    [InlineData("C-1\0", "control characters")]
    [InlineData("C-\u001f1", "control characters")]
    [InlineData("C-\u007f1", "control characters")]
    [InlineData("C-\u00851", "control characters")]
    [InlineData("C-\u009f1", "control characters")]
    [InlineData("C-1\n2", "control characters")]
    public void Parse_Invalid_ThrowsFormatExceptionNamingValueAndReason(string text, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => ClaimId.Parse(text));

        Assert.Contains(EchoText.Quote(text), ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooLong_ThrowsFormatExceptionSayingTheLength()
    {
        var ex = Assert.Throws<FormatException>(() => ClaimId.Parse(new string('x', ClaimId.MaxLength + 1)));

        Assert.Contains("257 characters, more than 256", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => ClaimId.Parse(null!)).ParamName);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("a\u0007b")]
    public void TryParse_Invalid_ReturnsFalseAndDefault(string? text)
    {
        Assert.False(ClaimId.TryParse(text, out var id));
        Assert.True(id.IsDefault);
    }

    [Fact]
    public void Value_OnDefault_ThrowsInvalidOperationException()
    {
        ClaimId id = default;

        Assert.True(id.IsDefault);
        Assert.Throws<InvalidOperationException>(() => id.Value);
        Assert.Equal(string.Empty, id.ToString());
    }

    [Fact]
    public void Equals_DiffersOnlyInCase_IsFalse()
    {
        Assert.NotEqual(ClaimId.Parse("c-1001"), ClaimId.Parse("C-1001"));
        Assert.True(ClaimId.Parse("c-1001") != ClaimId.Parse("C-1001"));
    }

    [Fact]
    public void Equals_SameText_IsTrueWithOperatorsAndHash()
    {
        var left = ClaimId.Parse("C-1001");
        var right = ClaimId.Parse(string.Concat("C-", "1001"));

        Assert.True(left == right);
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.False(left.Equals("C-1001"));
    }

    [Fact]
    public void CompareTo_IsOrdinal()
    {
        Assert.True(ClaimId.Parse("B") < ClaimId.Parse("a"));
        Assert.True(ClaimId.Parse("C-10") < ClaimId.Parse("C-9"));
        Assert.True(ClaimId.Parse("C-9") > ClaimId.Parse("C-10"));
        Assert.True(ClaimId.Parse("C-9") >= ClaimId.Parse("C-9"));
        Assert.True(ClaimId.Parse("C-9") <= ClaimId.Parse("C-9"));
        Assert.True(default(ClaimId) < ClaimId.Parse("a"));
    }

    [Theory]
    [InlineData("C-1001")]
    [InlineData("청구-7")]
    public void ParseVia_TheInterfaces_ReadAsParse(string text)
        => IdentifierAssert.ParsesVia(text, ClaimId.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("C-1\n")]
    public void ParseVia_Malformed_ThrowsFormatExceptionOrReturnsFalse(string text)
        => IdentifierAssert.RefusesVia<ClaimId>(text);

    [Fact]
    public void ParseVia_Null_ThrowsArgumentNullExceptionOrReturnsFalse()
        => IdentifierAssert.RefusesNullVia<ClaimId>();

    [Fact]
    public void Parse_SpanWithinLargerText_ReadsOnlyTheSpan()
    {
        var span = "[C-1001]".AsSpan(1, 6);

        Assert.Equal(Samples.Id, ClaimId.Parse(span));
        Assert.True(ClaimId.TryParse(span, out var id));
        Assert.Equal(Samples.Id, id);
        Assert.False(ClaimId.TryParse(" \t".AsSpan(), out id));
        Assert.True(id.IsDefault);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool ParseVia_ValidText_RoundTrips(ValidText text)
        => IdentifierAssert.ParseVia<ClaimId>(IdentifierAssert.ParseVia<ClaimId>(text.Value).ToString()) == ClaimId.Parse(text.Value);

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Parse_ValidText_RoundTrips(ValidText text)
        => ClaimId.Parse(text.Value).ToString() == text.Value;

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public void Parse_InvalidText_ThrowsNamingTheValue(InvalidText text)
    {
        Assert.False(ClaimId.TryParse(text.Value, out _));
        var ex = Assert.Throws<FormatException>(() => ClaimId.Parse(text.Value));
        Assert.Contains(EchoText.Quote(text.Value), ex.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Equals_IsReflexive(ClaimId id)
    {
        var copy = id;
        return id.Equals(copy) && id == copy && id.CompareTo(copy) == 0;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Equals_IsSymmetricAndHashAgrees(ClaimId left, ClaimId right)
        => left.Equals(right) == right.Equals(left)
           && (left == right) == !(left != right)
           && (!left.Equals(right) || left.GetHashCode() == right.GetHashCode());

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool CompareTo_IsConsistentWithEqualsAndAntisymmetric(ClaimId left, ClaimId right)
        => (left.CompareTo(right) == 0) == left.Equals(right)
           && Math.Sign(left.CompareTo(right)) == -Math.Sign(right.CompareTo(left))
           && (left < right) == (left.CompareTo(right) < 0);

    public sealed record ValidText(string Value);

    public sealed record InvalidText(string Value);

    public static class Arbitraries
    {
        private static readonly Gen<char> Printable = Gen.OneOf(
            Gen.Choose(0x20, 0x7e).Select(c => (char)c),
            Gen.Choose(0xa0, 0xd7ff).Select(c => (char)c));

        private static readonly Gen<char> Control = Gen.OneOf(
            Gen.Choose(0x00, 0x1f).Select(c => (char)c),
            Gen.Choose(0x7f, 0x9f).Select(c => (char)c));

        /// <summary>Printable text of 1 to 256 characters (ASCII and beyond), not only white space.</summary>
        public static Arbitrary<ValidText> ValidTexts()
            => Gen.Frequency(
                    (9, Gen.Choose(1, 40)),
                    (1, Gen.Choose(200, ClaimId.MaxLength)))
                .SelectMany(length => Gen.ArrayOf(Printable, length))
                .Select(chars => new string(chars))
                .Where(text => !string.IsNullOrWhiteSpace(text))
                .Select(text => new ValidText(text))
                .ToArbitrary();

        /// <summary>Blank text, text over 256 characters, and valid text with a control character inserted.</summary>
        public static Arbitrary<InvalidText> InvalidTexts()
            => Gen.OneOf(
                    Gen.Elements(string.Empty, " ", "\t", "\u3000", "\r\n"),
                    from length in Gen.Choose(ClaimId.MaxLength + 1, 400)
                    from chars in Gen.ArrayOf(Printable, length)
                    select new string(chars),
                    from valid in ValidTexts().Generator
                    from index in Gen.Choose(0, valid.Value.Length)
                    from control in Control
                    select valid.Value.Insert(index, control.ToString()))
                .Where(text => !(text.Length <= ClaimId.MaxLength && text.Length > 0
                                 && !string.IsNullOrWhiteSpace(text) && !text.Any(char.IsControl)))
                .Select(text => new InvalidText(text))
                .ToArbitrary();

        /// <summary>IDs from a small pool, so that pairs are often equal, plus fresh ones and the default.</summary>
        public static Arbitrary<ClaimId> ClaimIds()
            => Gen.Frequency(
                    (4, Gen.Elements("C-1", "c-1", "C-10", "C-9").Select(ClaimId.Parse)),
                    (4, ValidTexts().Generator.Select(t => ClaimId.Parse(t.Value))),
                    (1, Gen.Constant(default(ClaimId))))
                .ToArbitrary();
    }
}
