using System.Globalization;
using Cpor.Rules.Eligibility;
using Microsoft.Extensions.Options;

namespace Cpor.Rules.DependencyInjection;

/// <summary>
/// Checks <see cref="CporRulesOptions"/> at start-up, naming each bad setting by its configuration key and value, so
/// that a misconfigured service fails before it decides a single claim instead of when the rule set is first used.
/// </summary>
/// <param name="sectionPath">The configuration path the options come from (for example <c>Cpor</c>), used in messages.</param>
internal sealed class CporRulesOptionsValidator(string sectionPath) : IValidateOptions<CporRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, CporRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string>? failures = null;

        // CporOptions' own bounds: a value that passes here must not throw when the rule set is compiled.
        if (options.PoeAgeLimitMonths is < CporOptions.MinPoeAgeLimitMonths or > CporOptions.MaxPoeAgeLimitMonths)
        {
            (failures ??= []).Add(
                $"{Key(nameof(CporRulesOptions.PoeAgeLimitMonths))} must be between {CporOptions.MinPoeAgeLimitMonths} and {CporOptions.MaxPoeAgeLimitMonths}; it is {options.PoeAgeLimitMonths}.");
        }

        var cultureFailure = CheckCulture(options.Culture);
        if (cultureFailure is not null)
        {
            (failures ??= []).Add(cultureFailure);
        }

        return failures is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Resolves a culture name the validator accepted.</summary>
    internal static CultureInfo ResolveCulture(string name) => CultureInfo.GetCultureInfo(name, predefinedOnly: true);

    private string? CheckCulture(string? culture)
    {
        var key = Key(nameof(CporRulesOptions.Culture));
        if (string.IsNullOrWhiteSpace(culture))
        {
            return $"{key} must name a culture, for example 'en' or 'ko'; it is empty.";
        }

        try
        {
            // Predefined only: otherwise the runtime makes up a culture for any well-formed name, and a misspelt name
            // would silently word findings in English.
            _ = ResolveCulture(culture);
            return null;
        }
        catch (CultureNotFoundException)
        {
            return $"{key} '{culture}' is not a culture this system knows; use a name such as 'en' or 'ko'.";
        }
    }

    private string Key(string property) => sectionPath.Length == 0 ? property : $"{sectionPath}:{property}";
}
