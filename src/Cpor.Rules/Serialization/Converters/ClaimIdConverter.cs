using System.Text.Json;
using System.Text.Json.Serialization;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization.Converters;

/// <summary>Writes a <see cref="ClaimId"/> as its text, and reads it back.</summary>
internal sealed class ClaimIdConverter : JsonConverter<ClaimId>
{
    public override ClaimId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return ClaimId.TryParse(text, out var value, out var error)
            ? value
            : throw new JsonException(IdentifierText.Invalid(nameof(ClaimId), text, error!).Message);
    }

    public override void Write(Utf8JsonWriter writer, ClaimId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
