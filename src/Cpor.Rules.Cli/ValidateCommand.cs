using System.Globalization;
using System.Text;
using Cpor.Rules.Serialization;

namespace Cpor.Rules.Cli;

/// <summary>
/// <c>cpor-rules validate [FILE|-] [--strict]</c>: reads a batch document as <c>evaluate</c> would, without deciding
/// it, and prints every problem with its JSON path on stdout. A document that would be refused exits 2. Claim values
/// that would be decided as <c>InvalidClaimData</c> or <c>NotASubscriptionId</c> are the contract's business (the
/// claim is decided, Rejected), so they are listed as notes and exit 0, unless <c>--strict</c> counts them as problems.
/// </summary>
internal static class ValidateCommand
{
    public const string Name = "validate";

    public static int Run(IReadOnlyList<string> args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        string? input = null;
        var strict = false;
        var optionsEnded = false;
        foreach (var arg in args.Skip(1))
        {
            if (!optionsEnded && arg == "--strict")
            {
                strict = true;
            }
            else if (!optionsEnded && arg == "--")
            {
                optionsEnded = true;
            }
            else if (!optionsEnded && arg.Length > 1 && arg[0] == '-')
            {
                return Usage(stderr, $"unknown option '{arg}'");
            }
            else if (input is null)
            {
                input = arg;
            }
            else
            {
                return Usage(stderr, $"only one FILE may be given, found '{input}' and '{arg}'");
            }
        }

        string source;
        Stream stream;
        if (input is null)
        {
            source = "the embedded sample";
            stream = SampleBatch.Open();
        }
        else if (input == EvaluateCommand.StandardInput)
        {
            source = "stdin";
            stream = new NonClosingStream(stdin);
        }
        else
        {
            source = input;
            try
            {
                stream = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"cpor-rules: cannot read {input}: {e.Message}");
                return ExitCode.Refused;
            }
        }

        using (stream)
        using (var writer = new StreamWriter(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
        {
            var read = BatchDocumentReader.Read(stream);
            if (read.TryPickT1(out var refused, out var document))
            {
                foreach (var problem in refused.Problems)
                {
                    writer.WriteLine($"{problem.Path}: {problem.Message}");
                }

                writer.WriteLine($"{source} is not a valid batch document ({Count(refused.Problems.Count, "problem")}); evaluate would refuse it.");
                return ExitCode.Refused;
            }

            var notes = 0;
            var claimsWithNotes = 0;
            for (var i = 0; i < document.Claims.Count; i++)
            {
                var claim = document.Claims[i];
                var path = $"$.claims[{i.ToString(CultureInfo.InvariantCulture)}]";
                var before = notes;
                foreach (var error in claim.DataErrors)
                {
                    writer.WriteLine($"{path}.{error.Field}: {error.Reason.TrimEnd('.')} (InvalidClaimData)");
                    notes++;
                }

                if (claim.MalformedSubscriptionId is not null)
                {
                    writer.WriteLine($"{path}.subscriptionId: not a subscription ID (GUID) (NotASubscriptionId)");
                    notes++;
                }

                claimsWithNotes += notes > before ? 1 : 0;
            }

            var summary = $"{Count(document.Claims.Count, "claim")}, {Count(document.Facts.Tenants.Count, "tenant")}, {Count(document.Facts.Subscriptions.Count, "subscription")}, {Count(document.Facts.Partners.Count, "partner")}, {Count(document.Facts.Associations.Count, "association")}";
            if (notes == 0)
            {
                writer.WriteLine($"{source} is a valid batch document: {summary}.");
                return ExitCode.Decided;
            }

            if (strict)
            {
                writer.WriteLine($"{source} is not valid with --strict: {Count(notes, "claim value")} of {Count(claimsWithNotes, "claim")} cannot be read ({summary}).");
                return ExitCode.Refused;
            }

            writer.WriteLine($"{source} is a valid batch document: {summary}; {Count(claimsWithNotes, "claim")} with unreadable values would be decided Rejected.");
            return ExitCode.Decided;
        }
    }

    private static string Count(int count, string noun)
        => $"{count.ToString("N0", CultureInfo.InvariantCulture)} {noun}{(count == 1 ? string.Empty : "s")}";

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"cpor-rules: {message}{Environment.NewLine}{Environment.NewLine}{CommandLine.Usage}");
        return ExitCode.Refused;
    }
}
