using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.SmartEnum;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization.Converters;

/// <summary>Writes a smart enum as its contract name (<c>"Eligible"</c>, <c>"Blocking"</c>) and reads it back by exact name.</summary>
/// <typeparam name="TEnum">The smart enum.</typeparam>
internal sealed class SmartEnumNameConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : SmartEnum<TEnum, int>
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return ContractNames.TryParse<TEnum>(name, out var value) ? value : throw new JsonException(ContractNames.Describe<TEnum>(name));
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
}
