namespace Cpor.Rules.Cli;

/// <summary>Whether the standard streams are terminals: colours go to a terminal stdout, progress to a terminal stderr only.</summary>
/// <param name="StdoutIsTerminal">Whether stdout is a terminal.</param>
/// <param name="StderrIsTerminal">Whether stderr is a terminal.</param>
internal readonly record struct CliTerminal(bool StdoutIsTerminal, bool StderrIsTerminal)
{
    /// <summary>Neither stream is a terminal (files, pipes, tests).</summary>
    public static CliTerminal None => default;

    /// <summary>What the process's console says.</summary>
    public static CliTerminal Detect() => new(!Console.IsOutputRedirected, !Console.IsErrorRedirected);
}
