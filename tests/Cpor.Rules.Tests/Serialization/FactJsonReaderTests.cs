using System.Text.Json.Nodes;
using Cpor.Rules.Domain;
using Cpor.Rules.Serialization;
using static Cpor.Rules.Tests.Serialization.BatchJson;

namespace Cpor.Rules.Tests.Serialization;

/// <summary>Facts with values of the wrong JSON type, blank or missing: each problem refuses the document with its path and says what was found.</summary>
public sealed class FactJsonReaderTests
{
    [Theory]
    [InlineData("tenants", "tenantId", "42", "expected text, found a number (42)")]
    [InlineData("tenants", "tenantId", "true", "expected text, found true")]
    [InlineData("tenants", "tenantId", "false", "expected text, found false")]
    [InlineData("tenants", "tenantId", "{}", "expected text, found an object")]
    [InlineData("tenants", "tenantId", "[]", "expected text, found an array")]
    [InlineData("tenants", "tenantId", "null", "required")]
    [InlineData("tenants", "tenantId", "\"  \"", "must not be empty")]
    [InlineData("tenants", "domains", "\"contoso.com\"", "expected an array, found text")]
    [InlineData("tenants", "workloads", "{}", "expected an array, found an object")]
    [InlineData("subscriptions", "product", "7", "expected text, found a number (7)")]
    [InlineData("subscriptions", "product", "\"\"", "must not be empty")]
    [InlineData("subscriptions", "product", "\"Sales\\u0007\"", "'Sales\\u0007' holds control characters, which a product or workload name may not")]
    [InlineData("subscriptions", "isDynamics", "null", "required: true or false")]
    [InlineData("subscriptions", "isDynamics", "1", "expected true or false, found a number (1)")]
    [InlineData("subscriptions", "isDynamics", "\"true\"", "expected true or false, found text")]
    [InlineData("subscriptions", "channel", "[]", "expected text, found an array")]
    [InlineData("subscriptions", "channel", "\"Retail\"", "'Retail' is not a PurchaseChannel; expected one of: ")]
    [InlineData("subscriptions", "subscriptionId", "\"x\"", "'x' is not a valid SubscriptionId: ")]
    [InlineData("partners", "account", "3", "expected text, found a number (3)")]
    [InlineData("partners", "enrolledIn", "\"Microsoft365\"", "expected an array, found text")]
    [InlineData("partners", "partnerId", "\"44a\"", "'44a' is not a valid PartnerId: ")]
    [InlineData("associations", "approvedOn", "20200301", "expected text, found a number (20200301)")]
    [InlineData("associations", "approvedOn", "\"2020-02-30\"", "'2020-02-30' is not a date in the form yyyy-MM-dd")]
    [InlineData("associations", "poeAcknowledgedOn", "null", "required")]
    [InlineData("associations", "activity", "\"Sales\"", "'Sales' is not an Activity; expected one of: ")]
    [InlineData("associations", "subscriptionId", "null", "required")]
    public void Read_FactFieldOfTheWrongKind_RefusedSayingWhatWasFound(string list, string field, string raw, string message)
    {
        var problem = Assert.Single(Refuse(list, fact => fact[field] = JsonNode.Parse(raw)).Problems);

        Assert.Equal($"$.{list}[0].{field}", problem.Path);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tenants", "tenantId")]
    [InlineData("subscriptions", "state")]
    [InlineData("subscriptions", "isDynamics")]
    [InlineData("partners", "account")]
    [InlineData("associations", "approvedOn")]
    public void Read_FactFieldMissing_RefusedSayingItIsRequired(string list, string field)
    {
        var problem = Assert.Single(Refuse(list, fact => fact.Remove(field)).Problems);

        Assert.Equal($"$.{list}[0].{field}", problem.Path);
        Assert.StartsWith("required", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tenants", "domains", "[\"contoso.com\", 7]", "$.tenants[0].domains[1]", "expected a domain name (text), found a number (7)")]
    [InlineData("tenants", "domains", "[null]", "$.tenants[0].domains[0]", "expected a domain name (text), found null")]
    [InlineData("tenants", "workloads", "[\"Teams\", 5]", "$.tenants[0].workloads[1]", "expected a name (text), found a number (5)")]
    [InlineData("tenants", "workloads", "[\" \"]", "$.tenants[0].workloads[0]", "must not be empty")]
    [InlineData("tenants", "workloads", "[\"Te\\u0007ams\"]", "$.tenants[0].workloads[0]", "'Te\\u0007ams' holds control characters, which a product or workload name may not")]
    [InlineData("partners", "enrolledIn", "[{}]", "$.partners[0].enrolledIn[0]", "expected a SolutionArea name (text), found an object")]
    [InlineData("partners", "enrolledIn", "[\"Azure\"]", "$.partners[0].enrolledIn[0]", "'Azure' is not a SolutionArea; expected one of: ")]
    public void Read_FactListEntryOfTheWrongKind_RefusedNamingTheEntry(string list, string field, string raw, string path, string message)
    {
        var problem = Assert.Single(Refuse(list, fact => fact[field] = JsonNode.Parse(raw)).Problems);

        Assert.Equal(path, problem.Path);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tenants", "a tenant")]
    [InlineData("subscriptions", "a subscription")]
    [InlineData("partners", "a partner")]
    [InlineData("associations", "an association")]
    public void Read_FactThatIsNotAnObject_RefusedNamingWhatItShouldBe(string list, string what)
    {
        var document = Document(Claim());
        ((JsonArray)document[list]!).Insert(0, 12);

        var problem = Assert.Single(ReadRefusal(document.ToJsonString()).Problems);

        Assert.Equal($"$.{list}[0]", problem.Path);
        Assert.Equal($"{what} must be a JSON object, found a number (12)", problem.Message);
    }

    [Fact]
    public void Read_FactListsAbsentOrNullInsideAFact_AreEmpty()
    {
        var document = Document(Claim());
        var tenant = (JsonObject)document["tenants"]![0]!;
        tenant.Remove("domains");
        tenant["workloads"] = null;
        ((JsonObject)document["partners"]![0]!)["enrolledIn"] = null;

        var read = document.ReadDocument();

        Assert.Empty(read.Facts.Tenants[0].Domains);
        Assert.Empty(read.Facts.Tenants[0].Workloads);
        Assert.Empty(read.Facts.Partners[0].EnrolledIn);
    }

    [Fact]
    public void Read_Microsoft365Association_ReadsTheWorkloadAndIgnoresTheSubscription()
    {
        var document = Document(Claim());
        var association = (JsonObject)document["associations"]![0]!;
        association["solutionArea"] = "Microsoft365";
        association["workload"] = "Teams";
        association["subscriptionId"] = "not read";

        var read = Assert.Single(document.ReadDocument().Facts.Associations);

        Assert.Equal(SolutionArea.Microsoft365, read.SolutionArea);
        Assert.Equal(AssociationKey.ForWorkload(TenantId.Parse(Tenant), "Teams"), read.Key);
    }

    [Fact]
    public void Read_AssociationWithUnknownArea_RefusedForTheAreaOnly()
    {
        var refused = Refuse("associations", a => a["solutionArea"] = "Azure");

        Assert.Equal(["$.associations[0].solutionArea"], refused.Problems.Select(p => p.Path));
    }

    private static DocumentRefused Refuse(string list, Action<JsonObject> bend)
    {
        var document = Document(Claim());
        bend((JsonObject)document[list]![0]!);
        return ReadRefusal(document.ToJsonString());
    }
}
