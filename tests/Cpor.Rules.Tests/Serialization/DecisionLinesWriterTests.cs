using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Serialization;
using static Cpor.Rules.Tests.Serialization.BatchJson;

namespace Cpor.Rules.Tests.Serialization;

/// <summary>The NDJSON form in process (the tool's tests run it as a separate process): the same objects, one per line.</summary>
public sealed class DecisionLinesWriterTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Write_BatchWithAContest_DecisionsThenArbitrationsThenSummaryEachTheDocumentsObject()
    {
        var result = Document(Claim("C-1"), Claim("C-2"), TeamsClaim("M-1")).Decide();
        Assert.NotEmpty(result.Arbitrations);

        var lines = Lines(result);
        var document = JsonNode.Parse(DocumentText(result))!;

        var decisions = document["decisions"]!.AsArray();
        var arbitrations = document["arbitrations"]!.AsArray();
        Assert.Equal(decisions.Count + arbitrations.Count + 1, lines.Count);
        for (var i = 0; i < decisions.Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(decisions[i], lines[i]), $"line {i + 1}");
        }

        for (var i = 0; i < arbitrations.Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(arbitrations[i], lines[decisions.Count + i]), $"line {decisions.Count + i + 1}");
        }

        var last = lines[^1]!.AsObject();
        Assert.Equal(["ruleSet", "asOf", "summary"], last.Select(p => p.Key));
        Assert.True(JsonNode.DeepEquals(document["ruleSet"], last["ruleSet"]));
        Assert.True(JsonNode.DeepEquals(document["asOf"], last["asOf"]));
        Assert.True(JsonNode.DeepEquals(document["summary"], last["summary"]));
    }

    [Fact]
    public void Write_AnyBatch_EveryLineEndsWithLineFeedAndNoneIsIndented()
    {
        var result = Document(Claim("C-1")).Decide();

        var text = Text(result);

        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n ", text, StringComparison.Ordinal);
        Assert.Equal(result.Decisions.Count + result.Arbitrations.Count + 1, text.Count(c => c == '\n'));
    }

    [Fact]
    public void Write_NullArgument_ThrowsArgumentNullNamingIt()
    {
        var result = Document(Claim("C-1")).Decide();
        using var stream = new MemoryStream();

        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => DecisionLinesWriter.Write(null!, stream, English)).ParamName);
        Assert.Equal("utf8Lines", Assert.Throws<ArgumentNullException>(() => DecisionLinesWriter.Write(result, null!, English)).ParamName);
        Assert.Equal("culture", Assert.Throws<ArgumentNullException>(() => DecisionLinesWriter.Write(result, stream, null!)).ParamName);
    }

    [Fact]
    public void Write_NoDecisionAndNullCulture_ThrowsArgumentNullNamingIt()
    {
        var empty = new JsonObject { ["claims"] = new JsonArray() }.Decide();

        Assert.Equal("culture", Assert.Throws<ArgumentNullException>(() => DecisionLinesWriter.Write(empty, new MemoryStream(), null!)).ParamName);
    }

    private static string Text(BatchResult result)
    {
        using var stream = new MemoryStream();
        DecisionLinesWriter.Write(result, stream, English);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static List<JsonNode?> Lines(BatchResult result)
        => [.. Text(result).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l))];

    private static string DocumentText(BatchResult result)
    {
        using var stream = new MemoryStream();
        DecisionDocumentWriter.Write(result, stream, English);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Write_Korean_TextWrittenAsItIsNotEscaped()
    {
        using var stream = new MemoryStream();
        DecisionLinesWriter.Write(Document(Claim("C-1")).Decide(), stream, CultureInfo.GetCultureInfo("ko-KR"));

        var text = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains(text, c => c >= '\uAC00' && c <= '\uD7A3');
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_BufferedStream_FlushedWhenDone()
    {
        var inner = new MemoryStream();
        using var buffered = new BufferedStream(inner, 1 << 20);

        DecisionLinesWriter.Write(Document(Claim("C-1")).Decide(), buffered, English);

        Assert.EndsWith("}\n", Encoding.UTF8.GetString(inner.ToArray()), StringComparison.Ordinal);
    }
}
