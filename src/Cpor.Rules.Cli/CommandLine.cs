using System.Globalization;
using OneOf;

namespace Cpor.Rules.Cli;

/// <summary>
/// Parses <c>evaluate [FILE|-] [--format table|json] [--culture NAME] [--as-of yyyy-MM-dd]</c>, plus <c>--help</c> and
/// <c>--version</c>. Options take their value as the next argument or after <c>=</c>; <c>--</c> ends the options.
/// </summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: cpor-rules evaluate [FILE|-] [--format table|json] [--culture en|ko-KR] [--as-of yyyy-MM-dd]

        Decides a batch of CPOR customer-association claims (rule set cpor-2020.09).

          FILE                  a batch document (JSON, interchange contract v1); - reads stdin;
                                without FILE, an embedded sample batch is decided
          --format table|json   table (default): tables for people; json: exactly the decision document
          --culture NAME        language of messages and remediation: ko or ko-KR for Korean, en (default) or
                                any other culture for English
          --as-of yyyy-MM-dd    the evaluation date, overriding the document's asOf
          -h, --help            show this text
          --version             show the version

        Exit codes: 0 decided (whatever the outcomes), 1 unexpected failure,
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
            return new UsageError($"unknown command '{args[0]}'; the command is evaluate");
        }

        string? input = null;
        var format = OutputFormat.Table;
        var culture = CultureInfo.GetCultureInfo("en");
        DateOnly? asOf = null;
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

                if (name is not ("--format" or "--culture" or "--as-of"))
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

        return new EvaluateCommand(input, format, culture, asOf);
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
            default:
                return $"--format must be table or json, not '{value}'";
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
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            asOf = date;
            return null;
        }

        return $"--as-of must be a date in the form yyyy-MM-dd, not '{value}'";
    }
}
