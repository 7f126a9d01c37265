using System.Text.Json;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization;

/// <summary>
/// Reads the fact entries of a batch document. Facts are what the claims are judged against, so a fact that cannot be
/// read refuses the document: each problem is reported with its JSON path and <see langword="null"/> is returned.
/// Lists inside a fact (domains, workloads, enrolments) may be absent or null: they are then empty.
/// </summary>
internal static class FactJsonReader
{
    public static CustomerTenant? Tenant(JsonElement element, string path, List<DocumentProblem> problems, StringPool namePool, StringPool domainPool)
    {
        if (!IsObject(element, path, "a tenant", problems))
        {
            return null;
        }

        var fields = new FactFields(element, path, problems, namePool, domainPool);
        var id = fields.Identifier<TenantId>("tenantId", TenantId.TryParse);
        var domains = fields.List<CustomerDomain>("domains", Domain);
        var workloads = fields.List<string>("workloads", FactFields.NameEntry);
        return fields.Failed ? null : new CustomerTenant(id!.Value, domains, workloads);
    }

    public static Subscription? Subscription(JsonElement element, string path, List<DocumentProblem> problems, StringPool namePool, StringPool domainPool)
    {
        if (!IsObject(element, path, "a subscription", problems))
        {
            return null;
        }

        var fields = new FactFields(element, path, problems, namePool, domainPool);
        var id = fields.Identifier<SubscriptionId>("subscriptionId", SubscriptionId.TryParse);
        var tenant = fields.Identifier<TenantId>("tenantId", TenantId.TryParse);
        var product = fields.Name("product");
        var isDynamics = fields.Flag("isDynamics");
        var channel = fields.Named<PurchaseChannel>("channel");
        var state = fields.Named<SubscriptionState>("state");
        return fields.Failed ? null : new Subscription(id!.Value, tenant!.Value, product!, isDynamics!.Value, channel!, state!);
    }

    public static Partner? Partner(JsonElement element, string path, List<DocumentProblem> problems, StringPool namePool, StringPool domainPool)
    {
        if (!IsObject(element, path, "a partner", problems))
        {
            return null;
        }

        var fields = new FactFields(element, path, problems, namePool, domainPool);
        var id = fields.Identifier<PartnerId>("partnerId", PartnerId.TryParse);
        var account = fields.Named<PartnerAccount>("account");
        var enrolledIn = fields.List<SolutionArea>("enrolledIn", FactFields.NamedEntry);
        return fields.Failed ? null : new Partner(id!.Value, account!, enrolledIn);
    }

    /// <summary>
    /// An approved association. Its key depends on the solution area: a Business Applications association needs a
    /// <c>subscriptionId</c>, a Microsoft 365 one a <c>workload</c>; the other one may be absent or null and is ignored.
    /// </summary>
    public static Association? Association(JsonElement element, string path, List<DocumentProblem> problems, StringPool namePool, StringPool domainPool)
    {
        if (!IsObject(element, path, "an association", problems))
        {
            return null;
        }

        var fields = new FactFields(element, path, problems, namePool, domainPool);
        var partner = fields.Identifier<PartnerId>("partnerId", PartnerId.TryParse);
        var tenant = fields.Identifier<TenantId>("tenantId", TenantId.TryParse);
        var area = fields.Named<SolutionArea>("solutionArea");
        SubscriptionId? subscription = null;
        string? workload = null;
        if (area is not null)
        {
            if (area.ClaimsPerSubscription)
            {
                subscription = fields.Identifier<SubscriptionId>("subscriptionId", SubscriptionId.TryParse);
            }
            else
            {
                workload = fields.Name("workload");
            }
        }

        var activity = fields.Named<Activity>("activity");
        var approvedOn = fields.Date("approvedOn");
        var acknowledgedOn = fields.Date("poeAcknowledgedOn");
        return fields.Failed
            ? null
            : new Association(partner!.Value, tenant!.Value, area!, subscription, workload, activity!, approvedOn!.Value, acknowledgedOn!.Value);
    }

    private static bool Domain(JsonElement entry, string path, FactFields fields, out CustomerDomain domain)
    {
        domain = default;
        if (entry.ValueKind != JsonValueKind.String)
        {
            fields.Problem(path, $"expected a domain name (text), found {JsonTokenText.Describe(entry)}");
            // Stryker disable once Boolean : the entry's problem is reported, so the fact is not built and the document is refused; the list is never used
            return false;
        }

        var text = fields.Domains.Intern(entry.GetString()!);
        if (CustomerDomain.TryParse(text, out domain, out var error))
        {
            return true;
        }

        fields.Problem(path, IdentifierText.Invalid(nameof(CustomerDomain), text, error!).Message);
        // Stryker disable once Boolean : the entry's problem is reported, so the fact is not built and the document is refused; the list is never used
        return false;
    }

    private static bool IsObject(JsonElement element, string path, string what, List<DocumentProblem> problems)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        problems.Add(new DocumentProblem(path, $"{what} must be a JSON object, found {JsonTokenText.Describe(element)}"));
        return false;
    }
}
