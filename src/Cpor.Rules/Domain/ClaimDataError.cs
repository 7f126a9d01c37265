namespace Cpor.Rules.Domain;

/// <summary>A field of a claim that could not be read (reported as <see cref="FindingCode.InvalidClaimData"/>).</summary>
/// <param name="Field">The contract name of the field, for example <c>tenantId</c> or <c>proofOfExecution.customerAcknowledgedOn</c>.</param>
/// <param name="Value">The value as given, or <see langword="null"/> when it was missing.</param>
/// <param name="Reason">Why it cannot be read.</param>
public sealed record ClaimDataError(string Field, string? Value, string Reason)
{
    /// <summary>For example <c>tenantId: 'abc' is not a valid TenantId: ...</c>.</summary>
    public override string ToString() => $"{Field}: {Reason}";
}
