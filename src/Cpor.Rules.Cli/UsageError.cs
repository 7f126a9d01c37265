namespace Cpor.Rules.Cli;

/// <summary>A command line the tool does not understand.</summary>
/// <param name="Message">What is wrong, in one sentence.</param>
internal sealed record UsageError(string Message);
