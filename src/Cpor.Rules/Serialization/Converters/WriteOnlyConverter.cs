using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cpor.Rules.Serialization.Converters;

/// <summary>
/// A converter of the decision document, which the library writes and never reads back (batch documents are read by
/// <see cref="BatchDocumentParser"/>, without converters): reading throws instead of holding code nothing runs.
/// </summary>
/// <typeparam name="T">The type written.</typeparam>
internal abstract class WriteOnlyConverter<T> : JsonConverter<T>
{
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException($"{GetType().Name} only writes {typeof(T).Name} to decision documents; the library does not read decision documents back.");
}
