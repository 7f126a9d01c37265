namespace Cpor.Rules.Cli;

/// <summary>The executable's entry point: runs <see cref="CliApp"/> on the process's standard streams.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using var stdin = Console.OpenStandardInput();
        using var stdout = Console.OpenStandardOutput();
        return CliApp.Run(args, stdin, stdout, Console.Error, CliTerminal.Detect());
    }
}
