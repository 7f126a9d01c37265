using System.Text.Json;
using System.Text.Json.Serialization;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization.Converters;

/// <summary>Writes a <see cref="TenantId"/> as a GUID such as <c>"3f2504e0-4f89-41d3-9a0c-0305e82c3301"</c>, and reads it back.</summary>
internal sealed class TenantIdConverter : JsonConverter<TenantId>
{
    public override TenantId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return TenantId.TryParse(text, out var value, out var error)
            ? value
            : throw new JsonException(IdentifierText.Invalid(nameof(TenantId), text, error!).Message);
    }

    public override void Write(Utf8JsonWriter writer, TenantId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
