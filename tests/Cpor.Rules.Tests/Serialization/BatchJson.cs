using System.Text.Json.Nodes;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Serialization;

namespace Cpor.Rules.Tests.Serialization;

/// <summary>
/// Batch documents for serialization tests, built as JSON nodes so that each test can bend one field. The default
/// document is the contract's example made consistent: claim C-1001 by 4412345 (enrolled in Microsoft 365 only, so
/// PartnerNotEnrolled) wins the Sales subscription over the incumbent 5512345 on a newer PoE.
/// </summary>
internal static class BatchJson
{
    public const string Tenant = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    public const string Sales = "9a0c3f25-04e0-4f89-41d3-0305e82c3301";
    public const string SalesProduct = "Dynamics 365 Sales";
    public const string Claimant = "4412345";
    public const string Incumbent = "5512345";

    public static JsonObject Document(params JsonObject[] claims) => new()
    {
        ["asOf"] = "2020-10-05",
        ["tenants"] = new JsonArray(new JsonObject
        {
            ["tenantId"] = Tenant,
            ["domains"] = new JsonArray("contoso.onmicrosoft.com"),
            ["workloads"] = new JsonArray("Teams"),
        }),
        ["subscriptions"] = new JsonArray(new JsonObject
        {
            ["subscriptionId"] = Sales,
            ["tenantId"] = Tenant,
            ["product"] = SalesProduct,
            ["isDynamics"] = true,
            ["channel"] = "VolumeLicensing",
            ["state"] = "Active",
        }),
        ["partners"] = new JsonArray(
            new JsonObject { ["partnerId"] = Claimant, ["account"] = "Location", ["enrolledIn"] = new JsonArray("Microsoft365") },
            new JsonObject { ["partnerId"] = Incumbent, ["account"] = "Location", ["enrolledIn"] = new JsonArray("BusinessApplications") }),
        ["associations"] = new JsonArray(new JsonObject
        {
            ["partnerId"] = Incumbent,
            ["tenantId"] = Tenant,
            ["solutionArea"] = "BusinessApplications",
            ["subscriptionId"] = Sales,
            ["workload"] = null,
            ["activity"] = "Usage",
            ["approvedOn"] = "2020-03-01",
            ["poeAcknowledgedOn"] = "2020-02-20",
        }),
        ["claims"] = new JsonArray([.. claims]),
    };

    /// <summary>The contract's example claim: Business Applications, PreSales, on the Sales subscription.</summary>
    public static JsonObject Claim(string id = "C-1001") => new()
    {
        ["claimId"] = id,
        ["partnerId"] = Claimant,
        ["submittedBy"] = "IncentivesAdmin",
        ["tenantId"] = Tenant,
        ["customerDomain"] = "contoso.onmicrosoft.com",
        ["solutionArea"] = "BusinessApplications",
        ["activity"] = "PreSales",
        ["products"] = new JsonArray(SalesProduct),
        ["subscriptionId"] = Sales,
        ["submittedOn"] = "2020-10-01",
        ["proofOfExecution"] = new JsonObject
        {
            ["customerAcknowledgedOn"] = "2020-09-15",
            ["describesPartnerService"] = true,
            ["products"] = new JsonArray(SalesProduct),
        },
    };

    /// <summary>A Microsoft 365 claim on the Teams workload, uncontested.</summary>
    public static JsonObject TeamsClaim(string id) => new()
    {
        ["claimId"] = id,
        ["partnerId"] = Claimant,
        ["submittedBy"] = "GlobalAdmin",
        ["tenantId"] = Tenant,
        ["customerDomain"] = "contoso.onmicrosoft.com",
        ["solutionArea"] = "Microsoft365",
        ["activity"] = "Usage",
        ["products"] = new JsonArray("Teams"),
        ["subscriptionId"] = null,
        ["submittedOn"] = "2020-10-01",
        ["proofOfExecution"] = new JsonObject
        {
            ["customerAcknowledgedOn"] = "2020-09-15",
            ["describesPartnerService"] = true,
            ["products"] = new JsonArray("Teams"),
        },
    };

    public static JsonObject With(this JsonObject node, string property, JsonNode? value)
    {
        node[property] = value;
        return node;
    }

    public static JsonObject Without(this JsonObject node, string property)
    {
        node.Remove(property);
        return node;
    }

    public static BatchDocument ReadDocument(this JsonObject document)
    {
        var read = BatchDocumentReader.Read(document.ToJsonString());
        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : string.Empty);
        return read.AsT0;
    }

    public static DocumentRefused ReadRefusal(string json)
    {
        var read = BatchDocumentReader.Read(json);
        Assert.True(read.IsT1, "the document was expected to be refused");
        return read.AsT1;
    }

    public static BatchResult Decide(this JsonObject document) => document.ReadDocument().Decide();

    /// <summary>Decides a document as the tool does: the default rule set, as of the document's date, explained.</summary>
    public static BatchResult Decide(this BatchDocument document)
        => CporRuleSet.Default.EvaluateBatch(document.Claims, document.Facts, new EvaluationOptions { AsOf = document.AsOf });
}
