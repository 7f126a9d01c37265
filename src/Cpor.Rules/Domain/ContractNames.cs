using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Cpor.Rules.Domain;

/// <summary>
/// Parsing of the contract's enum names. Names are matched exactly (ordinal): the contract spells them one way,
/// and a near miss such as <c>usage</c> is reported rather than guessed at.
/// </summary>
internal static class ContractNames
{
    public static TEnum Parse<TEnum>(string name)
        where TEnum : SmartEnum<TEnum, int>
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryParse<TEnum>(name, out var result) ? result : throw new FormatException(Describe<TEnum>(name));
    }

    public static bool TryParse<TEnum>(string? name, [NotNullWhen(true)] out TEnum? result)
        where TEnum : SmartEnum<TEnum, int>
    {
        result = null;
        return name is not null && SmartEnum<TEnum, int>.TryFromName(name, ignoreCase: false, out result);
    }

    /// <summary>The message for a name that is not one of <typeparamref name="TEnum"/>'s values.</summary>
    public static string Describe<TEnum>(string? name)
        where TEnum : SmartEnum<TEnum, int>
    {
        var expected = string.Join(", ", SmartEnum<TEnum, int>.List.OrderBy(v => v.Value).Select(v => v.Name));
        var type = typeof(TEnum).Name;
        var (article, capitalArticle) = "AEIOU".Contains(type[0], StringComparison.Ordinal) ? ("an", "An") : ("a", "A");
        return name is null
            ? $"{capitalArticle} {type} is required; expected one of: {expected}."
            : $"{EchoText.Quote(name)} is not {article} {type}; expected one of: {expected}.";
    }
}
