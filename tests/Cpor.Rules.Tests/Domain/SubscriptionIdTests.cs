using Cpor.Rules.Domain;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpor.Rules.Tests.Domain;

public sealed class SubscriptionIdTests
{
    [Fact]
    public void Parse_WellFormedGuid_RoundTrips()
    {
        var id = SubscriptionId.Parse("1B2C3D4E-0000-4000-8000-00000000000A");

        Assert.Equal("1b2c3d4e-0000-4000-8000-00000000000a", id.ToString());
    }

    [Fact]
    public void Parse_WellFormedGuid_ValueIsThatGuid()
    {
        var id = SubscriptionId.Parse(Samples.SubscriptionText);

        Assert.Equal(Guid.Parse(Samples.SubscriptionText), id.Value);
        Assert.False(id.IsDefault);
    }

    [Fact]
    public void Parse_UpperAndLowerCase_AreEqual()
        => Assert.Equal(SubscriptionId.Parse(Samples.SubscriptionText.ToUpperInvariant()), SubscriptionId.Parse(Samples.SubscriptionText));

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
        var ex = Assert.Throws<FormatException>(() => SubscriptionId.Parse(text));

        Assert.Contains(EchoText.Quote(text), ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SubscriptionId), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AllZeroGuid_MessageSaysWhy()
    {
        var ex = Assert.Throws<FormatException>(() => SubscriptionId.Parse("00000000-0000-0000-0000-000000000000"));

        Assert.Contains("all-zero", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => SubscriptionId.Parse(null!));

        Assert.Equal("value", ex.ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void TryParse_Invalid_ReturnsFalseAndDefault(string? text)
    {
        Assert.False(SubscriptionId.TryParse(text, out var id));
        Assert.True(id.IsDefault);
    }

    [Fact]
    public void TryParse_WellFormed_ReturnsTrueAndTheId()
    {
        Assert.True(SubscriptionId.TryParse(Samples.SubscriptionText, out var id));
        Assert.Equal(Samples.Subscription, id);
    }

    [Fact]
    public void Value_OnDefault_Throws()
    {
        SubscriptionId id = default;

        Assert.True(id.IsDefault);
        var ex = Assert.Throws<InvalidOperationException>(() => id.Value);
        Assert.Contains(nameof(SubscriptionId), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_OnDefault_IsEmpty()
    {
        SubscriptionId id = default;

        Assert.Equal(string.Empty, id.ToString());
        Assert.Equal(string.Empty, $"{id}");
    }

    [Fact]
    public void FromGuid_Empty_ThrowsArgumentExceptionNamingTheArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => SubscriptionId.FromGuid(Guid.Empty));

        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void FromGuid_NonEmpty_EqualsParsedText()
        => Assert.Equal(Samples.Subscription, SubscriptionId.FromGuid(Guid.Parse(Samples.SubscriptionText)));

    [Fact]
    public void Equals_SameGuid_IsTrueWithOperatorsAndHash()
    {
        var left = SubscriptionId.Parse(Samples.SubscriptionText);
        var right = SubscriptionId.Parse(Samples.SubscriptionText.ToUpperInvariant());

        Assert.True(left == right);
        Assert.False(left != right);
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentGuid_IsFalse()
    {
        Assert.False(Samples.Subscription == Samples.OtherSubscription);
        Assert.True(Samples.Subscription != Samples.OtherSubscription);
        Assert.False(Samples.Subscription.Equals((object)Samples.OtherSubscription));
    }

    [Fact]
    public void Equals_OtherTypeWithSameGuid_IsFalse()
    {
        var guid = Guid.Parse(Samples.SubscriptionText);

        Assert.False(SubscriptionId.FromGuid(guid).Equals(TenantId.FromGuid(guid)));
        Assert.False(SubscriptionId.FromGuid(guid).Equals(guid));
        Assert.False(SubscriptionId.FromGuid(guid).Equals(null));
    }

    [Fact]
    public void Equals_DefaultAndDefault_IsTrue()
        => Assert.True(default(SubscriptionId) == default);

    [Fact]
    public void CompareTo_OrdersAsTheGuids()
    {
        var low = SubscriptionId.Parse("00000000-0000-0000-0000-000000000001");
        var high = SubscriptionId.Parse("00000000-0000-0000-0000-000000000002");

        Assert.True(low < high);
        Assert.True(low <= high);
        Assert.True(high > low);
        Assert.True(high >= low);
        Assert.False(low > high);
        Assert.True(low <= SubscriptionId.Parse("00000000-0000-0000-0000-000000000001"));
        Assert.True(low.CompareTo(high) < 0);
    }

    [Fact]
    public void CompareTo_Default_SortsFirst()
        => Assert.True(default(SubscriptionId) < Samples.Subscription);

    [Fact]
    public void TryFormat_LargeEnoughBuffer_WritesLowerCaseD()
    {
        var buffer = new char[40];

        Assert.True(SubscriptionId.Parse(Samples.SubscriptionText.ToUpperInvariant()).TryFormat(buffer, out var written, default, null));
        Assert.Equal(Samples.SubscriptionText, new string(buffer, 0, written));
    }

    [Fact]
    public void TryFormat_TooSmallBuffer_ReturnsFalse()
        => Assert.False(Samples.Subscription.TryFormat(new char[35], out _, default, null));

    [Fact]
    public void TryFormat_Default_WritesNothing()
    {
        Assert.True(default(SubscriptionId).TryFormat(new char[1], out var written, default, null));
        Assert.Equal(0, written);
    }

    [Fact]
    public void ToString_WithFormat_IgnoresFormatAndWritesD()
    {
        Assert.Equal(Samples.SubscriptionText, Samples.Subscription.ToString("N", null));
        Assert.Equal(Samples.SubscriptionText, $"{Samples.Subscription}");
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Parse_FormattedGuid_RoundTrips(Guid guid)
        => SubscriptionId.Parse(guid.ToString("D")) == SubscriptionId.FromGuid(guid);

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Parse_AnyLetterCase_FormatsAsLowerCaseInput(GuidText text)
        => SubscriptionId.Parse(text.Value).ToString() == text.Value.ToLowerInvariant();

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool TryParse_MalformedText_IsRefused(MalformedGuidText text)
        => !SubscriptionId.TryParse(text.Value, out var id) && id.IsDefault;

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public void Parse_MalformedText_ThrowsNamingTheValue(MalformedGuidText text)
    {
        var ex = Assert.Throws<FormatException>(() => SubscriptionId.Parse(text.Value));
        Assert.Contains(EchoText.Quote(text.Value), ex.Message, StringComparison.Ordinal);
    }

    // Arbitrary strings almost never parse, but whatever does must be exactly a GUID's text: nothing is trimmed or
    // reinterpreted. 1000 cases because most of them exercise only the refusal path.
    [Property(MaxTest = 1000)]
    public bool TryParse_AnyString_AcceptsOnlyTheExactText(string? text)
        => !SubscriptionId.TryParse(text, out var id) || string.Equals(id.ToString(), text, StringComparison.OrdinalIgnoreCase);

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Equals_IsReflexive(SubscriptionId id)
    {
        var copy = id;
        return id.Equals(copy) && id == copy && id.CompareTo(copy) == 0;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Equals_IsSymmetricAndHashAgrees(SubscriptionId left, SubscriptionId right)
        => left.Equals(right) == right.Equals(left)
           && (left == right) == !(left != right)
           && (!left.Equals(right) || left.GetHashCode() == right.GetHashCode());

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool CompareTo_IsConsistentWithEqualsAndAntisymmetric(SubscriptionId left, SubscriptionId right)
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
        public static Arbitrary<SubscriptionId> SubscriptionIds()
            => Gen.Frequency(
                    (4, Gen.Elements(Samples.Subscription, Samples.OtherSubscription, SubscriptionId.Parse("00000000-0000-0000-0000-000000000001"))),
                    (4, Generators.NonEmptyGuid.Select(SubscriptionId.FromGuid)),
                    (1, Gen.Constant(default(SubscriptionId))))
                .ToArbitrary();
    }
}
