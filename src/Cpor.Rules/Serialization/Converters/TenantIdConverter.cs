using System.Text.Json;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization.Converters;

/// <summary>Writes a <see cref="TenantId"/> as a GUID such as <c>"3f2504e0-4f89-41d3-9a0c-0305e82c3301"</c>.</summary>
internal sealed class TenantIdConverter : WriteOnlyConverter<TenantId>
{
    public override void Write(Utf8JsonWriter writer, TenantId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
