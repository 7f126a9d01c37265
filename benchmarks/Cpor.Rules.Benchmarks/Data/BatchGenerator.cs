using System.Globalization;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Benchmarks.Data;

/// <summary>
/// Builds realistic, deterministic batches: the same size, shape and seed always give the same facts and claims.
/// Proportions: one tenant per four claims (each with three Dynamics subscriptions, one product sometimes twice, and
/// three workloads), one partner per hundred claims (a few global or not enrolled), incumbents on a tenth of the keys.
/// </summary>
public static class BatchGenerator
{
    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 20201005;

    private static readonly string[] Products = ["Dynamics 365 Sales", "Dynamics 365 Customer Service", "Dynamics 365 Field Service"];
    private static readonly string[] Workloads = ["Teams", "Exchange", "SharePoint"];
    private static readonly DateOnly SubmittedOn = new(2020, 10, 1);

    /// <summary>Generates a batch.</summary>
    /// <param name="claims">How many claims; at least 1.</param>
    /// <param name="shape">The mix of claims.</param>
    /// <param name="seed">The random seed.</param>
    public static GeneratedBatch Generate(int claims, BatchShape shape, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(claims, 1);
        var random = new Random(seed);
        var tenantCount = Math.Max(2, claims / 4);
        var partnerCount = Math.Max(10, claims / 100);

        var tenants = new CustomerTenant[tenantCount];
        var subscriptions = new List<Subscription>(tenantCount * 3 + tenantCount / 20);
        var tenantSubs = new SubscriptionId[tenantCount][];
        for (var t = 0; t < tenantCount; t++)
        {
            var id = TenantId.FromGuid(NewGuid(random));
            tenants[t] = new CustomerTenant(id, [Domain(t), CustomerDomain.Parse($"c{t}.example.com")], Workloads);
            var subs = new SubscriptionId[Products.Length];
            for (var p = 0; p < Products.Length; p++)
            {
                subs[p] = SubscriptionId.FromGuid(NewGuid(random));
                var roll = random.Next(200);
                var state = roll switch
                {
                    < 4 => SubscriptionState.InGrace,
                    < 6 => SubscriptionState.Pending,
                    < 7 => SubscriptionState.Suspended,
                    < 8 => SubscriptionState.Expired,
                    _ => SubscriptionState.Active,
                };
                var channel = roll is >= 8 and < 12 ? PurchaseChannel.Csp : p == 1 ? PurchaseChannel.WebDirect : PurchaseChannel.VolumeLicensing;
                subscriptions.Add(new Subscription(subs[p], id, Products[p], isDynamics: roll != 12, channel, state));
            }

            tenantSubs[t] = subs;

            // One tenant in twenty has a second Field Service subscription: a claim naming only the product is ambiguous.
            if (t % 20 == 19)
            {
                subscriptions.Add(new Subscription(SubscriptionId.FromGuid(NewGuid(random)), id, Products[2], isDynamics: true, PurchaseChannel.VolumeLicensing, SubscriptionState.Active));
            }
        }

        var partners = new Partner[partnerCount];
        for (var p = 0; p < partnerCount; p++)
        {
            var account = p % 50 == 49 ? PartnerAccount.Global : PartnerAccount.Location;
            SolutionArea[] enrolled = p % 20 == 19 ? [] : [SolutionArea.BusinessApplications, SolutionArea.Microsoft365];
            partners[p] = new Partner(PartnerOf(p), account, enrolled);
        }

        // Incumbents: another partner holds a tenth of the keys (Sales subscriptions and Teams workloads).
        var associations = new List<Association>(tenantCount / 5);
        for (var t = 0; t < tenantCount; t += 10)
        {
            var holder = PartnerOf(partnerCount - 1 - (t % 7));
            associations.Add(new Association(holder, tenants[t].Id, SolutionArea.BusinessApplications, tenantSubs[t][0], null, Activity.Usage, new DateOnly(2020, 3, 1), new DateOnly(2020, 2, 20)));
            associations.Add(new Association(holder, tenants[t].Id, SolutionArea.Microsoft365, null, Workloads[0], Activity.Usage, new DateOnly(2020, 3, 1), new DateOnly(2020, 2, 20)));
        }

        var raws = new UnvalidatedClaim[claims];
        for (var i = 0; i < claims; i++)
        {
            raws[i] = MakeClaim(i, random, shape, tenants, tenantSubs, partnerCount);
        }

        var facts = FactSnapshot.Create(tenants, subscriptions, partners, associations);
        var built = new Claim[claims];
        for (var i = 0; i < claims; i++)
        {
            built[i] = Claim.FromUnvalidated(raws[i]);
        }

        return new GeneratedBatch(facts, built, raws);
    }

    private static UnvalidatedClaim MakeClaim(int i, Random random, BatchShape shape, CustomerTenant[] tenants, SubscriptionId[][] tenantSubs, int partnerCount)
    {
        // Claims walk the keys in order (tenant i/4, product or workload i%4), so every claim has its own key, unless
        // it is made to contest another one below.
        var t = (i / 4) % tenants.Length;
        var slot = i % 4;
        var contested = shape != BatchShape.Clean && random.Next(10) == 0;
        if (contested)
        {
            // Contest: the key of the previous claim (another partner, usually), or an incumbent's key.
            t = random.Next(2) == 0 ? ((i - 1) / 4 + tenants.Length) % tenants.Length : (t / 10) * 10;
            slot = random.Next(2) == 0 ? 0 : 3;
        }

        var m365 = slot == 3;
        var partner = (int)(((long)i * 7919 + (contested ? random.Next(partnerCount) : 0)) % partnerCount);
        if (partner % 50 == 49 || partner % 20 == 19)
        {
            partner = (partner + 1) % partnerCount; // clean claims use enrolled location partners
        }

        var product = m365 ? Workloads[random.Next(Workloads.Length)] : Products[slot];
        if (m365 && !contested)
        {
            product = Workloads[1 + random.Next(2)];
        }

        var tenant = tenants[t];
        var raw = new UnvalidatedClaim
        {
            ClaimId = $"C-{i:D7}",
            PartnerId = PartnerOf(partner).ToString(),
            SubmittedBy = "IncentivesAdmin",
            TenantId = tenant.Id.ToString(),
            CustomerDomain = tenant.Domains[0].ToString(),
            SolutionArea = m365 ? "Microsoft365" : "BusinessApplications",
            Activity = m365 ? "Usage" : (random.Next(3) == 0 ? "Usage" : "PreSales"),
            Products = [product],
            SubscriptionId = !m365 && slot == 2 && random.Next(4) != 0 ? tenantSubs[t][2].ToString() : null,
            SubmittedOn = Iso(SubmittedOn.AddDays(-random.Next(30))),
            ProofOfExecution = new UnvalidatedProofOfExecution
            {
                CustomerAcknowledgedOn = Iso(SubmittedOn.AddDays(-30 - random.Next(200))),
                DescribesPartnerService = true,
                Products = [product],
            },
        };

        var defects = shape switch
        {
            BatchShape.Clean => random.Next(100) < 3 ? 1 : 0,
            BatchShape.Mixed => random.Next(3) == 0 ? 1 + random.Next(2) : 0,
            _ => random.Next(10) < 8 ? 1 + random.Next(3) : 0,
        };
        for (var d = 0; d < defects; d++)
        {
            raw = Break(raw, random, shape == BatchShape.Hostile, partnerCount);
        }

        return raw;
    }

    private static UnvalidatedClaim Break(UnvalidatedClaim raw, Random random, bool hostile, int partnerCount)
    {
        var kind = random.Next(hostile ? 16 : 10);
        var poe = raw.ProofOfExecution ?? new UnvalidatedProofOfExecution { DescribesPartnerService = true, Products = raw.Products };
        return kind switch
        {
            0 => raw with { CustomerDomain = "unknown.example.org" },
            1 => raw with { SubmittedBy = "IncentivesUser" },
            2 => raw with { PartnerId = "9" + raw.PartnerId },
            3 => raw with { PartnerId = PartnerOf(49 % partnerCount).ToString() },
            4 => raw with { ProofOfExecution = null },
            5 => raw with { ProofOfExecution = poe with { CustomerAcknowledgedOn = "2018-01-01" } },
            6 => raw with { ProofOfExecution = poe with { DescribesPartnerService = false } },
            7 => raw with { ProofOfExecution = poe with { Products = [] } },
            8 => raw with { TenantId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301" }, // well-formed, unknown
            9 => raw with { Activity = raw.SolutionArea == "Microsoft365" ? "PreSales" : "RevenueAssociation" },
            10 => raw with { TenantId = "not-a-tenant-guid" },
            11 => raw with { Activity = "Selling" },
            12 => raw with { SubscriptionId = random.Next(2) == 0 ? "SUB-12345" : "0b9d3e7a-5c1f-4e2a-9b8c-7d6e5f4a3b2c" },
            13 => raw with { SubmittedOn = "01/10/2020" },
            14 => raw with { PartnerId = "MPN-44" },
            _ => raw with { Products = [] },
        };
    }

    private static PartnerId PartnerOf(int index) => PartnerId.Parse((4_000_000 + index).ToString(CultureInfo.InvariantCulture));

    private static CustomerDomain Domain(int tenant) => CustomerDomain.Parse($"tenant{tenant}.onmicrosoft.com");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // variant
        return new Guid(bytes);
    }
}
