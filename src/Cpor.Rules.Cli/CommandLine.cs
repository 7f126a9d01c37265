using System.Globalization;
using Cpor.Rules.Domain;
using OneOf;

namespace Cpor.Rules.Cli;

/// <summary>
/// Parses <c>evaluate [FILE|-] [--format table|json|ndjson] [--compact] [-o|--output FILE] [--only OUTCOME] [--all]
/// [--culture NAME] [--as-of yyyy-MM-dd]</c>, plus <c>--help</c> and <c>--version</c> (<c>validate</c> and
/// <c>schema</c> parse their own arguments). Options take their value as the next argument or after <c>=</c>; <c>--</c> ends the options.
/// </summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: cpor-rules evaluate [FILE|-] [--format table|json|ndjson] [--compact] [-o|--output FILE]
                                   [--only OUTCOME] [--all] [--culture en|ko-KR] [--as-of yyyy-MM-dd]
               cpor-rules validate [FILE|-] [--strict]
               cpor-rules schema batch|decision

        evaluate decides a batch of CPOR customer-association claims (rule set cpor-2020.09).

          FILE                  a batch document (JSON, interchange contract v1); - reads stdin;
                                without FILE, an embedded sample batch is decided
          --format table|json|ndjson
                                table (default): tables for people; json: exactly the decision document;
                                ndjson: one decision per line, then one line per arbitration, then a summary line
          --compact             json: no indentation (one line)
          -o, --output FILE     write to FILE instead of stdout, atomically: a temporary file in the same
                                folder, renamed to FILE when complete (a failed or killed run leaves FILE as it was)
          --only OUTCOME        table: show only claims with this outcome: eligible, partially-eligible,
                                action-required, under-review or rejected (the summary still counts all)
          --all                 table: show every claim (by default the first 500 are shown)
          --culture NAME        language of messages, remediation and the table: ko or ko-KR for Korean,
                                en (default) or any other culture for English
          --as-of yyyy-MM-dd    the evaluation date recorded in the output (asOf), in place of the document's;
                                no decision depends on it: rules judge PoE dates against each claim's submission
          -h, --help            show this text
          --version             show the version

        validate checks a batch document against the contract without deciding it and prints every problem with
        its JSON path on stdout (exit 2 when evaluate would refuse it); --strict also counts claim values that
        would be decided as InvalidClaimData or NotASubscriptionId.
        schema prints the JSON Schema (draft 2020-12) of the batch or the decision document.

        Progress (reading, deciding, writing) is shown on stderr when stderr is a terminal.
        Exit codes: 0 decided (whatever the outcomes) or valid, 1 unexpected failure,
                    2 refused (bad command line, unreadable file, or refused document; the reasons go to stderr).
        """;

    public static OneOf<EvaluateCommand, HelpRequest, UsageError> Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return new UsageError("a command is required: evaluate");
        }

        if (args[0] is "-h" or "--help" or "help")
        {
            return new HelpRequest(Version: false);
        }

        if (args[0] == "--version")
        {
            return new HelpRequest(Version: true);
        }

        if (args[0] != "evaluate")
        {
            return new UsageError($"unknown command '{args[0]}'; the commands are evaluate, validate and schema");
        }

        string? input = null;
        var format = OutputFormat.Table;
        var culture = CultureInfo.GetCultureInfo("en");
        DateOnly? asOf = null;
        string? output = null;
        OutcomeKind? only = null;
        var compact = false;
        var all = false;
        var optionsEnded = false;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (!optionsEnded && arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var (name, inline) = Split(arg);
                if (name is "--help")
                {
                    return new HelpRequest(Version: false);
                }

                if (name is "--compact" or "--all")
                {
                    if (inline is not null)
                    {
                        return new UsageError($"{name} takes no value");
                    }

                    compact |= name == "--compact";
                    all |= name == "--all";
                    continue;
                }

                if (name is not ("--format" or "--culture" or "--as-of" or "--output" or "--only"))
                {
                    return new UsageError($"unknown option '{name}'");
                }

                var value = inline;
                if (value is null)
                {
                    if (i + 1 >= args.Count)
                    {
                        return new UsageError($"{name} needs a value");
                    }

                    value = args[++i];
                }

                var error = name switch
                {
                    "--format" => TryFormat(value, ref format),
                    "--culture" => TryCulture(value, ref culture),
                    "--output" => TryOutput(value, ref output),
                    "--only" => TryOnly(value, ref only),
                    _ => TryDate(value, ref asOf),
                };
                if (error is not null)
                {
                    return new UsageError(error);
                }
            }
            else if (!optionsEnded && arg == "--")
            {
                optionsEnded = true;
            }
            else if (!optionsEnded && arg is "-h")
            {
                return new HelpRequest(Version: false);
            }
            else if (!optionsEnded && arg is "-o")
            {
                if (i + 1 >= args.Count)
                {
                    return new UsageError("-o needs a value");
                }

                if (TryOutput(args[++i], ref output) is { } error)
                {
                    return new UsageError(error);
                }
            }
            else if (!optionsEnded && arg.Length > 1 && arg[0] == '-')
            {
                return new UsageError($"unknown option '{arg}'");
            }
            else if (input is null)
            {
                input = arg;
            }
            else
            {
                return new UsageError($"only one FILE may be given, found '{input}' and '{arg}'");
            }
        }

        if ((only is not null || all) && format != OutputFormat.Table)
        {
            return new UsageError($"{(only is not null ? "--only" : "--all")} applies to the table format only; json and ndjson always hold every claim");
        }

        if (compact && format != OutputFormat.Json)
        {
            return new UsageError("--compact applies to --format json only (ndjson is always one line per record)");
        }

        return new EvaluateCommand(input, format, culture, asOf) { Output = output, Compact = compact, Only = only, All = all };
    }

    /// <summary>The names <c>--only</c> takes: the outcomes in kebab case.</summary>
    internal static readonly IReadOnlyDictionary<string, OutcomeKind> OnlyNames = new Dictionary<string, OutcomeKind>(StringComparer.Ordinal)
    {
        ["eligible"] = OutcomeKind.Eligible,
        ["partially-eligible"] = OutcomeKind.PartiallyEligible,
        ["action-required"] = OutcomeKind.ActionRequired,
        ["under-review"] = OutcomeKind.UnderReview,
        ["rejected"] = OutcomeKind.Rejected,
    };

    private static string? TryOutput(string value, ref string? output)
    {
        if (value.Length == 0 || value == EvaluateCommand.StandardInput)
        {
            return $"--output needs a file name, not '{value}' (without --output the output goes to stdout)";
        }

        output = value;
        return null;
    }

    private static string? TryOnly(string value, ref OutcomeKind? only)
    {
        if (OnlyNames.TryGetValue(value, out var kind))
        {
            only = kind;
            return null;
        }

        return $"--only must be one of {string.Join(", ", OnlyNames.Keys)}, not '{value}'";
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }

    private static string? TryFormat(string value, ref OutputFormat format)
    {
        switch (value)
        {
            case "table":
                format = OutputFormat.Table;
                return null;
            case "json":
                format = OutputFormat.Json;
                return null;
            case "ndjson":
                format = OutputFormat.Ndjson;
                return null;
            default:
                return $"--format must be table, json or ndjson, not '{value}'";
        }
    }

    private static string? TryCulture(string value, ref CultureInfo culture)
    {
        try
        {
            // Predefined cultures only: a made-up name would otherwise become a custom culture silently.
            culture = CultureInfo.GetCultureInfo(value, predefinedOnly: true);
            return null;
        }
        catch (CultureNotFoundException)
        {
            return $"--culture '{value}' is not a known culture name; use ko-KR or en, for example";
        }
    }

    private static string? TryDate(string value, ref DateOnly? asOf)
    {
        if (IsoDate.TryParse(value, out var date))
        {
            asOf = date;
            return null;
        }

        return $"--as-of must be a date in the form {IsoDate.Pattern}, not '{value}'";
    }
}
