using System.Globalization;
using Spectre.Console;

namespace Cpor.Rules.Cli;

/// <summary>
/// The steps of a run as the user sees them on a terminal's stderr: reading (bytes, with a bar when the size is
/// known), deciding, writing (bytes). <see cref="None"/> shows nothing: stderr is not a terminal, or the run is small.
/// </summary>
internal class CliSteps
{
    public static CliSteps None { get; } = new();

    /// <summary>Reading starts; the returned progress is told the bytes read so far.</summary>
    public virtual IProgress<long>? Reading(string source, long? length) => null;

    /// <summary>Reading is over; deciding starts.</summary>
    public virtual void Deciding(int claims)
    {
    }

    /// <summary>Deciding is over; writing starts. The returned progress is told the bytes written so far.</summary>
    public virtual IProgress<long>? Writing(string target) => null;

    /// <summary>Everything is done (or refused): the display can go.</summary>
    public virtual void Done()
    {
    }

    /// <summary>Spectre.Console progress bars on stderr.</summary>
    internal sealed class Bars(ProgressContext context) : CliSteps
    {
        private ProgressTask? _current;

        public override IProgress<long> Reading(string source, long? length)
        {
            var task = Start($"Reading {Markup.Escape(source)}", length);
            return new BarReport(task, length is null ? $"Reading {Markup.Escape(source)}" : null);
        }

        public override void Deciding(int claims)
            => Start(Markup.Escape($"Deciding {claims.ToString("N0", CultureInfo.InvariantCulture)} claims"), length: null);

        public override IProgress<long> Writing(string target)
        {
            var label = $"Writing {Markup.Escape(target)}";
            return new BarReport(Start(label, length: null), label);
        }

        public override void Done() => Stop();

        private ProgressTask Start(string description, long? length)
        {
            Stop();
            _current = context.AddTask(description, maxValue: length is > 0 ? length.Value : 1);
            if (length is not > 0)
            {
                _current.IsIndeterminate();
            }

            return _current;
        }

        private void Stop()
        {
            if (_current is { } task)
            {
                task.Value = task.MaxValue;
                task.StopTask();
            }
        }

        /// <summary>Moves the bar, or, when the size is unknown, shows the bytes so far in the description.</summary>
        private sealed class BarReport(ProgressTask task, string? countedLabel) : IProgress<long>
        {
            public void Report(long value)
            {
                if (countedLabel is null)
                {
                    task.Value = value;
                }
                else
                {
                    task.Description = $"{countedLabel} [grey]{Bytes(value)}[/]";
                }
            }
        }
    }

    internal static string Bytes(long count)
        => count < 1 << 20
            ? $"{(count / 1024.0).ToString("N0", CultureInfo.InvariantCulture)} KB"
            : $"{(count / 1048576.0).ToString("N1", CultureInfo.InvariantCulture)} MB";
}
