using Cpor.Rules.Cli;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Cli;

/// <summary>Parsing of the pipeline options: <c>--output</c>, <c>--compact</c>, <c>--only</c>, <c>--all</c>, <c>--format ndjson</c>.</summary>
public sealed class CommandLineOptionsTests
{
    [Theory]
    [InlineData("evaluate", "batch.json", "-o", "out.json", "--format", "json", "--compact")]
    [InlineData("evaluate", "--output=out.json", "--compact", "--format=json", "batch.json")]
    [InlineData("evaluate", "--compact", "--output", "out.json", "batch.json", "--format", "json")]
    public void Parse_OutputAndCompact_InAnyOrderAndEitherForm(params string[] args)
    {
        var command = CommandLine.Parse(args).AsT0;

        Assert.Equal("batch.json", command.Input);
        Assert.Equal("out.json", command.Output);
        Assert.True(command.Compact);
        Assert.Equal(OutputFormat.Json, command.Format);
    }

    [Theory]
    [InlineData("eligible", "Eligible")]
    [InlineData("partially-eligible", "PartiallyEligible")]
    [InlineData("action-required", "ActionRequired")]
    [InlineData("under-review", "UnderReview")]
    [InlineData("rejected", "Rejected")]
    public void Parse_Only_TakesEachOutcomeInKebabCase(string name, string outcome)
    {
        var command = CommandLine.Parse(["evaluate", "--only", name, "--all"]).AsT0;

        Assert.Equal(OutcomeKind.FromName(outcome), command.Only);
        Assert.True(command.All);
        Assert.Equal(OutputFormat.Table, command.Format);
    }

    [Fact]
    public void Parse_Ndjson_IsAFormat()
    {
        Assert.Equal(OutputFormat.Ndjson, CommandLine.Parse(["evaluate", "--format", "ndjson"]).AsT0.Format);
    }

    [Fact]
    public void Parse_Defaults_NoOutputNoFilterIndented()
    {
        var command = CommandLine.Parse(["evaluate"]).AsT0;

        Assert.Null(command.Output);
        Assert.Null(command.Only);
        Assert.False(command.All);
        Assert.False(command.Compact);
    }

    [Theory]
    [InlineData(new[] { "evaluate", "--only", "Rejected" }, "--only must be one of eligible, partially-eligible, action-required, under-review, rejected, not 'Rejected'")]
    [InlineData(new[] { "evaluate", "--all", "--format", "json" }, "--all applies to the table format only")]
    [InlineData(new[] { "evaluate", "--only", "rejected", "--format", "ndjson" }, "--only applies to the table format only")]
    [InlineData(new[] { "evaluate", "--compact" }, "--compact applies to --format json only")]
    [InlineData(new[] { "evaluate", "--compact=true", "--format", "json" }, "--compact takes no value")]
    [InlineData(new[] { "evaluate", "-o" }, "-o needs a value")]
    [InlineData(new[] { "evaluate", "--output", "-" }, "--output needs a file name, not '-'")]
    [InlineData(new[] { "validate-all" }, "unknown command 'validate-all'; the commands are evaluate, validate and schema")]
    public void Parse_BadPipelineOption_SaysWhatIsWrong(string[] args, string message)
    {
        var error = CommandLine.Parse(args).AsT2;

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
