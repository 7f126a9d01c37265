using System.Text;

namespace Cpor.Rules.Domain;

/// <summary>Shared wording and formatting of the strongly typed identifiers, so that every identifier fails the same way.</summary>
internal static class IdentifierText
{
    public static string Quote(string? value) => EchoText.Quote(value);

    public static FormatException Invalid(string typeName, string? value, string reason)
        => new($"{Quote(value)} is not a valid {typeName}: {reason}.");

    public static InvalidOperationException DefaultUsed(string typeName)
        => new($"This {typeName} is the default value and holds no identifier; create one with {typeName}.Parse or TryParse.");

    /// <summary>Copies an identifier's text (nothing for <see langword="null"/>); <see langword="false"/>, with nothing written, when it does not fit.</summary>
    public static bool TryFormat(string? value, Span<char> destination, out int charsWritten)
    {
        var ok = value.AsSpan().TryCopyTo(destination);
        charsWritten = ok ? value?.Length ?? 0 : 0;
        return ok;
    }

    /// <summary>Writes an identifier's text in UTF-8 (nothing for <see langword="null"/>); <see langword="false"/>, with nothing written, when it does not fit.</summary>
    public static bool TryFormat(string? value, Span<byte> utf8Destination, out int bytesWritten)
    {
        var ok = Encoding.UTF8.TryGetBytes(value, utf8Destination, out bytesWritten);
        bytesWritten = ok ? bytesWritten : 0;
        return ok;
    }
}
