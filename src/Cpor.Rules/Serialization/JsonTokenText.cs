using System.Text;
using System.Text.Json;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization;

/// <summary>Says in words what a JSON value is, for problem messages: "a number (42)", "an object", "null".</summary>
internal static class JsonTokenText
{
    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => $"a number ({Literal(ref reader)})",
        JsonTokenType.String => "text",
        _ => Describe(reader.TokenType),
    };

    public static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "text",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "text",
        JsonValueKind.Number => $"a number ({Shorten(element.GetRawText())})",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>The JSON text of the current number, <c>true</c> or <c>false</c> token.</summary>
    public static string Literal(ref Utf8JsonReader reader)
        => Shorten(reader.HasValueSequence
            ? Encoding.UTF8.GetString(reader.ValueSequence)
            : Encoding.UTF8.GetString(reader.ValueSpan));

    public static string Quote(string? value) => EchoText.Quote(value);

    private static string Shorten(string text) => EchoText.Of(text);
}
