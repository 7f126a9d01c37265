using System.Text.Json;
using System.Text.Json.Serialization;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization.Converters;

/// <summary>Writes a <see cref="PartnerId"/> as its digits, as text (<c>"4412345"</c>), and reads it back.</summary>
internal sealed class PartnerIdConverter : JsonConverter<PartnerId>
{
    public override PartnerId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return PartnerId.TryParse(text, out var value, out var error)
            ? value
            : throw new JsonException(IdentifierText.Invalid(nameof(PartnerId), text, error!).Message);
    }

    public override void Write(Utf8JsonWriter writer, PartnerId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
