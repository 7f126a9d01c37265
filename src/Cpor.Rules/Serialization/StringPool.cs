using System.Text.Json;

namespace Cpor.Rules.Serialization;

/// <summary>
/// Shares one string instance among equal values read from a batch (product names, domains, partner IDs, dates),
/// which repeat across claims: a million claims then hold a few thousand distinct strings rather than millions.
/// Bounded, so that a batch of unique values cannot make it grow without limit.
/// </summary>
internal sealed class StringPool
{
    private const int MaxEntries = 1 << 18;
    private const int MaxPooledLength = 256;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The current string token's value.</summary>
    /// <exception cref="InvalidOperationException">The text is not valid UTF-8.</exception>
    public string Get(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxPooledLength)
        {
            return reader.GetString()!;
        }

        // A UTF-8 value never needs more UTF-16 characters than it has bytes, escaped or not.
        Span<char> chars = stackalloc char[MaxPooledLength];
        var written = reader.CopyString(chars);
        var value = chars[..written];
        if (_lookup.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        var text = new string(value);
        if (_strings.Count < MaxEntries)
        {
            _strings.Add(text, text);
        }

        return text;
    }
}
