namespace Cpor.Rules.Domain;

/// <summary>A proof of execution exactly as it arrived, every field as text or as optional values.</summary>
public sealed record UnvalidatedProofOfExecution
{
    /// <summary>The acknowledgment date, <c>yyyy-MM-dd</c>; <see langword="null"/> when the PoE bears no acknowledgment.</summary>
    public string? CustomerAcknowledgedOn { get; init; }

    /// <summary>Whether the PoE describes the partner's service; <see langword="null"/> when missing (a data error).</summary>
    public bool? DescribesPartnerService { get; init; }

    /// <summary>The products or workloads it lists; <see langword="null"/> is read as none.</summary>
    public IReadOnlyList<string?>? Products { get; init; }
}
