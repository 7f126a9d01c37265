using System.Text.RegularExpressions;

namespace Cpor.Rules.Tests.Architecture;

/// <summary>
/// Which namespaces of <c>src/Cpor.Rules</c> (and of packages built on it) each namespace uses, read from the source:
/// <c>using</c> directives and qualified names (<c>Cpor.Rules.Arbitration.Arbiter</c>, or <c>Arbitration.Arbiter</c>
/// from inside <c>Cpor.Rules</c>, doc references included, since a <c>cref</c> is a compile-time reference too). A
/// namespace is named by its first segment under <c>Cpor.Rules</c> (<c>Eligibility.Rules</c> belongs to
/// <c>Eligibility</c>).
/// </summary>
internal sealed partial class NamespaceGraph
{
    private readonly Dictionary<string, Dictionary<string, string>> _edges = new(StringComparer.Ordinal);

    /// <summary>The uses: namespace, used namespace, and the first file that shows the use.</summary>
    public IEnumerable<(string From, string To, string File)> Edges
        => _edges.SelectMany(e => e.Value.Select(t => (e.Key, t.Key, t.Value)));

    public IReadOnlyCollection<string> Namespaces => _edges.Keys;

    /// <summary>The graph of the sources under <paramref name="sourceRoots"/> (one project folder each), taken together.</summary>
    public static NamespaceGraph Read(params string[] sourceRoots)
    {
        var graph = new NamespaceGraph();
        var files = sourceRoots
            .SelectMany(root => Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Select(file => (Root: root, File: file)))
            .Where(f => !f.File.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.File.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(f => f.File, StringComparer.Ordinal);
        foreach (var (sourceRoot, file) in files)
        {
            var text = File.ReadAllText(file);
            if (DeclaredNamespace().Match(text) is not { Success: true } declared)
            {
                continue;
            }

            var from = declared.Groups[1].Value;
            var known = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match use in Qualified().Matches(text))
            {
                known.Add(use.Groups[1].Value);
            }

            foreach (Match use in Relative().Matches(text))
            {
                known.Add(use.Groups[1].Value);
            }

            graph.Add(from, Path.GetRelativePath(sourceRoot, file));
            foreach (var to in known.Where(t => t != from))
            {
                graph.Add(from, to, Path.GetRelativePath(sourceRoot, file));
            }
        }

        // Relative names only count for namespaces that exist: "Domain." in "FindingCode.Domain." would not.
        foreach (var edges in graph._edges.Values)
        {
            foreach (var to in edges.Keys.Where(t => !graph._edges.ContainsKey(t)).ToList())
            {
                edges.Remove(to);
            }
        }

        return graph;
    }

    public void Add(string from, string file) => _edges.TryAdd(from, new Dictionary<string, string>(StringComparer.Ordinal));

    public void Add(string from, string to, string file)
    {
        Add(from, file);
        _edges[from].TryAdd(to, file);
    }

    /// <summary>A cycle of uses (first namespace repeated at the end), or <see langword="null"/> when there is none.</summary>
    public IReadOnlyList<string>? FindCycle()
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in _edges.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        List<string>? Visit(string node)
        {
            var seen = state.GetValueOrDefault(node);
            if (seen == 2)
            {
                return null;
            }

            if (seen == 1)
            {
                return [.. path.Skip(path.IndexOf(node)), node];
            }

            state[node] = 1;
            path.Add(node);
            foreach (var next in _edges.GetValueOrDefault(node)?.Keys.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>())
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }

    [GeneratedRegex(@"^namespace Cpor\.Rules\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex DeclaredNamespace();

    [GeneratedRegex(@"\bCpor\.Rules\.(\w+)")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"(?<![\w.])(Domain|Eligibility|Arbitration|Evaluation|Serialization|Lifecycle)\.[A-Z]")]
    private static partial Regex Relative();
}
