using Spectre.Console;

namespace Cpor.Rules.Cli;

/// <summary>Moves a progress bar as bytes are read. Reports arrive on the reading thread; the bar is thread-safe.</summary>
internal sealed class TaskProgress(ProgressTask task) : IProgress<long>
{
    public void Report(long value) => task.Value = value;
}
