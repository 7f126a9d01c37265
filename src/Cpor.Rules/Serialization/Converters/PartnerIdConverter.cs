using System.Text.Json;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization.Converters;

/// <summary>Writes a <see cref="PartnerId"/> as its digits, as text (<c>"4412345"</c>).</summary>
internal sealed class PartnerIdConverter : WriteOnlyConverter<PartnerId>
{
    public override void Write(Utf8JsonWriter writer, PartnerId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
