using Microsoft.Win32.SafeHandles;

namespace Cpor.Rules.Cli;

/// <summary>The executable's entry point: runs <see cref="CliApp"/> on the process's standard streams.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using var stdin = Console.OpenStandardInput();
        using var stdout = StandardOutput();
        return CliApp.Run(args, stdin, stdout, Console.Error, CliTerminal.Detect());
    }

    /// <summary>
    /// Standard output. On Unix, when it is a pipe, it is file descriptor 1 itself: the console stream would swallow
    /// EPIPE, so a tool piped into <c>head</c> would go on writing for nothing; a plain stream reports the broken pipe,
    /// and the tool stops quietly with status 141. Files and terminals keep the console stream (a file opened for
    /// appending must not be written at positions).
    /// </summary>
    private static Stream StandardOutput()
    {
        if (OperatingSystem.IsWindows() || !Console.IsOutputRedirected)
        {
            return Console.OpenStandardOutput();
        }

        var pipe = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        if (!pipe.CanSeek)
        {
            return pipe;
        }

        pipe.Dispose();
        return Console.OpenStandardOutput();
    }
}
