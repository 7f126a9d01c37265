namespace Cpor.Rules.Serialization;

/// <summary>
/// Shares one string instance among equal values read from a batch (product names, domains, partner IDs, dates),
/// which repeat across claims and facts: a million claims then hold a few thousand distinct strings rather than millions.
/// Bounded, so that a batch of unique values cannot make it grow without limit. Values with many distinct instances
/// (domains) get a pool of their own, so that they cannot fill the pool of the few values every claim repeats.
/// </summary>
internal sealed class StringPool
{
    private const int MaxPooledLength = 256;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _maxEntries;

    /// <param name="maxEntries">How many distinct strings it keeps at most; values beyond are returned unshared.</param>
    public StringPool(int maxEntries)
    {
        _maxEntries = maxEntries;
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The pooled instance equal to <paramref name="value"/>, adding it when there is room.</summary>
    public string Get(ReadOnlySpan<char> value)
    {
        if (value.Length > MaxPooledLength)
        {
            return new string(value);
        }

        if (_lookup.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        var text = new string(value);
        if (_strings.Count < _maxEntries)
        {
            _strings.Add(text, text);
        }

        return text;
    }

    /// <summary>The pooled instance equal to <paramref name="text"/>, adding it when there is room.</summary>
    public string Intern(string text)
    {
        if (text.Length > MaxPooledLength)
        {
            return text;
        }

        if (_strings.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        if (_strings.Count < _maxEntries)
        {
            _strings.Add(text, text);
        }

        return text;
    }
}
