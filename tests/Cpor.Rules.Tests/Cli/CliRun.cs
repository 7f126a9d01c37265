using System.Text;
using Cpor.Rules.Cli;

namespace Cpor.Rules.Tests.Cli;

/// <summary>Runs the tool in-process on memory streams and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args) => WithInput(string.Empty, args);

    public static CliRun WithInput(string stdin, params string[] args) => WithInput(new MemoryStream(Encoding.UTF8.GetBytes(stdin)), args);

    public static CliRun WithInput(Stream stdin, params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdin, stdout, stderr);
        return new CliRun(exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
