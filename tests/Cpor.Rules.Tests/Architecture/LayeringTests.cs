namespace Cpor.Rules.Tests.Architecture;

/// <summary>
/// The library's namespaces depend one way (issue #15): Domain, then the rules (Eligibility, then Arbitration, which
/// ranks eligible lines), then Evaluation (the rule set and the NRules sessions that run them), then Serialization
/// (reads and writes documents, never evaluates). The lifecycle is a package of its own (Cpor.Rules.Lifecycle) that
/// uses Domain alone.
/// </summary>
public sealed class LayeringTests
{
    private static readonly string[] Layers = ["Domain", "Eligibility", "Arbitration", "Evaluation", "Serialization"];

    private static readonly NamespaceGraph Library = NamespaceGraph.Read(Repository.File("src/Cpor.Rules"));

    private static readonly NamespaceGraph LibraryAndLifecycle =
        NamespaceGraph.Read(Repository.File("src/Cpor.Rules"), Repository.File("src/Cpor.Rules.Lifecycle"));

    [Fact]
    public void Namespaces_OfTheLibrary_HaveNoCycle()
    {
        var cycle = Library.FindCycle();

        Assert.True(cycle is null, $"Namespaces depend on each other in a cycle: {string.Join(" -> ", cycle ?? [])}");
    }

    [Fact]
    public void Namespaces_OfTheLibrary_UseOnlyLowerLayers()
    {
        var upward = Library.Edges
            .Where(e => Rank(e.To) >= Rank(e.From))
            .Select(e => $"{e.From} uses {e.To} ({e.File})")
            .ToList();

        Assert.True(upward.Count == 0, string.Join(Environment.NewLine, upward));
    }

    [Fact]
    public void Namespaces_OfTheLibrary_AreTheKnownLayers()
        => Assert.Equal(Layers, Library.Namespaces.OrderBy(Rank));

    [Fact]
    public void Namespaces_OfTheLifecyclePackage_AreLifecycleUsingDomainAlone()
    {
        Assert.Equal(["Lifecycle"], NamespaceGraph.Read(Repository.File("src/Cpor.Rules.Lifecycle")).Namespaces);
        Assert.Equal(["Domain"], LibraryAndLifecycle.Edges.Where(e => e.From == "Lifecycle").Select(e => e.To));
    }

    [Fact]
    public void Sources_OfTheLibrary_HaveNoImportTheGraphCannotSee()
    {
        // The graph reads each file's own usings and names: a global using, a project-level <Using> or a second
        // namespace block in a file would hide uses from it.
        var files = Directory.EnumerateFiles(Repository.File("src/Cpor.Rules"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var projectFiles = Directory.EnumerateFiles(Repository.File("src/Cpor.Rules"), "*.csproj").Append(Repository.File("Directory.Build.props"));

        Assert.DoesNotContain(files, f => File.ReadLines(f).Any(l => l.TrimStart().StartsWith("global using", StringComparison.Ordinal)));
        Assert.DoesNotContain(files, f => File.ReadLines(f).Count(l => l.StartsWith("namespace ", StringComparison.Ordinal)) > 1);
        Assert.DoesNotContain(projectFiles, f => File.ReadAllText(f).Contains("<Using ", StringComparison.Ordinal));
    }

    [Fact]
    public void FindCycle_TwoNamespacesUsingEachOther_NamesTheCycle()
    {
        var graph = new NamespaceGraph();
        graph.Add("Domain", "Eligibility", "a.cs");
        graph.Add("Eligibility", "Arbitration", "b.cs");
        graph.Add("Arbitration", "Eligibility", "c.cs");

        Assert.Equal(["Arbitration", "Eligibility", "Arbitration"], graph.FindCycle());
    }

    [Fact]
    public void FindCycle_OneWayUses_None()
    {
        var graph = new NamespaceGraph();
        graph.Add("Arbitration", "Eligibility", "a.cs");
        graph.Add("Arbitration", "Domain", "b.cs");
        graph.Add("Eligibility", "Domain", "c.cs");

        Assert.Null(graph.FindCycle());
    }

    [Fact]
    public void Read_SourceUsingAnotherNamespace_RecordsTheUse()
    {
        var root = Directory.CreateTempSubdirectory("cpor-layers").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "A.cs"), "using Cpor.Rules.Domain;\nnamespace Cpor.Rules.Eligibility;\nclass A { Arbitration.B? b; }\n");
            File.WriteAllText(Path.Combine(root, "B.cs"), "namespace Cpor.Rules.Arbitration;\nclass B { }\n");
            File.WriteAllText(Path.Combine(root, "C.cs"), "namespace Cpor.Rules.Domain;\nclass C { }\n");

            var graph = NamespaceGraph.Read(root);

            Assert.Equal(["Eligibility -> Arbitration", "Eligibility -> Domain"], graph.Edges.Select(e => $"{e.From} -> {e.To}").Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static int Rank(string layer) => Array.IndexOf(Layers, layer);
}
