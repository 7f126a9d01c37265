namespace Cpor.Rules.Tests.Samples;

/// <summary>
/// The lifecycle sample of README.md and of the Cpor.Rules.Lifecycle package's README: every line of it, using lines
/// included, is compiled here and runs.
/// </summary>
public sealed class LifecycleSampleTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("src/Cpor.Rules.Lifecycle/README.md")]
    public void LifecycleSample_ReadmeBlock_IsTheCompiledFileWithItsUsings(string readme)
    {
        var block = Repository.Section(readme, "lifecycle-sample")
            .Where(l => !l.StartsWith("```", StringComparison.Ordinal) && l.Trim().Length > 0)
            .ToList();
        var source = Repository.Read("tests/Cpor.Rules.Tests/Samples/LifecycleSample.cs");

        Assert.Contains("using Cpor.Rules.Domain;", block);
        Assert.Contains("using Cpor.Rules.Lifecycle;", block);
        var missing = block.Where(l => !source.Contains(l.Trim(), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"{readme} lines missing from the compiled sample: " + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void LifecycleSample_Run_PrintsWhenTheReviewStarts()
    {
        using var printed = new StringWriter();

        LifecycleSample.Run(printed);

        Assert.Matches(@"^Review starts by \S+\r?\n$", printed.ToString());
    }
}
