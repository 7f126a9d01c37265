using Cpor.Rules.Domain;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpor.Rules.Tests.Domain;

public sealed class PartnerIdTests
{
    [Theory]
    [InlineData("4412345")]
    [InlineData("0")]
    [InlineData("007")]
    [InlineData("123456789012")]
    public void Parse_Digits_KeepsThemAsWritten(string text)
    {
        var id = PartnerId.Parse(text);

        Assert.Equal(text, id.Value);
        Assert.Equal(text, id.ToString());
        Assert.False(id.IsDefault);
    }

    [Fact]
    public void Parse_LeadingZeros_AreSignificant()
        => Assert.NotEqual(PartnerId.Parse("7"), PartnerId.Parse("007"));

    [Theory]
    [InlineData("", "empty")]
    [InlineData(" ", "digits only")]
    [InlineData(" 4412345", "digits only")]
    [InlineData("4412345 ", "digits only")]
    [InlineData("+4412345", "digits only")]
    [InlineData("-1", "digits only")]
    [InlineData("44-12345", "digits only")]
    [InlineData("1.0", "digits only")]
    [InlineData("1e5", "digits only")]
    [InlineData("12a", "digits only")]
    [InlineData("\u0661\u0662\u0663", "digits only")]
    [InlineData("\uff11\uff12\uff13", "digits only")]
    [InlineData("123\0", "digits only")]
    [InlineData("1234567890123", "more than 12")]
    public void Parse_Malformed_ThrowsFormatExceptionNamingValueAndReason(string text, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => PartnerId.Parse(text));

        Assert.Contains(EchoText.Quote(text), ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(PartnerId), ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => PartnerId.Parse(null!)).ParamName);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1234567890123")]
    public void TryParse_Invalid_ReturnsFalseAndDefault(string? text)
    {
        Assert.False(PartnerId.TryParse(text, out var id));
        Assert.True(id.IsDefault);
    }

    [Fact]
    public void Value_OnDefault_ThrowsInvalidOperationException()
    {
        PartnerId id = default;

        Assert.True(id.IsDefault);
        Assert.Throws<InvalidOperationException>(() => id.Value);
        Assert.Equal(string.Empty, id.ToString());
    }

    [Fact]
    public void Equals_SameDigits_IsTrueWithOperatorsAndHash()
    {
        var left = PartnerId.Parse("4412345");
        var right = PartnerId.Parse("4412345");

        Assert.True(left == right);
        Assert.False(left != right);
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.False(left.Equals("4412345"));
        Assert.True(Samples.Partner != Samples.OtherPartner);
    }

    [Theory]
    [InlineData("9", "10")]
    [InlineData("99", "100")]
    [InlineData("1", "2")]
    [InlineData("7", "007")]
    [InlineData("4412345", "5512345")]
    public void CompareTo_ShorterOrSmaller_SortsFirst(string lower, string higher)
    {
        var low = PartnerId.Parse(lower);
        var high = PartnerId.Parse(higher);

        Assert.True(low < high);
        Assert.True(low <= high);
        Assert.True(high > low);
        Assert.True(high >= low);
        Assert.True(low.CompareTo(high) < 0);
        Assert.True(high.CompareTo(low) > 0);
    }

    [Fact]
    public void CompareTo_Default_SortsFirst()
        => Assert.True(default(PartnerId) < PartnerId.Parse("0"));

    [Theory]
    [InlineData("4412345")]
    [InlineData("007")]
    public void ParseVia_TheInterfaces_ReadAsParse(string text)
        => IdentifierAssert.ParsesVia(text, PartnerId.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData(" 4412345")]
    [InlineData("1234567890123")]
    public void ParseVia_Malformed_ThrowsFormatExceptionOrReturnsFalse(string text)
        => IdentifierAssert.RefusesVia<PartnerId>(text);

    [Fact]
    public void ParseVia_Null_ThrowsArgumentNullExceptionOrReturnsFalse()
        => IdentifierAssert.RefusesNullVia<PartnerId>();

    [Fact]
    public void Parse_SpanWithinLargerText_ReadsOnlyTheSpan()
    {
        var span = "id=4412345;".AsSpan(3, 7);

        Assert.Equal(Samples.Partner, PartnerId.Parse(span));
        Assert.True(PartnerId.TryParse(span, out var id));
        Assert.Equal(Samples.Partner, id);
        Assert.False(PartnerId.TryParse("id=4412345;".AsSpan(3, 8), out id));
        Assert.True(id.IsDefault);
        var ex = Assert.Throws<FormatException>(() => PartnerId.Parse("12a".AsSpan()));
        Assert.Equal(Assert.Throws<FormatException>(() => PartnerId.Parse("12a")).Message, ex.Message);
    }

    [Fact]
    public void TryFormat_AnyBufferAndFormat_WritesTheDigitsOrNothing()
        => IdentifierAssert.FormatsAs(PartnerId.Parse("007"), "007");

    [Fact]
    public void TryFormat_Default_WritesNothing()
    {
        IdentifierAssert.FormatsAs(default(PartnerId), string.Empty);
        Assert.Equal(string.Empty, $"{default(PartnerId)}");
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool ParseVia_FormattedId_RoundTrips(PartnerId id)
        => id.IsDefault || IdentifierAssert.FormatRoundTrips(id);

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Parse_DigitText_RoundTrips(DigitText text)
        => PartnerId.Parse(text.Value).ToString() == text.Value;

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool TryParse_TextWithANonDigit_IsRefused(NonDigitText text)
        => !PartnerId.TryParse(text.Value, out var id) && id.IsDefault;

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public void Parse_TooLong_ThrowsNamingTheValue(TooLongDigitText text)
    {
        var ex = Assert.Throws<FormatException>(() => PartnerId.Parse(text.Value));
        Assert.Contains(EchoText.Quote(text.Value), ex.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool CompareTo_WithoutLeadingZeros_IsNumericOrder(long left, long right)
        => Math.Sign(PartnerId.Parse(left.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .CompareTo(PartnerId.Parse(right.ToString(System.Globalization.CultureInfo.InvariantCulture))))
           == Math.Sign(left.CompareTo(right));

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Equals_IsReflexive(PartnerId id)
    {
        var copy = id;
        return id.Equals(copy) && id == copy && id.CompareTo(copy) == 0;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Equals_IsSymmetricAndHashAgrees(PartnerId left, PartnerId right)
        => left.Equals(right) == right.Equals(left)
           && (left == right) == !(left != right)
           && (!left.Equals(right) || left.GetHashCode() == right.GetHashCode());

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool CompareTo_IsConsistentWithEqualsAndAntisymmetric(PartnerId left, PartnerId right)
        => (left.CompareTo(right) == 0) == left.Equals(right)
           && Math.Sign(left.CompareTo(right)) == -Math.Sign(right.CompareTo(left))
           && (left < right) == (left.CompareTo(right) < 0)
           && (left >= right) == !(left < right);

    public sealed record DigitText(string Value);

    public sealed record NonDigitText(string Value);

    public sealed record TooLongDigitText(string Value);

    public static class Arbitraries
    {
        public static Arbitrary<DigitText> DigitTexts()
            => Generators.DigitText.Select(t => new DigitText(t)).ToArbitrary();

        /// <summary>Digit text with one character that is not an ASCII digit inserted, or any string holding one.</summary>
        public static Arbitrary<NonDigitText> NonDigitTexts()
            => Gen.OneOf(
                    from digits in Generators.DigitText
                    from index in Gen.Choose(0, digits.Length)
                    from c in Gen.Elements(' ', '+', '-', '.', 'a', '\0', '\u0661', '\uff11', '٣', '²')
                    select digits.Insert(index, c.ToString()),
                    ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && s.Any(c => !char.IsAsciiDigit(c))))
                .Select(t => new NonDigitText(t))
                .ToArbitrary();

        public static Arbitrary<TooLongDigitText> TooLongDigitTexts()
            => (from length in Gen.Choose(13, 40)
                from digits in Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), length)
                select new TooLongDigitText(new string(digits)))
                .ToArbitrary();

        /// <summary>Non-negative numbers up to 12 digits.</summary>
        public static Arbitrary<long> PartnerNumbers()
            => Gen.OneOf(
                    Gen.Choose(0, int.MaxValue).Select(n => (long)n),
                    Gen.Choose(0, 999_999).Zip(Gen.Choose(0, 999_999), (high, low) => (high * 1_000_000L) + low))
                .ToArbitrary();

        /// <summary>IDs from a small pool, so that pairs are often equal, plus fresh ones and the default.</summary>
        public static Arbitrary<PartnerId> PartnerIds()
            => Gen.Frequency(
                    (4, Gen.Elements("7", "007", "10", "4412345").Select(PartnerId.Parse)),
                    (4, Generators.DigitText.Select(PartnerId.Parse)),
                    (1, Gen.Constant(default(PartnerId))))
                .ToArbitrary();
    }
}
