using System.Diagnostics;
using System.Text;

namespace Cpor.Rules.Tests.Cli;

/// <summary>
/// Runs the built tool as a separate process: <c>dotnet Cpor.Rules.Cli.dll ...</c>. The test project references the
/// tool, so the build copies its assembly, runtime configuration and dependencies next to the tests.
/// </summary>
internal static class ToolProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string ToolPath { get; } = Path.Combine(AppContext.BaseDirectory, "Cpor.Rules.Cli.dll");

    public static CliRun Run(string? stdin, params string[] args) => Run(stdin, new Dictionary<string, string>(), args);

    /// <summary>Runs the tool with extra environment variables (such as <c>COLUMNS</c>).</summary>
    public static CliRun Run(string? stdin, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"cpor-rules {string.Join(' ', args)} did not finish within {Timeout}.");
        }

        return new CliRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>Starts the tool with every standard stream redirected; the caller drives and ends it.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ToolPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        start.Environment.Remove("COLUMNS");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    /// <summary>The dotnet host running the tests (the SDK sets DOTNET_HOST_PATH), else the one on the PATH.</summary>
    internal static string DotnetHost()
        => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
