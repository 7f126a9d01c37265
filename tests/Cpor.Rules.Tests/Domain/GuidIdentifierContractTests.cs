using System.Text;
using Cpor.Rules.Domain;
using FsCheck.Xunit;
using Microsoft.Extensions.Configuration;
using static Cpor.Rules.Tests.Domain.GuidIdentifierArbitraries;

namespace Cpor.Rules.Tests.Domain;

/// <summary>
/// The tests <see cref="TenantId"/> and <see cref="SubscriptionId"/> share, written once: <see cref="TenantIdTests"/>
/// and <see cref="SubscriptionIdTests"/> derive from this class with their own samples, and each runs every test.
/// </summary>
/// <typeparam name="TId">The identifier.</typeparam>
public abstract class GuidIdentifierContractTests<TId>
    where TId : struct, IEquatable<TId>, IComparable<TId>, ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<TId>
{
    private static readonly string TypeName = typeof(TId).Name;

    private readonly IGuidIdentifierMembers<TId> _id;
    private readonly string _sampleText;
    private readonly TId _sample;
    private readonly TId _other;

    /// <summary>Runs the tests for one identifier: its members and two different sample GUIDs, in lower case.</summary>
    private protected GuidIdentifierContractTests(IGuidIdentifierMembers<TId> members, string sampleText, string otherSampleText)
    {
        _id = members;
        _sampleText = sampleText;
        _sample = members.Parse(sampleText);
        _other = members.Parse(otherSampleText);
    }

    [Fact]
    public void Parse_WellFormedGuid_RoundTrips()
    {
        var id = _id.Parse("1B2C3D4E-0000-4000-8000-00000000000A");

        Assert.Equal("1b2c3d4e-0000-4000-8000-00000000000a", id.ToString());
    }

    [Fact]
    public void Parse_WellFormedGuid_ValueIsThatGuid()
    {
        var id = _id.Parse(_sampleText);

        Assert.Equal(Guid.Parse(_sampleText), _id.Value(id));
        Assert.False(_id.IsDefault(id));
    }

    [Fact]
    public void Parse_UpperAndLowerCase_AreEqual()
        => Assert.Equal(_id.Parse(_sampleText.ToUpperInvariant()), _id.Parse(_sampleText));

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
        var ex = Assert.Throws<FormatException>(() => _id.Parse(text));

        Assert.Contains(EchoText.Quote(text), ex.Message, StringComparison.Ordinal);
        Assert.Contains(TypeName, ex.Message, StringComparison.Ordinal);
        Assert.Equal(ex.Message, Assert.Throws<FormatException>(() => _id.Parse(text.AsSpan())).Message);
        IdentifierAssert.RefusesVia<TId>(text);
    }

    [Fact]
    public void Parse_AllZeroGuid_MessageSaysWhy()
    {
        var ex = Assert.Throws<FormatException>(() => _id.Parse("00000000-0000-0000-0000-000000000000"));

        Assert.Contains("all-zero", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => _id.Parse(null!));

        Assert.Equal("value", ex.ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void TryParse_Invalid_ReturnsFalseAndDefault(string? text)
    {
        Assert.False(_id.TryParse(text, out var id));
        Assert.True(_id.IsDefault(id));
        Assert.False(_id.TryParse(text.AsSpan(), out id));
        Assert.True(_id.IsDefault(id));
    }

    [Fact]
    public void TryParse_WellFormed_ReturnsTrueAndTheId()
    {
        Assert.True(_id.TryParse(_sampleText, out var id));
        Assert.Equal(_sample, id);
    }

    [Fact]
    public void Parse_SpanWithinLargerText_ReadsOnlyTheSpan()
    {
        var text = $"id={_sampleText.ToUpperInvariant()};";
        var span = text.AsSpan(3, GuidIdentifier.Length);

        Assert.Equal(_sample, _id.Parse(span));
        Assert.True(_id.TryParse(span, out var id));
        Assert.Equal(_sample, id);
        Assert.False(_id.TryParse(text.AsSpan(3, GuidIdentifier.Length + 1), out _));
    }

    [Fact]
    public void ParseVia_TheInterfaces_ReadAsParse()
    {
        Assert.Equal(_sample, IdentifierAssert.ParseVia<TId>(_sampleText));
        IdentifierAssert.ParsesVia(_sampleText.ToUpperInvariant(), _sample);
    }

    [Fact]
    public void ParseVia_ConfigurationValue_NeedsNoTypeConverter()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Cpor:Id"] = _sampleText.ToUpperInvariant() })
            .Build();

        Assert.Equal(_sample, IdentifierAssert.ParseVia<TId>(configuration["Cpor:Id"]!));
    }

    [Fact]
    public void ParseVia_Null_ThrowsArgumentNullExceptionOrReturnsFalse()
        => IdentifierAssert.RefusesNullVia<TId>();

    [Fact]
    public void Value_OnDefault_Throws()
    {
        TId id = default;

        Assert.True(_id.IsDefault(id));
        var ex = Assert.Throws<InvalidOperationException>(() => _id.Value(id));
        Assert.Contains(TypeName, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_OnDefault_IsEmpty()
    {
        TId id = default;

        Assert.Equal(string.Empty, id.ToString());
        Assert.Equal(string.Empty, $"{id}");
    }

    [Fact]
    public void FromGuid_Empty_ThrowsArgumentExceptionNamingTheArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => _id.FromGuid(Guid.Empty));

        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void FromGuid_NonEmpty_EqualsParsedText()
        => Assert.Equal(_sample, _id.FromGuid(Guid.Parse(_sampleText)));

    [Fact]
    public void Equals_SameGuid_IsTrueWithOperatorsAndHash()
    {
        var left = _id.Parse(_sampleText);
        var right = _id.Parse(_sampleText.ToUpperInvariant());

        Assert.True(_id.Equal(left, right));
        Assert.False(_id.NotEqual(left, right));
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentGuid_IsFalse()
    {
        Assert.False(_id.Equal(_sample, _other));
        Assert.True(_id.NotEqual(_sample, _other));
        Assert.False(_sample.Equals((object)_other));
    }

    [Fact]
    public void Equals_OtherTypeWithSameGuid_IsFalse()
    {
        var guid = Guid.Parse(_sampleText);
        var id = _id.FromGuid(guid);

        Assert.All(new object[] { TenantId.FromGuid(guid), SubscriptionId.FromGuid(guid) }.Where(o => o is not TId), other => Assert.False(id.Equals(other)));
        Assert.False(id.Equals(guid));
        Assert.False(id.Equals(null));
    }

    [Fact]
    public void Equals_DefaultAndDefault_IsTrue()
        => Assert.True(_id.Equal(default, default));

    [Fact]
    public void CompareTo_OrdersAsTheGuids()
    {
        var low = _id.Parse("00000000-0000-0000-0000-000000000001");
        var high = _id.Parse("00000000-0000-0000-0000-000000000002");

        Assert.True(_id.Less(low, high));
        Assert.True(_id.LessOrEqual(low, high));
        Assert.True(_id.Greater(high, low));
        Assert.True(_id.GreaterOrEqual(high, low));
        Assert.False(_id.Greater(low, high));
        Assert.True(_id.LessOrEqual(low, _id.Parse("00000000-0000-0000-0000-000000000001")));
        Assert.True(low.CompareTo(high) < 0);
    }

    [Fact]
    public void CompareTo_Default_SortsFirst()
        => Assert.True(_id.Less(default, _sample));

    [Fact]
    public void TryFormat_LargeEnoughBuffer_WritesLowerCaseD()
    {
        var buffer = new char[40];

        Assert.True(_id.Parse(_sampleText.ToUpperInvariant()).TryFormat(buffer, out var written, default, null));
        Assert.Equal(_sampleText, new string(buffer, 0, written));
    }

    [Fact]
    public void TryFormat_TooSmallBuffer_ReturnsFalse()
        => Assert.False(_sample.TryFormat(new char[35], out _, default, null));

    [Fact]
    public void TryFormat_Default_WritesNothing()
    {
        Assert.True(default(TId).TryFormat(new char[1], out var written, default, null));
        Assert.Equal(0, written);
        Assert.True(default(TId).TryFormat(Span<byte>.Empty, out written, default, null));
        Assert.Equal(0, written);
    }

    [Fact]
    public void TryFormat_AnyBufferAndFormat_WritesLowerCaseDOrNothing()
        => IdentifierAssert.FormatsAs(_id.Parse(_sampleText.ToUpperInvariant()), _sampleText);

    [Fact]
    public void TryFormatUtf8_LargeEnoughBuffer_WritesLowerCaseD()
    {
        var buffer = new byte[40];

        Assert.True(_sample.TryFormat(buffer, out var written, default, null));
        Assert.Equal(_sampleText, Encoding.UTF8.GetString(buffer, 0, written));
    }

    [Fact]
    public void ToString_WithFormat_IgnoresFormatAndWritesD()
    {
        Assert.Equal(_sampleText, _sample.ToString("N", null));
        Assert.Equal(_sampleText, $"{_sample}");
    }

    [Property(Arbitrary = new[] { typeof(GuidIdentifierArbitraries) })]
    public bool Parse_FormattedGuid_RoundTrips(Guid guid)
        => _id.Equal(_id.Parse(guid.ToString("D")), _id.FromGuid(guid));

    [Property(Arbitrary = new[] { typeof(GuidIdentifierArbitraries) })]
    public bool Parse_AnyLetterCase_FormatsAsLowerCaseInput(GuidText text)
        => _id.Parse(text.Value).ToString() == text.Value.ToLowerInvariant();

    [Property(Arbitrary = new[] { typeof(GuidIdentifierArbitraries) })]
    public bool TryParse_MalformedText_IsRefused(MalformedGuidText text)
        => !_id.TryParse(text.Value, out var id) && _id.IsDefault(id);

    [Property(Arbitrary = new[] { typeof(GuidIdentifierArbitraries) })]
    public void Parse_MalformedText_ThrowsNamingTheValue(MalformedGuidText text)
    {
        var ex = Assert.Throws<FormatException>(() => _id.Parse(text.Value));
        Assert.Contains(EchoText.Quote(text.Value), ex.Message, StringComparison.Ordinal);
    }

    // Arbitrary strings almost never parse, but whatever does must be exactly a GUID's text: nothing is trimmed or
    // reinterpreted. 1000 cases because most of them exercise only the refusal path.
    [Property(MaxTest = 1000)]
    public bool TryParse_AnyString_AcceptsOnlyTheExactText(string? text)
        => !_id.TryParse(text, out var id) || string.Equals(id.ToString(), text, StringComparison.OrdinalIgnoreCase);

    [Property(Arbitrary = new[] { typeof(GuidIdentifierArbitraries) })]
    public bool ParseVia_FormattedId_RoundTrips(Guid guid)
        => IdentifierAssert.FormatRoundTrips(_id.FromGuid(guid));

    [Property(Arbitrary = new[] { typeof(GuidIdentifierArbitraries) })]
    public bool Equals_IsReflexive(TId id)
    {
        var copy = id;
        return id.Equals(copy) && _id.Equal(id, copy) && id.CompareTo(copy) == 0;
    }

    [Property(Arbitrary = new[] { typeof(GuidIdentifierArbitraries) })]
    public bool Equals_IsSymmetricAndHashAgrees(TId left, TId right)
        => left.Equals(right) == right.Equals(left)
           && _id.Equal(left, right) == !_id.NotEqual(left, right)
           && (!left.Equals(right) || left.GetHashCode() == right.GetHashCode());

    [Property(Arbitrary = new[] { typeof(GuidIdentifierArbitraries) })]
    public bool CompareTo_IsConsistentWithEqualsAndAntisymmetric(TId left, TId right)
        => (left.CompareTo(right) == 0) == left.Equals(right)
           && Math.Sign(left.CompareTo(right)) == -Math.Sign(right.CompareTo(left))
           && _id.Less(left, right) == (left.CompareTo(right) < 0)
           && _id.GreaterOrEqual(left, right) == !_id.Less(left, right);
}
