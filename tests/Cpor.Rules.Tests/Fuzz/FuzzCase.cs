using System.Text;
using Cpor.Rules.Cli;
using FsCheck;
using FsCheck.Fluent;
using static Cpor.Rules.Tests.Serialization.BatchJson;

namespace Cpor.Rules.Tests.Fuzz;

/// <summary>A batch document made hostile: a valid document and the mutations applied to it, in order.</summary>
/// <param name="Json">The bytes given to the reader and the tool.</param>
/// <param name="Steps">How they were made, to reproduce a failure by hand.</param>
public sealed record FuzzCase(byte[] Json, string Steps)
{
    /// <summary>The steps and the start of the text (the whole of it would drown the report).</summary>
    public override string ToString()
        => $"{Steps} → {Json.Length:N0} bytes: {Encoding.UTF8.GetString(Json.AsSpan(0, Math.Min(Json.Length, 300)))}";
}

/// <summary>
/// Generates hostile batch documents: a valid one (the tool's embedded sample, or a small one made of the contract's
/// example claims) with up to four mutations: cut short, a slice spliced elsewhere, a byte flipped, a value of another
/// JSON type, a repeated key, a lone surrogate or a control character in a string, a long string, deep nesting, a run
/// of white space.
/// </summary>
internal static class FuzzCases
{
    private static readonly byte[] Sample = ReadSample();

    private static readonly string[] Keys = ["claimId", "claims", "products", "partnerId", "tenantId", "customerDomain", "asOf", "workloads", "domains", "extra", "proofOfExecution"];

    private static readonly string[] Values = ["123", "-1.5e3", "true", "null", "[]", "{}", "[1,\"x\"]", "{\"a\":1}", "\"\"", "\"C-1\"", "\"회사.한국\"", "\"x\\ud800\"", "1e400"];

    private static readonly byte[][] Snippets =
    [
        "\\ud800"u8.ToArray(), "\\udc00\\ud800"u8.ToArray(), "\\u001b[2J"u8.ToArray(), "\\u001b]0;pwned\\u0007"u8.ToArray(),
        "\\u0000"u8.ToArray(), [0xED, 0xA0, 0x80], [0x07], [0xFF], "é"u8.ToArray(), "회사"u8.ToArray(), "\\\""u8.ToArray(), "\\"u8.ToArray(),
    ];

    /// <summary>Where in the document, as a fraction of its length (so that it applies to any length).</summary>
    private static Gen<double> Position { get; } = Gen.Choose(0, 10_000).Select(n => n / 10_000.0);

    /// <summary>0 to 5 claims of the contract's example (and its Teams variant), over its facts.</summary>
    private static Gen<(string, byte[])> Small { get; } =
        from count in Gen.Choose(0, 5)
        from teams in Gen.ArrayOf(Gen.Elements(true, false), count)
        select ($"{count} claims", Encoding.UTF8.GetBytes(Document([.. teams.Select((t, i) => t ? TeamsClaim($"C-{i}") : Claim($"C-{i}"))]).ToJsonString()));

    private static Gen<(string Name, Func<byte[], byte[]> Apply)> Mutation { get; } = Gen.OneOf(
        from at in Position select ($"cut at {at:0.###}", (Func<byte[], byte[]>)(b => b[..Index(b, at)])),
        from source in Position
        from length in Gen.Choose(1, 200)
        from target in Position
        select ($"splice {length} bytes from {source:0.###} to {target:0.###}", (Func<byte[], byte[]>)(b => Splice(b, source, length, target))),
        from at in Position
        from value in Gen.Choose(0, 255)
        select ($"byte at {at:0.###} = {value}", (Func<byte[], byte[]>)(b => Flip(b, at, (byte)value))),
        from at in Position
        from value in Gen.Elements(Values)
        select ($"text at {at:0.###} becomes {value}", (Func<byte[], byte[]>)(b => ReplaceString(b, at, Encoding.UTF8.GetBytes(value)))),
        from at in Position
        from key in Gen.Elements(Keys)
        from value in Gen.Elements(Values)
        select ($"\"{key}\":{value} repeated at {at:0.###}", (Func<byte[], byte[]>)(b => AfterBrace(b, at, Encoding.UTF8.GetBytes($"\"{key}\":{value},")))),
        from at in Position
        from snippet in Gen.Elements(Snippets)
        select ($"{Encoding.UTF8.GetString(snippet)} in text at {at:0.###}", (Func<byte[], byte[]>)(b => InString(b, at, snippet))),
        from at in Position
        from length in Gen.Frequency((20, Gen.Elements(100, 4_096, 4_097, 70_000)), (1, Gen.Constant((4 << 20) + 1)))
        select ($"{length:N0} letters in text at {at:0.###}", (Func<byte[], byte[]>)(b => InString(b, at, Enumerable.Repeat((byte)'x', length).ToArray()))),
        from at in Position
        from depth in Gen.Elements(10, 63, 64, 65, 200)
        select ($"nesting {depth} deep at {at:0.###}", (Func<byte[], byte[]>)(b => AfterBrace(b, at, Encoding.UTF8.GetBytes($"\"deep\":{new string('[', depth)}{new string(']', depth)},")))),
        from at in Position
        from length in Gen.Elements(1, 1_000, 100_000)
        from newline in Gen.Elements(true, false)
        select ($"{length:N0} white space at {at:0.###}", (Func<byte[], byte[]>)(b => Insert(b, Index(b, at), WhiteSpace(length, newline)))));

    public static Gen<FuzzCase> Cases { get; } =
        from seed in Gen.Frequency((1, Gen.Constant(("sample", Sample))), (2, Small))
        from mutations in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Mutation, n))
        select Apply(seed.Item1, seed.Item2, mutations);

    private static FuzzCase Apply(string seed, byte[] json, (string Name, Func<byte[], byte[]> Apply)[] mutations)
    {
        foreach (var mutation in mutations)
        {
            json = mutation.Apply(json);
        }

        return new FuzzCase(json, string.Join(", ", [seed, .. mutations.Select(m => m.Name)]));
    }

    private static int Index(byte[] bytes, double at) => (int)Math.Round(at * bytes.Length);

    private static byte[] Insert(byte[] bytes, int index, ReadOnlySpan<byte> inserted) => [.. bytes.AsSpan(0, index), .. inserted, .. bytes.AsSpan(index)];

    private static byte[] Splice(byte[] bytes, double from, int length, double to)
    {
        var start = Index(bytes, from);
        var slice = bytes.AsSpan(start, Math.Min(length, bytes.Length - start));
        return Insert(bytes, Index(bytes, to), slice);
    }

    private static byte[] Flip(byte[] bytes, double at, byte value)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var copy = bytes.ToArray();
        copy[Math.Min(Index(bytes, at), bytes.Length - 1)] = value;
        return copy;
    }

    /// <summary>Inserts right after the next quotation mark from <paramref name="at"/>: inside a string (or a name).</summary>
    private static byte[] InString(byte[] bytes, double at, byte[] inserted)
    {
        var quote = bytes.AsSpan(Index(bytes, at)).IndexOf((byte)'"');
        return quote < 0 ? bytes : Insert(bytes, Index(bytes, at) + quote + 1, inserted);
    }

    /// <summary>Replaces the next string from <paramref name="at"/>, quotes included, with <paramref name="value"/>.</summary>
    private static byte[] ReplaceString(byte[] bytes, double at, byte[] value)
    {
        var start = bytes.AsSpan(Index(bytes, at)).IndexOf((byte)'"');
        if (start < 0)
        {
            return bytes;
        }

        start += Index(bytes, at);
        var end = start + 1;
        while (end < bytes.Length && bytes[end] != (byte)'"')
        {
            end += bytes[end] == (byte)'\\' ? 2 : 1;
        }

        end = Math.Min(end + 1, bytes.Length);
        return [.. bytes.AsSpan(0, start), .. value, .. bytes.AsSpan(end)];
    }

    /// <summary>Inserts right after the next opening brace from <paramref name="at"/>: a new first member of that object.</summary>
    private static byte[] AfterBrace(byte[] bytes, double at, byte[] member)
    {
        var brace = bytes.AsSpan(Index(bytes, at)).IndexOf((byte)'{');
        return brace < 0 ? bytes : Insert(bytes, Index(bytes, at) + brace + 1, member);
    }

    private static byte[] WhiteSpace(int length, bool newlines)
    {
        var run = new byte[length];
        run.AsSpan().Fill((byte)' ');
        for (var i = 0; newlines && i < length; i += 7)
        {
            run[i] = (byte)'\n';
        }

        return run;
    }

    private static byte[] ReadSample()
    {
        using var stream = SampleBatch.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
