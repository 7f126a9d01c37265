using Cpor.Rules.Evaluation;
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

        return failures is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The configuration key of <paramref name="property"/>, as messages name it.</summary>
    private string Key(string property) => sectionPath.Length == 0 ? property : $"{sectionPath}:{property}";
}
