using Cpor.Rules.Domain;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpor.Rules.Tests.Domain;

public sealed class CustomerDomainTests
{
    private static readonly string Label63 = new('a', 63);

    [Theory]
    [InlineData("contoso.com")]
    [InlineData("contoso.onmicrosoft.com")]
    [InlineData("a.b")]
    [InlineData("123.456")]
    [InlineData("a-b.c--d.e")]
    [InlineData("xn--bcher-kva.example")]
    public void Parse_DnsName_IsAccepted(string text)
        => Assert.Equal(text, CustomerDomain.Parse(text).Value);

    [Fact]
    public void Parse_MixedCase_EqualsLowerCase()
    {
        var upper = CustomerDomain.Parse("Contoso.COM");
        var lower = CustomerDomain.Parse("contoso.com");

        Assert.Equal(lower, upper);
        Assert.True(upper == lower);
        Assert.False(upper != lower);
        Assert.Equal(lower.GetHashCode(), upper.GetHashCode());
        Assert.Equal("contoso.com", upper.ToString());
        Assert.Equal("contoso.com", upper.Value);
    }

    [Fact]
    public void Parse_Label63Characters_IsAccepted()
        => Assert.Equal($"{Label63}.com", CustomerDomain.Parse($"{Label63}.com").Value);

    [Fact]
    public void Parse_MaxLength_IsAccepted()
    {
        // 63 + 1 + 63 + 1 + 63 + 1 + 61 = 253
        var text = $"{Label63}.{Label63}.{Label63}.{new string('b', 61)}";

        Assert.Equal(CustomerDomain.MaxLength, text.Length);
        Assert.Equal(text, CustomerDomain.Parse(text).Value);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("contoso", "two labels")]
    [InlineData("localhost", "two labels")]
    [InlineData(".contoso.com", "1 to 63")]
    [InlineData("contoso.com.", "1 to 63")]
    [InlineData("contoso..com", "1 to 63")]
    [InlineData(".", "1 to 63")]
    [InlineData("-contoso.com", "hyphen")]
    [InlineData("contoso-.com", "hyphen")]
    [InlineData("contoso.-com", "hyphen")]
    [InlineData("contoso.com-", "hyphen")]
    [InlineData(" ", "' ' is not allowed")]
    [InlineData("con toso.com", "' ' is not allowed")]
    [InlineData(" contoso.com", "' ' is not allowed")]
    [InlineData("contoso.com ", "' ' is not allowed")]
    [InlineData("contoso_x.com", "'_' is not allowed")]
    [InlineData("user@contoso.com", "'@' is not allowed")]
    [InlineData("contoso.com/path", "'/' is not allowed")]
    [InlineData("*.contoso.com", "'*' is not allowed")]
    public void Parse_Malformed_ThrowsFormatExceptionNamingValueAndReason(string text, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => CustomerDomain.Parse(text));

        Assert.Contains(EchoText.Quote(text), ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(CustomerDomain), ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contoso.com\n", "'contoso.com\\u000A'")]
    [InlineData("conto\0so.com", "'conto\\u0000so.com'")]
    [InlineData("con\u001b[2Jtoso.com", "'con\\u001B[2Jtoso.com'")]
    public void Parse_ControlCharacters_SaysSoAndEchoesThemEscaped(string text, string echoed)
    {
        var ex = Assert.Throws<FormatException>(() => CustomerDomain.Parse(text));

        Assert.Contains(echoed, ex.Message, StringComparison.Ordinal);
        Assert.Contains("control characters", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ex.Message, char.IsControl);
    }

    [Theory]
    [InlineData("회사.한국", "xn--vf4b131b.xn--3e0b707e")]
    [InlineData("contöso.com", "xn--contso-zxa.com")]
    [InlineData("BÜCHER.example", "xn--bcher-kva.example")]
    public void Parse_InternationalisedName_IsKeptInPunycodeAndEqualsIt(string text, string ascii)
    {
        var domain = CustomerDomain.Parse(text);

        Assert.Equal(ascii, domain.Value);
        Assert.Equal(CustomerDomain.Parse(ascii), domain);
    }

    [Theory]
    [InlineData("회사 .한국", "' ' is not allowed")]
    [InlineData("회사_x.한국", "'_' is not allowed")]
    [InlineData("회사..한국", "1 to 63")]
    [InlineData("회사.한국\u0007", "control characters")]
    [InlineData("회사\u200f.한국", "internationalised domain name")]
    public void Parse_BadInternationalisedName_NamesTheRealProblem(string text, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => CustomerDomain.Parse(text));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'회' is not allowed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LoneSurrogate_SaysItIsNotValidUnicode()
    {
        var ex = Assert.Throws<FormatException>(() => CustomerDomain.Parse("\ud800회사.한국"));

        Assert.Contains("not valid Unicode", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'\\uD800", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LongValue_EchoesIt64CharactersLong()
    {
        var ex = Assert.Throws<FormatException>(() => CustomerDomain.Parse(new string('a', 5000)));

        Assert.Contains($"'{new string('a', 64)}…'", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 200, ex.Message);
    }

    [Fact]
    public void Parse_Label64Characters_ThrowsFormatException()
    {
        var ex = Assert.Throws<FormatException>(() => CustomerDomain.Parse($"{Label63}a.com"));

        Assert.Contains("1 to 63", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OverMaxLength_ThrowsFormatExceptionSayingTheLength()
    {
        var text = $"{Label63}.{Label63}.{Label63}.{new string('b', 62)}";

        var ex = Assert.Throws<FormatException>(() => CustomerDomain.Parse(text));

        Assert.Contains("254 characters, more than 253", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
        => Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => CustomerDomain.Parse(null!)).ParamName);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("contoso")]
    [InlineData("contoso.com.")]
    public void TryParse_Invalid_ReturnsFalseAndDefault(string? text)
    {
        Assert.False(CustomerDomain.TryParse(text, out var domain));
        Assert.True(domain.IsDefault);
    }

    [Fact]
    public void TryParse_MixedCase_ReturnsLowerCaseDomain()
    {
        Assert.True(CustomerDomain.TryParse("Contoso.OnMicrosoft.com", out var domain));
        Assert.Equal(Samples.Domain, domain);
    }

    [Fact]
    public void Value_OnDefault_ThrowsInvalidOperationException()
    {
        CustomerDomain domain = default;

        Assert.True(domain.IsDefault);
        Assert.Throws<InvalidOperationException>(() => domain.Value);
        Assert.Equal(string.Empty, domain.ToString());
        Assert.True(domain == default);
        Assert.NotEqual(Samples.Domain, domain);
    }

    [Fact]
    public void Equals_OtherTypeOrDifferentDomain_IsFalse()
    {
        Assert.False(Samples.Domain.Equals(Samples.DomainText));
        Assert.False(Samples.Domain.Equals((object)CustomerDomain.Parse("fabrikam.com")));
        Assert.True(Samples.Domain.Equals((object)CustomerDomain.Parse("CONTOSO.onmicrosoft.com")));
    }

    [Fact]
    public void CompareTo_IsOrdinalOnTheLowerCaseForm()
    {
        Assert.True(CustomerDomain.Parse("a.com") < CustomerDomain.Parse("B.com"));
        Assert.True(CustomerDomain.Parse("B.com") > CustomerDomain.Parse("a.com"));
        Assert.True(CustomerDomain.Parse("A.com") <= CustomerDomain.Parse("a.com"));
        Assert.True(CustomerDomain.Parse("A.com") >= CustomerDomain.Parse("a.com"));
        Assert.True(default(CustomerDomain) < CustomerDomain.Parse("a.com"));
    }

    [Theory]
    [InlineData("Contoso.OnMicrosoft.com")]
    [InlineData("회사.한국")]
    public void ParseVia_TheInterfaces_ReadAsParse(string text)
        => IdentifierAssert.ParsesVia(text, CustomerDomain.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("localhost")]
    [InlineData("contoso..com")]
    public void ParseVia_Malformed_ThrowsFormatExceptionOrReturnsFalse(string text)
        => IdentifierAssert.RefusesVia<CustomerDomain>(text);

    [Fact]
    public void ParseVia_Null_ThrowsArgumentNullExceptionOrReturnsFalse()
        => IdentifierAssert.RefusesNullVia<CustomerDomain>();

    [Fact]
    public void Parse_SpanWithinLargerText_ReadsOnlyTheSpan()
    {
        var span = "user@Contoso.com>".AsSpan(5, 11);

        Assert.Equal(CustomerDomain.Parse("contoso.com"), CustomerDomain.Parse(span));
        Assert.True(CustomerDomain.TryParse(span, out var domain));
        Assert.Equal("contoso.com", domain.ToString());
        Assert.False(CustomerDomain.TryParse("user@Contoso.com>".AsSpan(4, 12), out domain));
        Assert.True(domain.IsDefault);
    }

    [Theory]
    [InlineData("Contoso.OnMicrosoft.com", "contoso.onmicrosoft.com")]
    [InlineData("회사.한국", "xn--vf4b131b.xn--3e0b707e")]
    public void TryFormat_AnyBufferAndFormat_WritesTheLowerCaseAsciiFormOrNothing(string text, string expected)
        => IdentifierAssert.FormatsAs(CustomerDomain.Parse(text), expected);

    [Fact]
    public void TryFormat_Default_WritesNothing()
        => IdentifierAssert.FormatsAs(default(CustomerDomain), string.Empty);

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool ParseVia_FormattedDomain_RoundTrips(CustomerDomain domain)
        => domain.IsDefault || IdentifierAssert.FormatRoundTrips(domain);

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Parse_DnsName_RoundTripsInLowerCase(DnsName name)
        => CustomerDomain.Parse(name.Value).ToString() == name.Value.ToLowerInvariant();

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Equals_IgnoresLetterCase(CaseVariants variants)
    {
        var left = CustomerDomain.Parse(variants.Left);
        var right = CustomerDomain.Parse(variants.Right);
        return left == right && left.GetHashCode() == right.GetHashCode() && left.CompareTo(right) == 0;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public void Parse_MalformedName_ThrowsNamingTheValue(MalformedDnsName name)
    {
        Assert.False(CustomerDomain.TryParse(name.Value, out _));
        var ex = Assert.Throws<FormatException>(() => CustomerDomain.Parse(name.Value));
        Assert.Contains(EchoText.Quote(name.Value), ex.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Equals_IsSymmetricAndHashAgrees(CustomerDomain left, CustomerDomain right)
        => left.Equals(right) == right.Equals(left)
           && (left == right) == !(left != right)
           && (!left.Equals(right) || left.GetHashCode() == right.GetHashCode());

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool CompareTo_IsConsistentWithEqualsAndAntisymmetric(CustomerDomain left, CustomerDomain right)
        => (left.CompareTo(right) == 0) == left.Equals(right)
           && Math.Sign(left.CompareTo(right)) == -Math.Sign(right.CompareTo(left))
           && (left < right) == (left.CompareTo(right) < 0);

    public sealed record DnsName(string Value);

    public sealed record MalformedDnsName(string Value);

    /// <summary>One DNS name written twice, each time with its letters in random case.</summary>
    public sealed record CaseVariants(string Left, string Right);

    public static class Arbitraries
    {
        public static Arbitrary<DnsName> DnsNames()
            => Generators.DnsName.Select(n => new DnsName(n)).ToArbitrary();

        public static Arbitrary<MalformedDnsName> MalformedDnsNames()
            => Generators.MalformedDnsName.Select(n => new MalformedDnsName(n)).ToArbitrary();

        public static Arbitrary<CaseVariants> CaseVariantPairs()
            => (from name in Generators.DnsName
                from left in Generators.RandomCase(name)
                from right in Generators.RandomCase(name)
                select new CaseVariants(left, right))
                .ToArbitrary();

        /// <summary>Domains from a small pool in varying case, so that pairs are often equal, plus fresh ones and the default.</summary>
        public static Arbitrary<CustomerDomain> Domains()
            => Gen.Frequency(
                    (4, Gen.Elements("contoso.com", "CONTOSO.com", "fabrikam.com", "a.b").Select(CustomerDomain.Parse)),
                    (4, Generators.DnsName.Select(CustomerDomain.Parse)),
                    (1, Gen.Constant(default(CustomerDomain))))
                .ToArbitrary();
    }
}
