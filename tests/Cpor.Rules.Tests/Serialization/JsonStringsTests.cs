using System.Buffers;
using System.Text;
using System.Text.Json;
using Cpor.Rules.Serialization;

namespace Cpor.Rules.Tests.Serialization;

/// <summary>Text values under the limits of contract v1: at most 4,096 UTF-16 code units, valid Unicode, escaped or not, read whole.</summary>
public sealed class JsonStringsTests
{
    public static TheoryData<string, string> Texts => new()
    {
        { "\"Teams\"", "Teams" },
        { "\"\"", "" },
        { "\"Dynamics 365 \\u0053ales\"", "Dynamics 365 Sales" },
        { "\"회사.한국\"", "회사.한국" },
        { "\"caf\\u00e9\"", "café" },
        { "\"\\ud83d\\ude00 ok\"", "\U0001F600 ok" },
        { $"\"{new string('a', 256)}\"", new string('a', 256) },
        { $"\"{new string('a', 257)}\"", new string('a', 257) },
        { $"\"{new string('a', 4096)}\"", new string('a', 4096) },
        { $"\"{new string('é', 255)}\"", new string('é', 255) },
        { $"\"{new string('é', 4096)}\"", new string('é', 4096) },
        { $"\"{string.Concat(Enumerable.Repeat("\\u0041", 4096))}\"", new string('A', 4096) },
        { $"\"x{string.Concat(Enumerable.Repeat("\\u0041", 300))}\"", "x" + new string('A', 300) },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void TryGet_ValidText_ReadsItWhole(string json, string expected)
    {
        var (ok, value, problem) = TryGet(json, pool: null);

        Assert.True(ok, problem);
        Assert.Equal(expected, value);
        Assert.Null(problem);
        Assert.Equal((true, null), IsValid(json));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void TryGet_ValidTextWithAPool_ReadsTheSameText(string json, string expected)
    {
        var pool = new StringPool(maxEntries: 8);

        var first = TryGet(json, pool).Value;
        var second = TryGet(json, pool).Value;

        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
        if (expected.Length <= 256)
        {
            // Short values are shared (longer ones are too rare to be worth it).
            Assert.Same(first, second);
        }
    }

    [Theory]
    [InlineData(4097, "a")]
    [InlineData(4097, "é")]
    [InlineData(4097, "\\u0041")]
    [InlineData(5000, "\\u00e9")]
    [InlineData(20000, "a")]
    public void TryGet_TextOver4096CodeUnits_SaysItIsTooLong(int count, string unit)
    {
        var json = $"\"{string.Concat(Enumerable.Repeat(unit, count))}\"";

        Assert.Equal((false, null, JsonStrings.TooLong), TryGet(json, pool: null));
        Assert.Equal((false, JsonStrings.TooLong), IsValid(json));
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"ok \\udc00\\ud800\"")]
    [InlineData("\"\\ud800 and a long tail past the stack buffer ........................................................................................................................................................................................................................................\"")]
    public void TryGet_LoneSurrogate_SaysItIsNotUnicode(string json)
    {
        Assert.Equal((false, null, JsonStrings.NotUnicode), TryGet(json, pool: null));
        Assert.Equal((false, JsonStrings.NotUnicode), IsValid(json));
    }

    [Fact]
    public void TryGet_BytesNotUtf8_SaysItIsNotUnicode()
    {
        byte[] json = [(byte)'"', (byte)'a', 0xFF, (byte)'b', (byte)'"'];

        Assert.Equal((false, null, JsonStrings.NotUnicode), TryGet(json, pool: null));
    }

    [Fact]
    public void TryGet_TextSplitAcrossSegments_ReadsItWhole()
    {
        var text = "Dynamics 365 Sales, " + new string('s', 300) + " café";
        var json = Encoding.UTF8.GetBytes($"[\"{text}\"]");
        var reader = new Utf8JsonReader(Segments.Of(json, 7), isFinalBlock: true, state: default);
        reader.Read();
        reader.Read();

        Assert.True(reader.HasValueSequence);
        Assert.True(JsonStrings.TryGet(ref reader, pool: null, out var value, out _));
        Assert.Equal(text, value);
    }

    [Fact]
    public void IsTooLarge_TokenAtAndOverTheLimit_OnlyOverIsTooLarge()
    {
        Assert.False(IsTooLarge(JsonStrings.MaxTokenBytes));
        Assert.True(IsTooLarge(JsonStrings.MaxTokenBytes + 1));
    }

    [Theory]
    [InlineData("\"claimId\"", true)]
    [InlineData("\"claim\\u0049d\"", true)]
    [InlineData("\"claimID\"", false)]
    [InlineData("\"claim\\u0049D\"", false)]
    [InlineData("\"x\\ud800\"", false)]
    public void NameIs_PropertyName_ComparedUnescaped(string name, bool expected)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes($"{{{name}:1}}"));
        reader.Read();
        reader.Read();

        Assert.Equal(expected, JsonStrings.NameIs(ref reader, "claimId"u8));
    }

    [Fact]
    public void IsTooLarge_TokenSplitAcrossSegments_CountsEverySegment()
    {
        var json = Encoding.UTF8.GetBytes($"\"{new string('a', JsonStrings.MaxTokenBytes + 1)}\"");
        var reader = new Utf8JsonReader(Segments.Of(json, 1 << 20), isFinalBlock: true, state: default);
        reader.Read();

        Assert.True(reader.HasValueSequence);
        Assert.True(JsonStrings.IsTooLarge(ref reader));
    }

    [Theory]
    [InlineData("\"claimId\"", true)]
    [InlineData("\"claimXd\"", false)]
    public void NameIs_NameSplitAcrossSegments_ComparedWhole(string name, bool expected)
    {
        var reader = new Utf8JsonReader(Segments.Of(Encoding.UTF8.GetBytes($"{{{name}:1}}"), 3), isFinalBlock: true, state: default);
        reader.Read();
        reader.Read();

        Assert.True(reader.HasValueSequence);
        Assert.Equal(expected, JsonStrings.NameIs(ref reader, "claimId"u8));
    }

    [Fact]
    public void NameIs_EscapedNameWithBytesNotUtf8_IsNoMatch()
    {
        byte[] json = [.. "{\"claim\\u0049d"u8, 0xFF, .. "\":1}"u8];
        var reader = new Utf8JsonReader(json);
        reader.Read();
        reader.Read();

        Assert.False(JsonStrings.NameIs(ref reader, "claimId"u8));
    }

    [Fact]
    public void Describe_NumberSplitAcrossSegments_QuotesTheWholeNumber()
    {
        var reader = new Utf8JsonReader(Segments.Of(Encoding.UTF8.GetBytes("[1234567.25]"), 3), isFinalBlock: true, state: default);
        reader.Read();
        reader.Read();

        Assert.True(reader.HasValueSequence);
        Assert.Equal("a number (1234567.25)", JsonTokenText.Describe(ref reader));
    }

    [Theory]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("null", "null")]
    [InlineData("{}", "an object")]
    [InlineData("[]", "an array")]
    [InlineData("\"x\"", "text")]
    public void Describe_Token_SaysWhatItIs(string json, string expected)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();

        Assert.Equal(expected, JsonTokenText.Describe(ref reader));
    }

    private static bool IsTooLarge(int bytes)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes($"\"{new string('a', bytes)}\""));
        reader.Read();
        return JsonStrings.IsTooLarge(ref reader);
    }

    private static (bool Ok, string? Value, string? Problem) TryGet(string json, StringPool? pool) => TryGet(Encoding.UTF8.GetBytes(json), pool);

    private static (bool Ok, string? Value, string? Problem) TryGet(byte[] json, StringPool? pool)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        var ok = JsonStrings.TryGet(ref reader, pool, out var value, out var problem);
        return (ok, value, problem);
    }

    private static (bool Ok, string? Problem) IsValid(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var ok = JsonStrings.IsValid(ref reader, out var problem);
        return (ok, problem);
    }

    /// <summary>A byte sequence in segments of a few bytes, as a pipe reader would hand it over.</summary>
    private sealed class Segments : ReadOnlySequenceSegment<byte>
    {
        private Segments(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public static ReadOnlySequence<byte> Of(byte[] bytes, int size)
        {
            var first = new Segments(bytes.AsMemory(0, Math.Min(size, bytes.Length)), 0);
            var last = first;
            for (var at = size; at < bytes.Length; at += size)
            {
                var next = new Segments(bytes.AsMemory(at, Math.Min(size, bytes.Length - at)), at);
                last.Next = next;
                last = next;
            }

            return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
        }
    }
}
