using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cpor.Rules.Domain;
using Cpor.Rules.Serialization.Converters;

namespace Cpor.Rules.Tests.Serialization.Converters;

/// <summary>The converters of the decision document only write: the library never reads a decision document back.</summary>
public sealed class WriteOnlyConverterTests
{
    [Fact]
    public void Read_ClaimIdConverter_ThrowsNotSupportedNamingTheConverter()
        => AssertWriteOnly(new ClaimIdConverter(), "\"C-1001\"", "ClaimIdConverter only writes ClaimId");

    [Fact]
    public void Read_PartnerIdConverter_ThrowsNotSupportedNamingTheConverter()
        => AssertWriteOnly(new PartnerIdConverter(), "\"4412345\"", "PartnerIdConverter only writes PartnerId");

    [Fact]
    public void Read_TenantIdConverter_ThrowsNotSupportedNamingTheConverter()
        => AssertWriteOnly(new TenantIdConverter(), "\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\"", "TenantIdConverter only writes TenantId");

    [Fact]
    public void Read_SubscriptionIdConverter_ThrowsNotSupportedNamingTheConverter()
        => AssertWriteOnly(new SubscriptionIdConverter(), "\"9a0c3f25-04e0-4f89-41d3-0305e82c3301\"", "SubscriptionIdConverter only writes SubscriptionId");

    [Fact]
    public void Read_SmartEnumNameConverter_ThrowsNotSupportedNamingTheEnum()
        => AssertWriteOnly(new SmartEnumNameConverter<OutcomeKind>(), "\"Eligible\"", "only writes OutcomeKind");

    [Fact]
    public void Write_EachConverter_WritesTheContractText()
    {
        Assert.Equal("\"C-1001\"", Written(new ClaimIdConverter(), ClaimId.Parse("C-1001")));
        Assert.Equal("\"4412345\"", Written(new PartnerIdConverter(), PartnerId.Parse("4412345")));
        Assert.Equal("\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\"", Written(new TenantIdConverter(), TenantId.Parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301")));
        Assert.Equal("\"9a0c3f25-04e0-4f89-41d3-0305e82c3301\"", Written(new SubscriptionIdConverter(), SubscriptionId.Parse("9a0c3f25-04e0-4f89-41d3-0305e82c3301")));
        Assert.Equal("\"Eligible\"", Written(new SmartEnumNameConverter<OutcomeKind>(), OutcomeKind.Eligible));
    }

    private static void AssertWriteOnly<T>(JsonConverter<T> converter, string json, string expected)
    {
        var e = Assert.Throws<NotSupportedException>(() => Read(converter, json));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.EndsWith("the library does not read decision documents back.", e.Message, StringComparison.Ordinal);
    }

    private static T? Read<T>(JsonConverter<T> converter, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return converter.Read(ref reader, typeof(T), JsonSerializerOptions.Default);
    }

    private static string Written<T>(JsonConverter<T> converter, T value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            converter.Write(writer, value, JsonSerializerOptions.Default);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
