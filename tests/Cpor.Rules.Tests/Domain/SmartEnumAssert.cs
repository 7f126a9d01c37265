using Ardalis.SmartEnum;

namespace Cpor.Rules.Tests.Domain;

/// <summary>The checks every contract-name enum shares: its exact list of names and how it refuses near misses.</summary>
internal static class SmartEnumAssert
{
    /// <summary>Near misses of <paramref name="name"/> that an ordinal, case-sensitive parse must refuse.</summary>
    public static TheoryData<string> NearMisses(params string[] names)
    {
        var misses = new List<string> { string.Empty, " ", "0", "Unknown" };
        foreach (var name in names)
        {
            misses.AddRange([name.ToLowerInvariant(), name.ToUpperInvariant(), $" {name}", $"{name} ", name[..^1]]);
        }

        var data = new TheoryData<string>();
        foreach (var miss in misses.Distinct(StringComparer.Ordinal).Where(m => !names.Contains(m, StringComparer.Ordinal)))
        {
            data.Add(miss);
        }

        return data;
    }

    /// <summary>The enum lists exactly <paramref name="names"/>, with values 0, 1, 2... in that order.</summary>
    public static void ListIs<TEnum>(params string[] names)
        where TEnum : SmartEnum<TEnum, int>
    {
        var list = SmartEnum<TEnum, int>.List.OrderBy(v => v.Value).ToArray();
        Assert.Equal(names, list.Select(v => v.Name));
        Assert.Equal(Enumerable.Range(0, names.Length), list.Select(v => v.Value));
    }

    /// <summary><paramref name="parse"/> refuses <paramref name="text"/> with a message naming it and every expected name.</summary>
    public static void Refuses<TEnum>(Func<string, TEnum> parse, string text)
        where TEnum : SmartEnum<TEnum, int>
    {
        var ex = Assert.Throws<FormatException>(() => parse(text));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(TEnum).Name, ex.Message, StringComparison.Ordinal);
        var expected = string.Join(", ", SmartEnum<TEnum, int>.List.OrderBy(v => v.Value).Select(v => v.Name));
        Assert.Contains($"expected one of: {expected}", ex.Message, StringComparison.Ordinal);
    }
}
