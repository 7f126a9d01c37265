using System.Text.Json;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization.Converters;

/// <summary>Writes a <see cref="SubscriptionId"/> as a GUID.</summary>
internal sealed class SubscriptionIdConverter : WriteOnlyConverter<SubscriptionId>
{
    public override void Write(Utf8JsonWriter writer, SubscriptionId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
