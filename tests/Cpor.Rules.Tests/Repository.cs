namespace Cpor.Rules.Tests;

/// <summary>Finds files of the repository from the test's output folder (works on any clone, with or without path maps).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string File(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relativePath) => System.IO.File.ReadAllText(File(relativePath));

    /// <summary>The lines between <c>&lt;!-- name --&gt;</c> and <c>&lt;!-- /name --&gt;</c> in a Markdown file.</summary>
    public static IReadOnlyList<string> Section(string relativePath, string name)
    {
        var lines = Read(relativePath).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.IndexOf($"<!-- {name} -->");
        var end = lines.IndexOf($"<!-- /{name} -->");
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"{relativePath} has no section '{name}'.");
        }

        return lines.GetRange(start + 1, end - start - 1);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Cpor.Rules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Cpor.Rules.sln) was not found above " + AppContext.BaseDirectory);
    }
}
