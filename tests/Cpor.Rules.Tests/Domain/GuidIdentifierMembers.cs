using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

/// <summary>Reaches the members of any GUID identifier through the library's <see cref="IGuidIdentifier{TSelf}"/>.</summary>
/// <typeparam name="TId">The identifier.</typeparam>
internal sealed class GuidIdentifierMembers<TId> : IGuidIdentifierMembers<TId>
    where TId : struct, IGuidIdentifier<TId>
{
    public TId FromGuid(Guid value) => TId.FromGuid(value);

    public TId Parse(string value) => TId.Parse(value);

    public TId Parse(ReadOnlySpan<char> value) => TId.Parse(value);

    public bool TryParse(string? value, out TId result) => TId.TryParse(value, out result);

    public bool TryParse(ReadOnlySpan<char> value, out TId result) => TId.TryParse(value, out result);

    public Guid Value(TId id) => id.Value;

    public bool IsDefault(TId id) => id.IsDefault;

    public bool Equal(TId left, TId right) => left == right;

    public bool NotEqual(TId left, TId right) => left != right;

    public bool Less(TId left, TId right) => left < right;

    public bool LessOrEqual(TId left, TId right) => left <= right;

    public bool Greater(TId left, TId right) => left > right;

    public bool GreaterOrEqual(TId left, TId right) => left >= right;
}
