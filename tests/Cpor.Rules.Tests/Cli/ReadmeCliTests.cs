using System.Text.Json.Nodes;
using Cpor.Rules.Cli;

namespace Cpor.Rules.Tests.Cli;

/// <summary>
/// The README's command-line section shows real output: each marked block is what the tool prints, run here as a
/// process. After an intended change, regenerate the blocks with <c>CPOR_UPDATE_README=1 dotnet test --filter
/// ReadmeCliTests</c> and review the diff.
/// </summary>
public sealed class ReadmeCliTests
{
    [Theory]
    [InlineData("cli-usage", "--help")]
    [InlineData("table-excerpt", "evaluate --only under-review")]
    [InlineData("validate-output", "validate")]
    public void ReadmeBlock_IsTheRealOutput(string section, string command)
    {
        var run = ToolProcess.Run(null, command.Split(' '));
        Assert.Equal(0, run.ExitCode);

        AssertBlock(section, Lines(run.Stdout));
    }

    [Fact]
    public void ReadmeBlock_NdjsonSummary_IsTheLastLineOfTheRealOutput()
    {
        var run = ToolProcess.Run(null, "evaluate", "--format", "ndjson");
        Assert.Equal(0, run.ExitCode);

        AssertBlock("ndjson-summary", [Lines(run.Stdout)[^1]]);
    }

    [Fact]
    public void ReadmeBlock_JsonExcerpt_EveryObjectIsInTheRealOutput()
    {
        var excerpt = JsonNode.Parse(string.Join('\n', Block("json-excerpt")))!;
        var run = ToolProcess.Run(null, "evaluate", "--format", "json");
        var real = JsonNode.Parse(run.Stdout)!;

        Assert.Equal((string?)real["ruleSet"], (string?)excerpt["ruleSet"]);
        Assert.Equal((string?)real["asOf"], (string?)excerpt["asOf"]);
        Assert.True(JsonNode.DeepEquals(real["summary"], excerpt["summary"]), "summary differs");
        Assert.NotEmpty(excerpt["decisions"]!.AsArray());
        foreach (var decision in excerpt["decisions"]!.AsArray())
        {
            var match = real["decisions"]!.AsArray().Single(d => (string?)d!["claimId"] == (string?)decision!["claimId"]);
            Assert.True(JsonNode.DeepEquals(match, decision), $"decision {decision!["claimId"]} differs from the real output");
        }

        Assert.NotEmpty(excerpt["arbitrations"]!.AsArray());
        foreach (var contest in excerpt["arbitrations"]!.AsArray())
        {
            Assert.Contains(real["arbitrations"]!.AsArray(), c => JsonNode.DeepEquals(c, contest));
        }
    }

    [Fact]
    public void ToolPackageReadme_Usage_IsTheFirstLinesOfHelp()
    {
        var readme = Repository.Read("src/Cpor.Rules.Cli/README.md").Split('\n');
        var start = Array.IndexOf(readme, "```") + 1;
        var block = readme[start..Array.IndexOf(readme, "```", start)];

        Assert.Equal(CommandLine.Usage.Split('\n')[..block.Length].Select(l => l.TrimEnd()), block);
    }

    private static List<string> Lines(string output) => output.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd()).ToList();

    private static List<string> Block(string section)
        => Repository.Section("README.md", section).Where(l => !l.StartsWith("```", StringComparison.Ordinal)).Select(l => l.TrimEnd()).ToList();

    private static void AssertBlock(string section, List<string> expected)
    {
        if (Environment.GetEnvironmentVariable("CPOR_UPDATE_README") == "1")
        {
            var path = Repository.File("README.md");
            var lines = File.ReadAllText(path).Split('\n').ToList();
            var start = lines.IndexOf($"<!-- {section} -->");
            var end = lines.IndexOf($"<!-- /{section} -->");
            lines.RemoveRange(start + 1, end - start - 1);
            lines.InsertRange(start + 1, ["```", .. expected, "```"]);
            File.WriteAllText(path, string.Join('\n', lines));
        }

        var actual = Block(section);
        Assert.True(
            expected.SequenceEqual(actual),
            $"README block '{section}' differs from the real output; regenerate it with CPOR_UPDATE_README=1 dotnet test --filter ReadmeCliTests.{Environment.NewLine}Real output:{Environment.NewLine}{string.Join(Environment.NewLine, expected)}");
    }
}
