using System.Globalization;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Tests.Eligibility.Generation;

/// <summary>
/// A claim and its facts being put together: an <see cref="EligibleClaim"/> fills it in, <see cref="ClaimDefect"/>s
/// change it, <see cref="Build"/> turns it into a raw claim and a fact snapshot.
/// </summary>
public sealed class ClaimDraft
{
    public const string FieldServiceProduct = "Dynamics 365 Field Service";

    public static readonly SubscriptionId FieldOne = Cpor.Rules.Domain.SubscriptionId.Parse("aaaaaaaa-0000-4000-8000-000000000011");
    public static readonly SubscriptionId FieldTwo = Cpor.Rules.Domain.SubscriptionId.Parse("aaaaaaaa-0000-4000-8000-000000000012");

    public ClaimDraft(bool microsoft365, AssociationKey firstKey)
    {
        IsMicrosoft365 = microsoft365;
        FirstKey = firstKey;
        Subscriptions =
        [
            .. Scenario.DefaultSubscriptions,
            new Subscription(FieldOne, Scenario.Tenant, FieldServiceProduct, isDynamics: true, PurchaseChannel.VolumeLicensing, SubscriptionState.Active),
            new Subscription(FieldTwo, Scenario.Tenant, FieldServiceProduct, isDynamics: true, PurchaseChannel.VolumeLicensing, SubscriptionState.Active),
        ];
    }

    public bool IsMicrosoft365 { get; }

    /// <summary>The association key the first line resolves to while the claim is eligible.</summary>
    public AssociationKey FirstKey { get; }

    public string? ClaimId { get; set; }

    public string? PartnerId { get; set; }

    public string? SubmittedBy { get; set; }

    public string? TenantId { get; set; }

    public string? CustomerDomain { get; set; }

    public string? SolutionArea { get; set; }

    public string? Activity { get; set; }

    public List<string> Products { get; } = [];

    public string? SubscriptionId { get; set; }

    public string? SubmittedOn { get; set; }

    public bool HasPoe { get; set; } = true;

    public string? AcknowledgedOn { get; set; }

    public bool? DescribesPartnerService { get; set; } = true;

    /// <summary>Claimed products the PoE leaves out (letter case ignored).</summary>
    public List<string> PoeOmits { get; } = [];

    /// <summary>Entries the PoE lists besides the claimed products.</summary>
    public List<string?> PoeExtras { get; } = [];

    public List<Subscription> Subscriptions { get; }

    public List<Association> Associations { get; } = [];

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Changes the subscription the first line resolves to (Business Applications).</summary>
    public void ChangeFirstSubscription(PurchaseChannel? channel = null, bool? isDynamics = null, SubscriptionState? state = null)
    {
        var index = Subscriptions.FindIndex(s => s.Id == FirstKey.SubscriptionId);
        var s = Subscriptions[index];
        Subscriptions[index] = new Subscription(s.Id, s.TenantId, s.Product, isDynamics ?? s.IsDynamics, channel ?? s.Channel, state ?? s.State);
    }

    public (UnvalidatedClaim Raw, FactSnapshot Facts) Build(IEnumerable<Association>? otherAssociations = null)
    {
        var raw = new UnvalidatedClaim
        {
            ClaimId = ClaimId,
            PartnerId = PartnerId,
            SubmittedBy = SubmittedBy,
            TenantId = TenantId,
            CustomerDomain = CustomerDomain,
            SolutionArea = SolutionArea,
            Activity = Activity,
            Products = [.. Products],
            SubscriptionId = SubscriptionId,
            SubmittedOn = SubmittedOn,
            ProofOfExecution = HasPoe
                ? new UnvalidatedProofOfExecution
                {
                    CustomerAcknowledgedOn = AcknowledgedOn,
                    DescribesPartnerService = DescribesPartnerService,
                    Products = [.. Products.Where(p => !PoeOmits.Any(o => Names.Same(o, p))), .. PoeExtras],
                }
                : null,
        };
        var facts = Scenario.Facts(Subscriptions, [.. Associations, .. otherAssociations ?? []]);
        return (raw, facts);
    }
}
