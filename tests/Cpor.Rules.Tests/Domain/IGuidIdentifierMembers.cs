namespace Cpor.Rules.Tests.Domain;

/// <summary>
/// The members of a GUID identifier that the shared tests call and that no public interface offers (the factory,
/// the value, the parse methods and the operators). A public test class cannot be constrained to the library's
/// internal <c>IGuidIdentifier</c>, so it reaches them through this; <see cref="GuidIdentifierMembers{TId}"/> implements it once.
/// </summary>
/// <typeparam name="TId">The identifier.</typeparam>
internal interface IGuidIdentifierMembers<TId>
{
    TId FromGuid(Guid value);

    TId Parse(string value);

    TId Parse(ReadOnlySpan<char> value);

    bool TryParse(string? value, out TId result);

    bool TryParse(ReadOnlySpan<char> value, out TId result);

    Guid Value(TId id);

    bool IsDefault(TId id);

    /// <summary>The <c>==</c> operator.</summary>
    bool Equal(TId left, TId right);

    /// <summary>The <c>!=</c> operator.</summary>
    bool NotEqual(TId left, TId right);

    /// <summary>The <c>&lt;</c> operator.</summary>
    bool Less(TId left, TId right);

    /// <summary>The <c>&lt;=</c> operator.</summary>
    bool LessOrEqual(TId left, TId right);

    /// <summary>The <c>&gt;</c> operator.</summary>
    bool Greater(TId left, TId right);

    /// <summary>The <c>&gt;=</c> operator.</summary>
    bool GreaterOrEqual(TId left, TId right);
}
