using System.Globalization;
using Cpor.Rules.Domain;

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

    /// <summary>The file to write instead of stdout (atomically); <see langword="null"/> for stdout.</summary>
    public string? Output { get; init; }

    /// <summary>Whether JSON is written without indentation.</summary>
    public bool Compact { get; init; }

    /// <summary>The only outcome the table shows; <see langword="null"/> for every outcome.</summary>
    public OutcomeKind? Only { get; init; }

    /// <summary>Whether the table shows every claim rather than the first <see cref="TableReport.MaxClaimsShown"/>.</summary>
    public bool All { get; init; }
}
