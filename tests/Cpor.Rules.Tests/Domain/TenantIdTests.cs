using Cpor.Rules.Domain;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpor.Rules.Tests.Domain;

public sealed class TenantIdTests
{
    [Fact]
    public void Parse_WellFormedGuid_RoundTrips()
    {
        var id = TenantId.Parse("1B2C3D4E-0000-4000-8000-00000000000A");

        Assert.Equal("1b2c3d4e-0000-4000-8000-00000000000a", id.ToString());
    }

    [Fact]
    public void Parse_WellFormedGuid_ValueIsThatGuid()
    {
        var id = TenantId.Parse(Samples.TenantText);

        Assert.Equal(Guid.Parse(Samples.TenantText), id.Value);
        Assert.False(id.IsDefault);
    }

    [Fact]
    public void Parse_UpperAndLowerCase_AreEqual()
        => Assert.Equal(TenantId.Parse(Samples.TenantText.ToUpperInvariant()), TenantId.Parse(Samples.TenantText));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("{1b2c3d4e-0000-4000-8000-00000000000a}")]
    [InlineData("(1b2c3d4e-0000-4000-8000-00000000000a)")]
    [InlineData("1b2c3d4e000040008000000000000000a")]
    [InlineData("1b2c3d4e00004000800000000000000a")]
    [InlineData("1b2c3d4e-0000-4000-8000-00000000000")]
    [InlineData("1b2c3d4e-0000-4000-8000-00000000000a0")]
    [InlineData("1b2c3d4e-0000-4000-8000-00000000000g")]
    [InlineData(" 1b2c3d4e-0000-4000-8000-00000000000a")]
    [InlineData("1b2c3d4e-0000-4000-8000-00000000000a ")]
    [InlineData("1b2c3d4e-0000-4000-8000-00000000000a\n")]
    [InlineData("1b2c3d4e-0x00-4000-8000-00000000000a")]
    [InlineData("+b2c3d4e-0000-4000-8000-00000000000a")]
    [InlineData("1b2c3d4e_0000_4000_8000_00000000000a")]
    [InlineData("1b2c3d4e-0000-4000-8000-00000000000\0")]
    public void Parse_Malformed_ThrowsFormatExceptionNamingTheValue(string text)
    {
        var ex = Assert.Throws<FormatException>(() => TenantId.Parse(text));

        Assert.Contains(EchoText.Quote(text), ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(TenantId), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AllZeroGuid_MessageSaysWhy()
    {
        var ex = Assert.Throws<FormatException>(() => TenantId.Parse("00000000-0000-0000-0000-000000000000"));

        Assert.Contains("all-zero", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => TenantId.Parse(null!));

        Assert.Equal("value", ex.ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void TryParse_Invalid_ReturnsFalseAndDefault(string? text)
    {
        Assert.False(TenantId.TryParse(text, out var id));
        Assert.True(id.IsDefault);
    }

    [Fact]
    public void TryParse_WellFormed_ReturnsTrueAndTheId()
    {
        Assert.True(TenantId.TryParse(Samples.TenantText, out var id));
        Assert.Equal(Samples.Tenant, id);
    }

    [Fact]
    public void Value_OnDefault_Throws()
    {
        TenantId id = default;

        Assert.True(id.IsDefault);
        var ex = Assert.Throws<InvalidOperationException>(() => id.Value);
        Assert.Contains(nameof(TenantId), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_OnDefault_IsEmpty()
    {
        TenantId id = default;

        Assert.Equal(string.Empty, id.ToString());
        Assert.Equal(string.Empty, $"{id}");
    }

    [Fact]
    public void FromGuid_Empty_ThrowsArgumentExceptionNamingTheArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => TenantId.FromGuid(Guid.Empty));

        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void FromGuid_NonEmpty_EqualsParsedText()
        => Assert.Equal(Samples.Tenant, TenantId.FromGuid(Guid.Parse(Samples.TenantText)));

    [Fact]
    public void Equals_SameGuid_IsTrueWithOperatorsAndHash()
    {
        var left = TenantId.Parse(Samples.TenantText);
        var right = TenantId.Parse(Samples.TenantText.ToUpperInvariant());

        Assert.True(left == right);
        Assert.False(left != right);
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentGuid_IsFalse()
    {
        Assert.False(Samples.Tenant == Samples.OtherTenant);
        Assert.True(Samples.Tenant != Samples.OtherTenant);
        Assert.False(Samples.Tenant.Equals((object)Samples.OtherTenant));
    }

    [Fact]
    public void Equals_OtherTypeWithSameGuid_IsFalse()
    {
        var guid = Guid.Parse(Samples.TenantText);

        Assert.False(TenantId.FromGuid(guid).Equals(SubscriptionId.FromGuid(guid)));
        Assert.False(TenantId.FromGuid(guid).Equals(guid));
        Assert.False(TenantId.FromGuid(guid).Equals(null));
    }

    [Fact]
    public void Equals_DefaultAndDefault_IsTrue()
        => Assert.True(default(TenantId) == default);

    [Fact]
    public void CompareTo_OrdersAsTheGuids()
    {
        var low = TenantId.Parse("00000000-0000-0000-0000-000000000001");
        var high = TenantId.Parse("00000000-0000-0000-0000-000000000002");

        Assert.True(low < high);
        Assert.True(low <= high);
        Assert.True(high > low);
        Assert.True(high >= low);
        Assert.False(low > high);
        Assert.True(low <= TenantId.Parse("00000000-0000-0000-0000-000000000001"));
        Assert.True(low.CompareTo(high) < 0);
    }

    [Fact]
    public void CompareTo_Default_SortsFirst()
        => Assert.True(default(TenantId) < Samples.Tenant);

    [Fact]
    public void TryFormat_LargeEnoughBuffer_WritesLowerCaseD()
    {
        var buffer = new char[40];

        Assert.True(TenantId.Parse(Samples.TenantText.ToUpperInvariant()).TryFormat(buffer, out var written, default, null));
        Assert.Equal(Samples.TenantText, new string(buffer, 0, written));
    }

    [Fact]
    public void TryFormat_TooSmallBuffer_ReturnsFalse()
        => Assert.False(Samples.Tenant.TryFormat(new char[35], out _, default, null));

    [Fact]
    public void TryFormat_Default_WritesNothing()
    {
        Assert.True(default(TenantId).TryFormat(new char[1], out var written, default, null));
        Assert.Equal(0, written);
    }

    [Fact]
    public void ToString_WithFormat_IgnoresFormatAndWritesD()
    {
        Assert.Equal(Samples.TenantText, Samples.Tenant.ToString("N", null));
        Assert.Equal(Samples.TenantText, $"{Samples.Tenant}");
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Parse_FormattedGuid_RoundTrips(Guid guid)
        => TenantId.Parse(guid.ToString("D")) == TenantId.FromGuid(guid);

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Parse_AnyLetterCase_FormatsAsLowerCaseInput(GuidText text)
        => TenantId.Parse(text.Value).ToString() == text.Value.ToLowerInvariant();

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool TryParse_MalformedText_IsRefused(MalformedGuidText text)
        => !TenantId.TryParse(text.Value, out var id) && id.IsDefault;

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public void Parse_MalformedText_ThrowsNamingTheValue(MalformedGuidText text)
    {
        var ex = Assert.Throws<FormatException>(() => TenantId.Parse(text.Value));
        Assert.Contains(EchoText.Quote(text.Value), ex.Message, StringComparison.Ordinal);
    }

    // Arbitrary strings almost never parse, but whatever does must be exactly a GUID's text: nothing is trimmed or
    // reinterpreted. 1000 cases because most of them exercise only the refusal path.
    [Property(MaxTest = 1000)]
    public bool TryParse_AnyString_AcceptsOnlyTheExactText(string? text)
        => !TenantId.TryParse(text, out var id) || string.Equals(id.ToString(), text, StringComparison.OrdinalIgnoreCase);

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Equals_IsReflexive(TenantId id)
    {
        var copy = id;
        return id.Equals(copy) && id == copy && id.CompareTo(copy) == 0;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Equals_IsSymmetricAndHashAgrees(TenantId left, TenantId right)
        => left.Equals(right) == right.Equals(left)
           && (left == right) == !(left != right)
           && (!left.Equals(right) || left.GetHashCode() == right.GetHashCode());

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool CompareTo_IsConsistentWithEqualsAndAntisymmetric(TenantId left, TenantId right)
        => (left.CompareTo(right) == 0) == left.Equals(right)
           && Math.Sign(left.CompareTo(right)) == -Math.Sign(right.CompareTo(left))
           && (left < right) == (left.CompareTo(right) < 0)
           && (left >= right) == !(left < right);

    public sealed record GuidText(string Value);

    public sealed record MalformedGuidText(string Value);

    public static class Arbitraries
    {
        public static Arbitrary<Guid> NonEmptyGuids()
            => Generators.NonEmptyGuid.ToArbitrary();

        public static Arbitrary<GuidText> GuidTexts()
            => Generators.GuidText.Select(t => new GuidText(t)).ToArbitrary();

        public static Arbitrary<MalformedGuidText> MalformedGuidTexts()
            => Generators.MalformedGuidText.Select(t => new MalformedGuidText(t)).ToArbitrary();

        /// <summary>IDs from a pool of three, so that pairs are often equal, plus fresh ones and the default.</summary>
        public static Arbitrary<TenantId> TenantIds()
            => Gen.Frequency(
                    (4, Gen.Elements(Samples.Tenant, Samples.OtherTenant, TenantId.Parse("00000000-0000-0000-0000-000000000001"))),
                    (4, Generators.NonEmptyGuid.Select(TenantId.FromGuid)),
                    (1, Gen.Constant(default(TenantId))))
                .ToArbitrary();
    }
}
