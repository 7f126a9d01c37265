namespace Cpor.Rules.Cli;

/// <summary>
/// The tool's exit codes. <see cref="Refused"/> covers every input the tool will not decide: a bad command line, a
/// file that cannot be opened, and a batch document that is refused. <see cref="Failed"/> is kept for what is not the
/// caller's doing (an I/O error while reading or writing, a defect), so a script can tell "fix your input" from
/// "try again or report it".
/// </summary>
internal static class ExitCode
{
    /// <summary>The batch was decided, whatever the outcomes (help and version also exit with it).</summary>
    public const int Decided = 0;

    /// <summary>An unexpected failure: nothing reliable was written to stdout.</summary>
    public const int Failed = 1;

    /// <summary>The input was refused (command line, file or document); stderr says why; nothing was decided.</summary>
    public const int Refused = 2;

    /// <summary>
    /// Whoever read stdout stopped reading (<c>| head</c>): the tool stops quietly with the status a shell gives a
    /// process ended by SIGPIPE (128 + 13).
    /// </summary>
    public const int BrokenPipe = 141;
}
