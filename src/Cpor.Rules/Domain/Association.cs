namespace Cpor.Rules.Domain;

/// <summary>
/// An approved association: a partner currently holds the <see cref="Key"/>. For a claim by another partner on
/// that key it is the incumbent in arbitration, represented by <see cref="PoeAcknowledgedOn"/>.
/// </summary>
public sealed record Association
{
    /// <summary>Creates an association fact.</summary>
    /// <param name="partnerId">The partner that holds it.</param>
    /// <param name="tenantId">The customer's tenant.</param>
    /// <param name="solutionArea">The solution area.</param>
    /// <param name="subscriptionId">The subscription: required for Business Applications, ignored for Microsoft 365.</param>
    /// <param name="workload">The workload: required for Microsoft 365, ignored for Business Applications.</param>
    /// <param name="activity">The activity it was claimed for.</param>
    /// <param name="approvedOn">When it was approved.</param>
    /// <param name="poeAcknowledgedOn">When the customer acknowledged its latest proof of execution.</param>
    /// <exception cref="ArgumentException">An ID is the default value, or the key for the solution area is missing.</exception>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public Association(
        PartnerId partnerId,
        TenantId tenantId,
        SolutionArea solutionArea,
        SubscriptionId? subscriptionId,
        string? workload,
        Activity activity,
        DateOnly approvedOn,
        DateOnly poeAcknowledgedOn)
    {
        PartnerId = Guard.NotDefault(partnerId);
        SolutionArea = Guard.NotNull(solutionArea);
        Activity = Guard.NotNull(activity);
        if (solutionArea.ClaimsPerSubscription)
        {
            var subscription = subscriptionId ?? throw new ArgumentException("A Business Applications association needs a subscription ID.", nameof(subscriptionId));
            Key = AssociationKey.ForSubscription(Guard.NotDefault(tenantId), Guard.NotDefault(subscription, nameof(subscriptionId)));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(workload))
            {
                throw new ArgumentException("A Microsoft 365 association needs a workload.", nameof(workload));
            }

            Key = AssociationKey.ForWorkload(Guard.NotDefault(tenantId), workload);
        }

        ApprovedOn = approvedOn;
        PoeAcknowledgedOn = poeAcknowledgedOn;
    }

    /// <summary>The partner that holds the association.</summary>
    public PartnerId PartnerId { get; }

    /// <summary>The solution area.</summary>
    public SolutionArea SolutionArea { get; }

    /// <summary>What is held: a tenant's subscription or workload.</summary>
    public AssociationKey Key { get; }

    /// <summary>The customer's tenant.</summary>
    public TenantId TenantId => Key.TenantId;

    /// <summary>The activity it was claimed for.</summary>
    public Activity Activity { get; }

    /// <summary>When it was approved.</summary>
    public DateOnly ApprovedOn { get; }

    /// <summary>When the customer acknowledged the latest proof of execution behind it.</summary>
    public DateOnly PoeAcknowledgedOn { get; }
}
