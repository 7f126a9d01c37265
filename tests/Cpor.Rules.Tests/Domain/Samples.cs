using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

/// <summary>Valid domain values the tests build on, so that each test only spells out what it is about.</summary>
internal static class Samples
{
    public const string TenantText = "1b2c3d4e-0000-4000-8000-00000000000a";
    public const string OtherTenantText = "2c3d4e5f-1111-4111-9111-11111111111b";
    public const string SubscriptionText = "9f8e7d6c-5b4a-4321-8765-0123456789ab";
    public const string OtherSubscriptionText = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d";
    public const string PartnerText = "4412345";
    public const string ClaimIdText = "C-1001";
    public const string DomainText = "contoso.onmicrosoft.com";
    public const string Product = "Dynamics 365 Sales";

    public static readonly TenantId Tenant = TenantId.Parse(TenantText);
    public static readonly TenantId OtherTenant = TenantId.Parse(OtherTenantText);
    public static readonly SubscriptionId Subscription = SubscriptionId.Parse(SubscriptionText);
    public static readonly SubscriptionId OtherSubscription = SubscriptionId.Parse(OtherSubscriptionText);
    public static readonly PartnerId Partner = PartnerId.Parse(PartnerText);
    public static readonly PartnerId OtherPartner = PartnerId.Parse("5512345");
    public static readonly ClaimId Id = ClaimId.Parse(ClaimIdText);
    public static readonly CustomerDomain Domain = CustomerDomain.Parse(DomainText);
    public static readonly DateOnly SubmittedOn = new(2020, 10, 1);
    public static readonly DateOnly AcknowledgedOn = new(2020, 9, 15);

    public static ProofOfExecution Poe(params string[] products)
        => new(AcknowledgedOn, describesPartnerService: true, products.Length == 0 ? [Product] : products);

    /// <summary>A complete Business Applications claim for <paramref name="products"/> (default: one product).</summary>
    public static Claim NewClaim(params string[] products)
        => Claim.Create(
            Id,
            Partner,
            PartnerRole.IncentivesAdmin,
            Tenant,
            Domain,
            SolutionArea.BusinessApplications,
            Activity.PreSales,
            products.Length == 0 ? [Product] : products,
            SubmittedOn,
            Poe(),
            Subscription);

    /// <summary>The raw form of a complete, valid claim: every field readable.</summary>
    public static UnvalidatedClaim RawClaim() => new()
    {
        ClaimId = ClaimIdText,
        PartnerId = PartnerText,
        SubmittedBy = "IncentivesAdmin",
        TenantId = TenantText,
        CustomerDomain = DomainText,
        SolutionArea = "BusinessApplications",
        Activity = "PreSales",
        Products = [Product],
        SubscriptionId = SubscriptionText,
        SubmittedOn = "2020-10-01",
        ProofOfExecution = new UnvalidatedProofOfExecution
        {
            CustomerAcknowledgedOn = "2020-09-15",
            DescribesPartnerService = true,
            Products = [Product],
        },
    };
}
