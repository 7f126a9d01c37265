using Cpor.Rules.Serialization;

namespace Cpor.Rules.Tests.Serialization;

public sealed class DocumentRefusedTests
{
    [Fact]
    public void Constructor_NoProblem_ThrowsArgumentExceptionWithMessage()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DocumentRefused([]));

        Assert.Equal("problems", ex.ParamName);
        Assert.StartsWith("A refusal names at least one problem.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullList_ThrowsArgumentNull()
        => Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => new DocumentRefused(null!)).ParamName);

    [Fact]
    public void Constructor_NullFirstEntry_ThrowsArgumentNullWithMessage()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new DocumentRefused([null!, new DocumentProblem("$", "x")]));

        Assert.Equal("problems", ex.ParamName);
        Assert.StartsWith("The list of problems holds a null entry.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_TwoProblems_OneLineEachAsPathColonMessage()
    {
        var refused = new DocumentRefused([new DocumentProblem("$.claims", "required"), new DocumentProblem("$.asOf", "not a date")]);

        Assert.Equal($"$.claims: required{Environment.NewLine}$.asOf: not a date", refused.ToString());
    }
}
