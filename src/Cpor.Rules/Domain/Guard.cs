using System.Runtime.CompilerServices;

namespace Cpor.Rules.Domain;

/// <summary>Argument guards for misuse of the API: they throw early and name the argument.</summary>
internal static class Guard
{
    public static TenantId NotDefault(TenantId value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value.IsDefault ? throw DefaultArgument(nameof(TenantId), name) : value;

    public static SubscriptionId NotDefault(SubscriptionId value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value.IsDefault ? throw DefaultArgument(nameof(SubscriptionId), name) : value;

    public static PartnerId NotDefault(PartnerId value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value.IsDefault ? throw DefaultArgument(nameof(PartnerId), name) : value;

    public static ClaimId NotDefault(ClaimId value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value.IsDefault ? throw DefaultArgument(nameof(ClaimId), name) : value;

    public static CustomerDomain NotDefault(CustomerDomain value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value.IsDefault ? throw DefaultArgument(nameof(CustomerDomain), name) : value;

    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    /// <summary>Copies a list of names, refusing null or blank entries; the copy cannot be changed by the caller afterwards.</summary>
    public static string[] Names(IEnumerable<string> values, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        var copy = values.ToArray();
        foreach (var value in copy)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException("The list holds a null or blank name.", name);
            }
        }

        return copy;
    }

    private static ArgumentException DefaultArgument(string typeName, string? name)
        => new($"The {typeName} is the default value, which holds no identifier.", name);
}
