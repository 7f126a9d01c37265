namespace Cpor.Rules.Cli;

/// <summary>The caller asked for the usage text (<c>--help</c>) or the version (<c>--version</c>).</summary>
/// <param name="Version">Whether the version was asked for rather than the usage text.</param>
internal sealed record HelpRequest(bool Version);
