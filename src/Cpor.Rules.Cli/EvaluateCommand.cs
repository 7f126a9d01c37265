using System.Globalization;

namespace Cpor.Rules.Cli;

/// <summary>The <c>evaluate</c> command as given on the command line.</summary>
/// <param name="Input">The batch file; <see langword="null"/> for the embedded sample, <c>-</c> for stdin.</param>
/// <param name="Format">How to write the decisions.</param>
/// <param name="Culture">The language of messages and remediation.</param>
/// <param name="AsOf">The evaluation date, overriding the document's <c>asOf</c>; <see langword="null"/> to keep it.</param>
internal sealed record EvaluateCommand(string? Input, OutputFormat Format, CultureInfo Culture, DateOnly? AsOf)
{
    /// <summary>The value of FILE that means standard input.</summary>
    public const string StandardInput = "-";
}
