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

    [Theory]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("{1b2c3d4e-0000-4000-8000-00000000000a}")]
    public void Parse_Malformed_ThrowsFormatExceptionNamingTheValue(string text)
    {
        var ex = Assert.Throws<FormatException>(() => TenantId.Parse(text));

        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_OnDefault_Throws()
    {
        TenantId id = default;

        Assert.True(id.IsDefault);
        Assert.Throws<InvalidOperationException>(() => id.Value);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Parse_FormattedGuid_RoundTrips(Guid guid)
        => TenantId.Parse(guid.ToString("D")) == TenantId.FromGuid(guid);

    public static class Arbitraries
    {
        public static Arbitrary<Guid> NonEmptyGuids()
            => ArbMap.Default.GeneratorFor<Guid>().Where(g => g != Guid.Empty).ToArbitrary();
    }
}
