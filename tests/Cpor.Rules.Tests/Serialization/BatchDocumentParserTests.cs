using System.Text;
using System.Text.Json.Nodes;
using Cpor.Rules.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Cpor.Rules.Tests.Serialization.BatchJson;

namespace Cpor.Rules.Tests.Serialization;

/// <summary>
/// The streaming parser with windows of a few bytes and long runs of white space between tokens: what it reads must
/// not depend on the window, and a syntax error must be named at its line however much white space was squeezed.
/// </summary>
public sealed class BatchDocumentParserTests
{
    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 80)]
    public void Parse_WhiteSpaceRunsBetweenTokens_AnyWindowReadsWhatTheDefaultWindowReads(SpacedDocument document, Window window)
    {
        var bytes = Encoding.UTF8.GetBytes(document.Json);

        var expected = Parse(bytes, BatchDocumentParser.DefaultWindow);
        var actual = Parse(bytes, window.Bytes);

        Assert.Equal(expected, actual);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 80)]
    public void Parse_SyntaxErrorAfterWhiteSpaceRuns_NamedAtItsLineWhateverTheWindow(SpacedDocument document, Window window)
    {
        // The error is a stray 'x' where a token could start, after all the white space of the document but the last run.
        var json = document.Json;
        var at = json.LastIndexOf('}');
        var broken = json[..at] + "x" + json[at..];
        var line = broken[..at].Count(c => c == '\n') + 1;

        var refused = Parse(Encoding.UTF8.GetBytes(broken), window.Bytes);

        Assert.Contains($"not valid JSON (line {line}, byte ", refused, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(64)]
    [InlineData(100)]
    [InlineData(200)]
    [InlineData(1000)]
    public void Parse_ErrorOnAShortlyIndentedLineAfterLongRuns_NamesItsLineAndByte(int window)
    {
        var json = "{\"claims\": [" + string.Concat(Enumerable.Repeat(new string(' ', 150) + "\r\n\t", 40)) + new string(' ', 10) + "x]}";

        var refused = Parse(Encoding.UTF8.GetBytes(json), window);

        Assert.Contains("not valid JSON (line 41, byte 12)", refused, StringComparison.Ordinal);
        Assert.StartsWith("$.claims[0]: ", refused, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(33)]
    [InlineData(128)]
    public void Parse_LongRunsOfWhiteSpaceEverywhere_ReadsTheDocument(int window)
    {
        var spaced = Spaced(Document(Claim("C-1"), TeamsClaim("C-2")).ToJsonString(), _ => new string(' ', 70) + "\n" + new string('\t', 70));
        using var parser = new BatchDocumentParser(new MemoryStream(Encoding.UTF8.GetBytes(spaced)), progress: null, window);

        var read = parser.Parse();

        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : string.Empty);
        Assert.Equal(["C-1", "C-2"], read.AsT0.Claims.Select(c => c.Id?.Value));
        Assert.All(read.AsT0.Claims, c => Assert.Empty(c.DataErrors));
        Assert.Equal(new DateOnly(2020, 10, 5), read.AsT0.AsOf);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64)]
    public void Parse_ElementLargerThanTheWindow_GrowsTheWindowAndReadsIt(int window)
    {
        var products = new JsonArray([.. Enumerable.Range(0, 200).Select(i => (JsonNode)$"Product {i}")]);
        var claim = Claim("C-1").With("products", products);
        var bytes = Encoding.UTF8.GetBytes(Document(claim).ToJsonString());
        using var parser = new BatchDocumentParser(new MemoryStream(bytes), progress: null, window);

        var read = parser.Parse();

        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : string.Empty);
        Assert.Equal(200, read.AsT0.Claims[0].Lines.Count);
        Assert.Equal("Product 199", read.AsT0.Claims[0].Lines[^1].Product);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(64)]
    public void Parse_ByteOrderMarkThroughATinyWindow_IsSkipped(int window)
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"claims\":[]}")).ToArray();
        using var parser = new BatchDocumentParser(new MemoryStream(bytes), progress: null, window);

        Assert.True(parser.Parse().IsT0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    public void Parse_OnlyWhiteSpaceThroughATinyWindow_RefusedAsEmpty(int window)
    {
        using var parser = new BatchDocumentParser(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 300) + "\n\n")), progress: null, window);

        var problem = Assert.Single(parser.Parse().AsT1.Problems);

        Assert.Equal(("$", true), (problem.Path, problem.Message.StartsWith("the document is empty", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("{\"claims\":[],\"extra\":{\"a\":[1,2,{\"b\":null}]}}")]
    [InlineData("{\"claims\":[],\"tenants\":null,\"partners\":{\"a\":[1]}}")]
    [InlineData("{\"claims\":{\"a\":[1,2,3,4,5,6,7,8,9]}}")]
    [InlineData("{\"claims\":[[1,2,3],{\"claimId\":\"C-1\"}]}")]
    public void Parse_ValuesLargerThanATinyWindow_SameAsTheDefaultWindow(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        var expected = Parse(bytes, BatchDocumentParser.DefaultWindow);

        Assert.All([1, 2, 3, 5, 8, 13], window => Assert.Equal(expected, Parse(bytes, window)));
    }

    [Fact]
    public void Parse_ProgressThroughATinyWindow_ToldEveryReadUpToTheTotal()
    {
        var bytes = Encoding.UTF8.GetBytes(Document(Claim()).ToJsonString());
        var reported = new List<long>();
        using var parser = new BatchDocumentParser(new MemoryStream(bytes), new Progress(reported.Add), window: 16);

        parser.Parse();

        Assert.True(reported.Count > 10);
        Assert.Equal(bytes.Length, reported[^1]);
        Assert.Equal(reported.Order(), reported);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(64)]
    [InlineData(100)]
    [InlineData(BatchDocumentParser.DefaultWindow)]
    public void Parse_ErrorAfterALongRunWithoutLineEnd_NamesItsExactByte(int window)
    {
        // White space before the next token is handed to the reader, which counts it: only white space after a token
        // the window cannot finish yet is squeezed.
        var json = "{\"claims\":[" + new string(' ', 300) + "x]}";

        var refused = Parse(Encoding.UTF8.GetBytes(json), window);

        Assert.Equal("$.claims[0]: not valid JSON (line 1, byte 312): 'x' is an invalid start of a value.", refused);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    public void Parse_ByteOrderMarkThenWhiteSpaceThroughATinyWindow_ReadsTheDocument(int window)
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(new string(' ', 40) + "{\"claims\":[]}")).ToArray();
        using var parser = new BatchDocumentParser(new MemoryStream(bytes), progress: null, window);

        var read = parser.Parse();

        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : string.Empty);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(64)]
    [InlineData(BatchDocumentParser.DefaultWindow)]
    public void Parse_AnyWindow_ExaminesEveryByteAtLeastOnceAndEachAFewTimesAtMost(int window)
    {
        // Every byte up to the document's last token is handed to the JSON reader at least once.
        var bytes = Encoding.UTF8.GetBytes(Spaced(Document(Claim("C-1"), TeamsClaim("C-2")).ToJsonString(), i => i % 7 == 0 ? new string(' ', 90) : " ").TrimEnd());
        using var parser = new BatchDocumentParser(new MemoryStream(bytes), progress: null, window);

        Assert.True(parser.Parse().IsT0);

        Assert.True(parser.BytesExamined >= bytes.Length && parser.BytesExamined <= 16L * bytes.Length, $"{parser.BytesExamined} bytes examined for {bytes.Length}");
    }

    [Fact]
    public void Parse_TopLevelNameOver4MiB_RefusedAtTheRoot()
    {
        var json = $"{{\"{new string('n', (4 << 20) + 1)}\":1,\"claims\":[]}}";

        var problem = Assert.Single(Parse(Encoding.UTF8.GetBytes(json), window: 1 << 10).Split('\n'));

        Assert.Equal($"$: {JsonValueCheck.TokenTooLarge}", problem);
    }

    [Fact]
    public void Parse_NameOver4MiBInsideAValue_RefusedAtItsObject()
    {
        var json = $"{{\"claims\":[],\"extra\":{{\"a\":{{\"{new string('n', (4 << 20) + 1)}\":1}}}}}}";

        var problem = Assert.Single(Parse(Encoding.UTF8.GetBytes(json), BatchDocumentParser.DefaultWindow).Split('\n'));

        Assert.Equal($"$.extra.a: {JsonValueCheck.TokenTooLarge}", problem);
    }

    [Fact]
    public void Parse_TextFarOver4MiB_RefusedBeforeItEnds()
    {
        var json = $"{{\"claims\":[{{\"claimId\":\"C-1\",\"note\":\"{new string('t', 9 << 20)}\"}}]}}";

        var problem = Assert.Single(Parse(Encoding.UTF8.GetBytes(json), window: 1 << 10).Split('\n'));

        Assert.Equal($"$.claims[0]: {JsonValueCheck.TokenTooLarge}", problem);
    }

    internal static string Parse(byte[] bytes, int window)
    {
        using var parser = new BatchDocumentParser(new MemoryStream(bytes), progress: null, window);
        return parser.Parse().Match(
            document => string.Join('\n', document.Claims.Select(c => $"{c.Id}|{c.PartnerId}|{c.SubmittedOn}|{string.Join(",", c.Lines.Select(l => l.Product))}|{string.Join(";", c.DataErrors)}"))
                + $"\n{document.AsOf}|{document.Facts.Tenants.Count}|{document.Facts.Subscriptions.Count}|{document.Facts.Partners.Count}|{document.Facts.Associations.Count}",
            refused => refused.ToString());
    }

    /// <summary>The JSON with <paramref name="space"/> inserted before and after every structural character.</summary>
    internal static string Spaced(string compact, Func<int, string> space)
    {
        var text = new StringBuilder();
        var inString = false;
        var gap = 0;
        for (var i = 0; i < compact.Length; i++)
        {
            var c = compact[i];
            if (inString)
            {
                text.Append(c);
                if (c == '\\')
                {
                    text.Append(compact[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c is '{' or '}' or '[' or ']' or ',' or ':')
            {
                text.Append(space(gap++)).Append(c).Append(space(gap++));
            }
            else
            {
                inString = c == '"';
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>A batch document with runs of white space between its tokens.</summary>
    public sealed record SpacedDocument(string Json)
    {
        public override string ToString() => Json;
    }

    /// <summary>A reading window, in bytes.</summary>
    public sealed record Window(int Bytes);

    public static class Arbitraries
    {
        private static readonly int[] RunLengths = [0, 0, 1, 2, 31, 63, 64, 65, 66, 67, 100, 129, 300];

        public static Arbitrary<Window> Windows() => Gen.Choose(1, 300).Select(n => new Window(n)).ToArbitrary();

        public static Arbitrary<SpacedDocument> Documents()
            => Gen.Choose(0, 3).SelectMany(claims => Gen.Choose(0, int.MaxValue).Select(seed => Build(claims, seed))).ToArbitrary();

        private static SpacedDocument Build(int claims, int seed)
        {
            var random = new Random(seed);
            var document = Document([.. Enumerable.Range(1, claims).Select(i => i % 2 == 0 ? TeamsClaim($"C-{i}") : Claim($"C-{i}"))]);
            return new SpacedDocument(Spaced(document.ToJsonString(), _ => Run(random)));
        }

        private static string Run(Random random)
        {
            var length = RunLengths[random.Next(RunLengths.Length)];
            var run = new char[length];
            for (var i = 0; i < length; i++)
            {
                run[i] = random.Next(10) switch
                {
                    0 => '\n',
                    1 => '\t',
                    2 => '\r',
                    _ => ' ',
                };
            }

            return new string(run);
        }
    }

    private sealed class Progress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
