using Cpor.Rules.Domain;

namespace Cpor.Rules.Cli;

/// <summary>
/// Makes text from the input safe and bounded for a terminal: control characters (and lone surrogates) are written as
/// <c>\uXXXX</c> so that no escape sequence reaches the terminal, and a value longer than a cell is cut with <c>…</c>
/// (the library's <see cref="EchoText"/>, with the tool's lengths).
/// </summary>
internal static class TerminalText
{
    /// <summary>The most characters of an input value a table cell shows.</summary>
    public const int MaxValue = EchoText.MaxLength;

    /// <summary>The most characters of a message (catalogue text and its detail) a table cell shows.</summary>
    public const int MaxMessage = 400;

    /// <summary>The text with control characters escaped, except line ends when <paramref name="keepLineEnds"/>; cut at <paramref name="max"/> characters.</summary>
    public static string Safe(string text, int max = int.MaxValue, bool keepLineEnds = false) => EchoText.Of(text, max, keepLineEnds);
}
