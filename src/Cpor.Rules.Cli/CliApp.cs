using System.Globalization;
using System.Reflection;
using System.Text;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Serialization;
using OneOf;
using Spectre.Console;

namespace Cpor.Rules.Cli;

/// <summary>
/// The <c>cpor-rules</c> command-line tool, callable in-process: <c>evaluate [FILE|-] [--format table|json|ndjson]
/// [--compact] [-o|--output FILE] [--only OUTCOME] [--all] [--culture en|ko-KR] [--as-of yyyy-MM-dd]</c>,
/// <c>validate [FILE|-] [--strict]</c> and <c>schema batch|decision</c>. The executable's entry point calls <see cref="Run(IReadOnlyList{string}, Stream, Stream, TextWriter)"/> with the
/// process's standard streams.
/// </summary>
/// <remarks>
/// Exit codes: 0 when the batch was decided (whatever the outcomes), 2 when the input was refused (a bad command line,
/// a file that cannot be read, or a refused document, with every problem and its JSON path on stderr), 1 for an
/// unexpected failure, 141 (quietly) when whoever read stdout stopped reading. In JSON format stdout receives exactly
/// the decision document and nothing else. Text from the input that reaches stderr or a table has its control
/// characters escaped.
/// </remarks>
public static class CliApp
{
    /// <summary>Input at least this large shows a progress indicator, when stderr is a terminal: 4 MiB (about 8,000 claims).</summary>
    private const long LargeInput = 4L << 20;

    /// <summary>Batches with at least this many claims are decided in parallel, one partition per processor.</summary>
    private const int ParallelFrom = 20_000;

    /// <summary>Table width when stdout is not a terminal (a file or a pipe) and <c>COLUMNS</c> is not set.</summary>
    private const int DefaultWidth = 120;

    /// <summary>The problems of a refused document listed on stderr; the rest are counted.</summary>
    internal const int ListedProblems = 100;

    /// <summary>Runs the tool as if from a command line whose streams are not terminals (no colours, no progress).</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdin">Standard input, read when FILE is <c>-</c>.</param>
    /// <param name="stdout">Standard output: the decisions.</param>
    /// <param name="stderr">Standard error: refusals, usage errors and failures.</param>
    /// <returns>The exit code: 0 decided, 1 unexpected failure, 2 refused, 141 stdout closed by its reader.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static int Run(IReadOnlyList<string> args, Stream stdin, Stream stdout, TextWriter stderr)
        => Run(args, stdin, stdout, stderr, CliTerminal.None);

    internal static int Run(IReadOnlyList<string> args, Stream stdin, Stream stdout, TextWriter stderr, CliTerminal terminal)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            if (args.Count > 0 && args[0] is ValidateCommand.Name or SchemaCommand.Name)
            {
                return args[0] == ValidateCommand.Name ? ValidateCommand.Run(args, stdin, stdout, stderr) : SchemaCommand.Run(args, stdout, stderr);
            }

            return CommandLine.Parse(args).Match(
                evaluate => Evaluate(evaluate, stdin, stdout, stderr, terminal),
                help => Help(help, stdout),
                usage => Refuse(stderr, $"{usage.Message}{Environment.NewLine}{Environment.NewLine}{CommandLine.Usage}"));
        }
        catch (IOException e) when (IsBrokenPipe(e))
        {
            return ExitCode.BrokenPipe;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"cpor-rules: failed: {TerminalText.Safe(e.Message)}");
            return ExitCode.Failed;
        }
        catch (Exception e)
        {
            // The tool's last line of defence: a defect becomes exit code 1 with a message, never a crash dump.
            stderr.WriteLine($"cpor-rules: unexpected failure: {e}");
            return ExitCode.Failed;
        }
    }

    private static int Evaluate(EvaluateCommand command, Stream stdin, Stream stdout, TextWriter stderr, CliTerminal terminal)
    {
        string source;
        Stream input;
        var ownsInput = true;
        if (command.Input is null)
        {
            source = "the embedded sample";
            input = SampleBatch.Open();
        }
        else if (command.Input == EvaluateCommand.StandardInput)
        {
            source = "stdin";
            input = stdin;
            ownsInput = false;
        }
        else
        {
            source = command.Input;
            if (Directory.Exists(command.Input))
            {
                return Refuse(stderr, $"cannot read {command.Input}: it is a directory, not a batch document file");
            }

            try
            {
                input = new FileStream(command.Input, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return Refuse(stderr, $"cannot read {command.Input}: {e.Message}");
            }
        }

        AtomicFile? file = null;
        try
        {
            if (command.Output is not null)
            {
                try
                {
                    file = AtomicFile.Create(command.Output);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    return Refuse(stderr, $"cannot write {command.Output}: {e.Message}");
                }
            }

            var target = file?.Stream ?? stdout;
            var targetIsTerminal = file is null && terminal.StdoutIsTerminal;
            var showProgress = terminal.StderrIsTerminal && command.Input is not null && (!input.CanSeek || input.Length >= LargeInput);
            DocumentRefused? refusal;
            if (!showProgress)
            {
                refusal = Run(command, source, input, target, targetIsTerminal, CliSteps.None);
            }
            else if (targetIsTerminal)
            {
                // The output shares the terminal with the bars: they must be gone before it is written.
                var decided = WithProgress(stderr, steps => ReadAndDecide(command, source, input, steps));
                refusal = decided.TryPickT1(out var refused, out var result) ? refused : null;
                if (refusal is null)
                {
                    Write(command, result, target, toTerminal: true);
                    target.Flush();
                }
            }
            else
            {
                refusal = WithProgress(stderr, steps => Run(command, source, input, target, toTerminal: false, steps));
            }

            if (refusal is not null)
            {
                var problems = refusal.Problems;
                var text = new StringBuilder()
                    .Append(CultureInfo.InvariantCulture, $"{source} was refused ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}); nothing was decided:");
                // A message, not a report: a document with a problem in each of a million claims should not answer
                // with a million lines. validate lists them all, on stdout.
                foreach (var problem in problems.Take(ListedProblems))
                {
                    text.AppendLine().Append("  ").Append(problem.Path).Append(": ").Append(problem.Message);
                }

                if (problems.Count > ListedProblems)
                {
                    text.AppendLine().Append(
                        CultureInfo.InvariantCulture,
                        $"  ... and {problems.Count - ListedProblems:N0} more; cpor-rules validate lists every one");
                }

                return Refuse(stderr, text.ToString());
            }

            file?.Commit();
            return ExitCode.Decided;
        }
        catch (InputUnreadableException e)
        {
            return Refuse(stderr, $"cannot read {source}: {e.InnerException!.Message}");
        }
        finally
        {
            file?.Dispose();
            if (ownsInput)
            {
                input.Dispose();
            }
        }
    }

    /// <summary>Reads, decides and writes; returns the refusal when the document is refused (then nothing is written).</summary>
    private static DocumentRefused? Run(EvaluateCommand command, string source, Stream input, Stream target, bool toTerminal, CliSteps steps)
    {
        var decided = ReadAndDecide(command, source, input, steps);
        if (decided.TryPickT1(out var refused, out var result))
        {
            return refused;
        }

        // Writing progress only when the output is not the terminal the bars would share.
        var written = toTerminal ? null : steps.Writing(command.Output ?? "stdout");
        var output = written is null ? target : new CountingStream(target, written);
        Write(command, result, output, toTerminal);
        output.Flush();
        steps.Done();
        return null;
    }

    private static OneOf<BatchResult, DocumentRefused> ReadAndDecide(EvaluateCommand command, string source, Stream input, CliSteps steps)
    {
        OneOf<BatchDocument, DocumentRefused> read;
        try
        {
            read = BatchDocumentReader.Read(input, steps.Reading(source, input.CanSeek ? input.Length : null));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // The input could not be read (a device, an I/O error): the input is refused, not the tool failed.
            throw new InputUnreadableException(e);
        }

        if (read.TryPickT1(out var refused, out var document))
        {
            steps.Done();
            return refused;
        }

        steps.Deciding(document.Claims.Count);
        var options = new EvaluationOptions
        {
            AsOf = command.AsOf ?? document.AsOf,

            // The tool shows decisions, not rule traces: recording them would only cost memory on large batches.
            Explain = false,
            DegreeOfParallelism = document.Claims.Count >= ParallelFrom ? Environment.ProcessorCount : 1,
        };
        var result = CporRuleSet.Default.EvaluateBatch(document.Claims, document.Facts, options);
        steps.Done();
        return result;
    }

    private static void Write(EvaluateCommand command, BatchResult result, Stream output, bool toTerminal)
    {
        if (command.Format == OutputFormat.Json)
        {
            DecisionDocumentWriter.Write(result, output, command.Culture, indented: !command.Compact);

            // A final line end, so that a shell prompt does not follow the closing brace; JSON ignores it.
            output.Write("\n"u8);
        }
        else if (command.Format == OutputFormat.Ndjson)
        {
            DecisionLinesWriter.Write(result, output, command.Culture);
        }
        else
        {
            WriteTable(result, command, output, toTerminal);
        }
    }

    private static T WithProgress<T>(TextWriter stderr, Func<CliSteps, T> run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(stderr),
        });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context => run(new CliSteps.Bars(context)));
    }

    private static void WriteTable(BatchResult result, EvaluateCommand command, Stream stdout, bool toTerminal)
    {
        using var writer = new StreamWriter(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = toTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = toTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = toTerminal ? TerminalWidth() : RedirectedWidth();
        TableReport.Render(console, result, command.Culture, command.Only, command.All);
        writer.Flush();
    }

    /// <summary>The table's width when it does not go to a terminal: <c>COLUMNS</c> when set (40 to 1000), else 120.</summary>
    private static int RedirectedWidth()
        => int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns is >= 40 and <= 1000
            ? columns
            : DefaultWidth;

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : RedirectedWidth();
        }
        catch (IOException)
        {
            return RedirectedWidth();
        }
    }

    private static int Help(HelpRequest help, Stream stdout)
    {
        using var writer = new StreamWriter(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        if (help.Version)
        {
            var version = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            writer.WriteLine($"cpor-rules {version} (rule set {CporRuleSet.Name})");
        }
        else
        {
            writer.WriteLine(CommandLine.Usage);
        }

        return ExitCode.Decided;
    }

    private static int Refuse(TextWriter stderr, string message)
    {
        stderr.WriteLine($"cpor-rules: {TerminalText.Safe(message, keepLineEnds: true)}");
        stderr.Flush();
        return ExitCode.Refused;
    }

    /// <summary>Whether writing failed because the reader of the pipe has gone (EPIPE).</summary>
    private static bool IsBrokenPipe(IOException e)
        => e.HResult == 32 || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);
}
