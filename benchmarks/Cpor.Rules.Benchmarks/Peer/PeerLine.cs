namespace Cpor.Rules.Benchmarks.Peer;

/// <summary>
/// One claim line with everything the peer's string expressions look at, joined beforehand in plain C#: RulesEngine
/// evaluates expressions over inputs, it does not join facts.
/// </summary>
public sealed class PeerLine
{
    /// <summary>How many fields of the claim could not be read.</summary>
    public int DataErrorCount { get; set; }

    /// <summary>Whether a tenant ID was read.</summary>
    public bool HasTenantId { get; set; }

    /// <summary>Whether the tenant is known.</summary>
    public bool TenantKnown { get; set; }

    /// <summary>Whether a domain was read.</summary>
    public bool HasDomain { get; set; }

    /// <summary>Whether the domain is one of the tenant's.</summary>
    public bool DomainMatches { get; set; }

    /// <summary>The solution area's contract name, or null.</summary>
    public string? Area { get; set; }

    /// <summary>The activity's contract name, or null.</summary>
    public string? Activity { get; set; }

    /// <summary>The submitter's role, or null.</summary>
    public string? Role { get; set; }

    /// <summary>The partner ID text, or null.</summary>
    public string? PartnerId { get; set; }

    /// <summary>Whether the partner is known.</summary>
    public bool PartnerKnown { get; set; }

    /// <summary>The partner's account kind, or null.</summary>
    public string? PartnerAccount { get; set; }

    /// <summary>Whether the partner is enrolled in the claim's area.</summary>
    public bool PartnerEnrolled { get; set; }

    /// <summary>Whether the subscription identifier given is not a subscription ID.</summary>
    public bool MalformedSubscription { get; set; }

    /// <summary>How the line's key resolved: Resolved, SubscriptionNotInTenant, ProductNotInTenant, SubscriptionIdRequired or None.</summary>
    public string Resolution { get; set; } = "None";

    /// <summary>Whether the line resolved to a subscription.</summary>
    public bool HasSubscription { get; set; }

    /// <summary>Whether that subscription is Dynamics 365.</summary>
    public bool SubscriptionIsDynamics { get; set; }

    /// <summary>That subscription's channel.</summary>
    public string? SubscriptionChannel { get; set; }

    /// <summary>That subscription's state.</summary>
    public string? SubscriptionState { get; set; }

    /// <summary>The partner holding the line's key, if any.</summary>
    public string? IncumbentPartnerId { get; set; }

    /// <summary>Whether a proof of execution is attached.</summary>
    public bool HasPoe { get; set; }

    /// <summary>Whether the acknowledgment date is absent (not merely unreadable).</summary>
    public bool AcknowledgmentMissing { get; set; }

    /// <summary>The acknowledgment date, or the minimum when none.</summary>
    public DateTime AcknowledgedOn { get; set; }

    /// <summary>Whether a submission date was read.</summary>
    public bool HasSubmittedOn { get; set; }

    /// <summary>The submission date, or the minimum when none.</summary>
    public DateTime SubmittedOn { get; set; }

    /// <summary>Whether the PoE answer on the partner's service is false (and was readable).</summary>
    public bool ServiceNotDescribed { get; set; }

    /// <summary>Whether the PoE lists the line's product.</summary>
    public bool PoeListsProduct { get; set; }
}
