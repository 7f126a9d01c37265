using FsCheck;
using FsCheck.Fluent;

namespace Cpor.Rules.Tests.Domain;

/// <summary>
/// Generators of identifier text shared by the identifier tests' <c>Arbitraries</c>: valid values, and values
/// that are near misses of valid ones (one change away), which are the interesting invalid inputs.
/// </summary>
internal static class Generators
{
    private const string LabelCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-";
    private const string LetterOrDigit = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static Gen<Guid> NonEmptyGuid { get; } = ArbMap.Default.GeneratorFor<Guid>().Where(g => g != Guid.Empty);

    /// <summary>A GUID in <c>D</c> format, each letter randomly upper or lower case.</summary>
    public static Gen<string> GuidText { get; } =
        from guid in NonEmptyGuid
        from cased in RandomCase(guid.ToString("D"))
        select cased;

    /// <summary>Text that is one small change away from a valid GUID, or another common way of writing one.</summary>
    public static Gen<string> MalformedGuidText { get; } = Gen.OneOf(
        from text in GuidText
        from index in Gen.Choose(0, 35)
        select text.Remove(index, 1),
        from text in GuidText
        from index in Gen.Choose(0, 36)
        from c in Gen.Elements('0', 'a', '-', ' ', 'x', '+', '\0', 'é')
        select text.Insert(index, c.ToString()),
        from text in GuidText
        from hyphen in Gen.Elements(8, 13, 18, 23)
        from c in Gen.Elements('0', 'f', ' ', '_', ':')
        select text.Remove(hyphen, 1).Insert(hyphen, c.ToString()),
        from text in GuidText
        from index in Gen.Choose(0, 35).Where(i => i is not (8 or 13 or 18 or 23))
        from c in Gen.Elements('g', 'G', 'x', 'X', '+', ' ', '-', '\t', 'ａ')
        select text.Remove(index, 1).Insert(index, c.ToString()),
        from guid in NonEmptyGuid
        from format in Gen.Elements("N", "B", "P", "X")
        select guid.ToString(format),
        from text in GuidText
        from pad in Gen.Elements(" ", "\t", "\n", "\u00a0")
        from before in ArbMap.Default.GeneratorFor<bool>()
        select before ? pad + text : text + pad,
        Gen.Elements(string.Empty, " ", "00000000-0000-0000-0000-000000000000", "not-a-guid", "1b2c3d4e-0x00-4000-8000-00000000000a"));

    /// <summary>
    /// GUID identifiers from a pool of three (<paramref name="sample"/>, <paramref name="other"/> and the one of GUID 1),
    /// so that pairs are often equal, plus fresh ones and the default.
    /// </summary>
    public static Gen<TId> GuidIdentifier<TId>(Func<Guid, TId> fromGuid, TId sample, TId other)
        => Gen.Frequency(
            (4, Gen.Elements(sample, other, fromGuid(Guid.Parse("00000000-0000-0000-0000-000000000001")))),
            (4, NonEmptyGuid.Select(fromGuid)),
            (1, Gen.Constant(default(TId)!)));

    /// <summary>1 to 12 ASCII digits, leading zeros included.</summary>
    public static Gen<string> DigitText { get; } =
        from length in Gen.Choose(1, 12)
        from digits in Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), length)
        select new string(digits);

    /// <summary>A DNS label: 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen.</summary>
    public static Gen<string> DnsLabel { get; } = Gen.Frequency(
        (9, LabelOfLength(Gen.Choose(1, 12))),
        (1, LabelOfLength(Gen.Elements(62, 63))));

    /// <summary>A DNS name of 2 to 5 random labels, at most 253 characters, letters in random case.</summary>
    public static Gen<string> DnsName { get; } =
        (from count in Gen.Choose(2, 5)
         from labels in Gen.ArrayOf(DnsLabel, count)
         select string.Join('.', labels))
        .Where(name => name.Length <= 253);

    /// <summary>Text one change away from a valid DNS name (or otherwise not a domain this library accepts).</summary>
    public static Gen<string> MalformedDnsName { get; } = Gen.OneOf(
        DnsLabel,
        from name in DnsName
        from edge in Gen.Elements(".{0}", "{0}.", "-{0}", "{0}-", " {0}", "{0} ", "{0}\n", "http://{0}", "{0}/path", "user@{0}")
        select string.Format(System.Globalization.CultureInfo.InvariantCulture, edge, name),
        from name in DnsName
        let dot = name.IndexOf('.', StringComparison.Ordinal)
        from inserted in Gen.Elements(".", "-.", ".-")
        select name.Insert(dot, inserted),
        from name in DnsName
        from index in Gen.Choose(0, name.Length)
        from c in Gen.Elements('_', ' ', '\0', '\t', '\u200f', '\u00a0', '*', ',', '!', '\u0085')
        select name.Insert(index, c.ToString()),
        from name in DnsName
        from label in LabelOfLength(Gen.Choose(64, 80))
        select label + "." + name,
        from label in LabelOfLength(Gen.Constant(63))
        select string.Join('.', Enumerable.Repeat(label, 4)),
        Gen.Elements(string.Empty, " ", ".", "..", "-.com", "localhost"));

    /// <summary>The same text with each letter in random case.</summary>
    public static Gen<string> RandomCase(string text)
        => Gen.ArrayOf(ArbMap.Default.GeneratorFor<bool>(), text.Length)
            .Select(upper => string.Concat(text.Select((c, i) => upper[i] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))));

    /// <summary>Any string, including null, empty, white space, control characters and non-ASCII text.</summary>
    public static Gen<string?> AnyText { get; } = Gen.Frequency(
        (6, ArbMap.Default.GeneratorFor<string?>()),
        (1, Gen.Constant<string?>(null)),
        (1, Gen.Elements<string?>(string.Empty, " ", "\t", "\u0000", "\u007f", "한국어", "null", "0", "-1", "2020-02-30")));

    private static Gen<string> LabelOfLength(Gen<int> length) =>
        from n in length
        from first in Gen.Elements(LetterOrDigit.ToCharArray())
        from middle in Gen.ArrayOf(Gen.Elements(LabelCharacters.ToCharArray()), Math.Max(0, n - 2))
        from last in Gen.Elements(LetterOrDigit.ToCharArray())
        select n == 1 ? first.ToString() : first + new string(middle) + last;
}
