using System.Text.Json;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization.Converters;

/// <summary>Writes a <see cref="ClaimId"/> as its text.</summary>
internal sealed class ClaimIdConverter : WriteOnlyConverter<ClaimId>
{
    public override void Write(Utf8JsonWriter writer, ClaimId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
