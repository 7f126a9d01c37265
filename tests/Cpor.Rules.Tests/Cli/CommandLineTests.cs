using System.Globalization;
using Cpor.Rules.Cli;

namespace Cpor.Rules.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Parse_EvaluateAlone_DecidesTheSampleAsATableInEnglish()
    {
        var command = CommandLine.Parse(["evaluate"]).AsT0;

        Assert.Equal(new EvaluateCommand(null, OutputFormat.Table, CultureInfo.GetCultureInfo("en"), null), command);
    }

    [Theory]
    [InlineData("evaluate", "batch.json", "--format", "json", "--culture", "ko-KR", "--as-of", "2020-11-30")]
    [InlineData("evaluate", "--format=json", "--culture=ko-KR", "--as-of=2020-11-30", "batch.json")]
    public void Parse_EveryOption_InAnyOrderAndEitherForm(params string[] args)
    {
        var command = CommandLine.Parse(args).AsT0;
        Assert.Equal("batch.json", command.Input);
        Assert.Equal(OutputFormat.Json, command.Format);
        Assert.Equal("ko-KR", command.Culture.Name);
        Assert.Equal(new DateOnly(2020, 11, 30), command.AsOf);
    }

    [Fact]
    public void Parse_DoubleDash_LetsAFileStartWithADash()
    {
        var command = CommandLine.Parse(["evaluate", "--", "--odd-name.json"]).AsT0;

        Assert.Equal("--odd-name.json", command.Input);
    }

    [Fact]
    public void Parse_Dash_MeansStandardInput()
    {
        var command = CommandLine.Parse(["evaluate", "-", "--format", "json"]).AsT0;

        Assert.Equal(EvaluateCommand.StandardInput, command.Input);
    }

    [Theory]
    [InlineData(new[] { "--help" }, false)]
    [InlineData(new[] { "-h" }, false)]
    [InlineData(new[] { "help" }, false)]
    [InlineData(new[] { "evaluate", "--help" }, false)]
    [InlineData(new[] { "evaluate", "x.json", "-h" }, false)]
    [InlineData(new[] { "--version" }, true)]
    public void Parse_HelpOrVersion_IsAHelpRequest(string[] args, bool version)
    {
        Assert.Equal(new HelpRequest(version), CommandLine.Parse(args).AsT1);
    }

    [Theory]
    [InlineData(new string[0], "a command is required")]
    [InlineData(new[] { "decide" }, "unknown command 'decide'")]
    [InlineData(new[] { "evaluate", "--colour" }, "unknown option '--colour'")]
    [InlineData(new[] { "evaluate", "-f", "json" }, "unknown option '-f'")]
    [InlineData(new[] { "evaluate", "--format", "xml" }, "--format must be table, json or ndjson, not 'xml'")]
    [InlineData(new[] { "evaluate", "--format" }, "--format needs a value")]
    [InlineData(new[] { "evaluate", "--culture", "xx-Nowhere" }, "--culture 'xx-Nowhere' is not a known culture name")]
    [InlineData(new[] { "evaluate", "--as-of", "05/10/2020" }, "--as-of must be a date in the form yyyy-MM-dd, not '05/10/2020'")]
    [InlineData(new[] { "evaluate", "a.json", "b.json" }, "only one FILE may be given, found 'a.json' and 'b.json'")]
    public void Parse_BadCommandLine_SaysWhatIsWrong(string[] args, string message)
    {
        var error = CommandLine.Parse(args).AsT2;

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
