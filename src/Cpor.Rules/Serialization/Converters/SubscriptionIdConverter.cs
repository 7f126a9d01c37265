using System.Text.Json;
using System.Text.Json.Serialization;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization.Converters;

/// <summary>Writes a <see cref="SubscriptionId"/> as a GUID, and reads it back.</summary>
internal sealed class SubscriptionIdConverter : JsonConverter<SubscriptionId>
{
    public override SubscriptionId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return SubscriptionId.TryParse(text, out var value, out var error)
            ? value
            : throw new JsonException(IdentifierText.Invalid(nameof(SubscriptionId), text, error!).Message);
    }

    public override void Write(Utf8JsonWriter writer, SubscriptionId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
