namespace Cpor.Rules.Tests.Testing;

/// <summary>Keeps the Cpor.Rules.Testing package README honest: its example is code the tests compile and run.</summary>
public sealed class PackageReadmeTests
{
    [Fact]
    public void PackageExample_ReadmeBlock_IsTheCompiledSample()
    {
        var block = Repository.Section("src/Cpor.Rules.Testing/README.md", "package-example")
            .Where(l => !l.StartsWith("```", StringComparison.Ordinal) && l.Trim().Length > 0)
            .ToList();
        var source = Repository.Read("tests/Cpor.Rules.Tests/Samples/TestingRulesSample.cs");

        var missing = block.Where(l => !source.Contains(l, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(block);
        Assert.True(missing.Count == 0, "Package README lines missing from the compiled sample: " + string.Join(Environment.NewLine, missing));
    }
}
