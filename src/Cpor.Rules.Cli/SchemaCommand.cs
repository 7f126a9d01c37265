using System.Text;
using Cpor.Rules.Serialization;

namespace Cpor.Rules.Cli;

/// <summary><c>cpor-rules schema batch|decision</c>: prints the JSON Schema (draft 2020-12) embedded in Cpor.Rules.</summary>
internal static class SchemaCommand
{
    public const string Name = "schema";

    public static int Run(IReadOnlyList<string> args, Stream stdout, TextWriter stderr)
    {
        if (args.Count != 2 || !ContractSchemas.TryGet(args[1], out var schema))
        {
            var given = args.Count < 2 ? "nothing" : $"'{string.Join(' ', args.Skip(1))}'";
            stderr.WriteLine($"cpor-rules: schema takes batch or decision, not {given}{Environment.NewLine}{Environment.NewLine}{CommandLine.Usage}");
            return ExitCode.Refused;
        }

        stdout.Write(Encoding.UTF8.GetBytes(schema));
        stdout.Flush();
        return ExitCode.Decided;
    }
}
