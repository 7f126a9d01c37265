using System.Text.Json;
using Ardalis.SmartEnum;

namespace Cpor.Rules.Serialization.Converters;

/// <summary>Writes a smart enum as its contract name (<c>"Eligible"</c>, <c>"Blocking"</c>).</summary>
/// <typeparam name="TEnum">The smart enum.</typeparam>
internal sealed class SmartEnumNameConverter<TEnum> : WriteOnlyConverter<TEnum>
    where TEnum : SmartEnum<TEnum, int>
{
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
}
