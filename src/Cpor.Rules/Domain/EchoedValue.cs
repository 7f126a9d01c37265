namespace Cpor.Rules.Domain;

/// <summary>
/// Values taken from input and echoed in messages are cut, so that a message never grows with what a user sends
/// (DOMAIN.md section 8: at most 64 characters, then <c>…</c>).
/// </summary>
internal static class EchoedValue
{
    /// <summary>The longest echoed value, in UTF-16 code units, before the ellipsis.</summary>
    public const int MaxLength = 64;

    /// <summary>The value itself when short enough; otherwise its first <see cref="MaxLength"/> code units and <c>…</c>.</summary>
    public static string Cut(string value)
    {
        if (value.Length <= MaxLength)
        {
            return value;
        }

        // Never split a surrogate pair: a lone half would make the message invalid Unicode.
        var length = char.IsHighSurrogate(value[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return string.Concat(value.AsSpan(0, length), "…");
    }
}
