namespace Cpor.Rules.Cli;

/// <summary>The input stream failed while being read (a device, an I/O error): a refusal (exit code 2), not a failure of the tool.</summary>
internal sealed class InputUnreadableException(Exception inner) : Exception(inner.Message, inner);
