using System.Text.Json;
using System.Text.Json.Nodes;
using Cpor.Rules.Cli;
using Cpor.Rules.Domain;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Serialization;
using Cpor.Rules.Tests.Cli;
using Cpor.Rules.Tests.Serialization;
using Json.Schema;
using EvaluationOptions = Json.Schema.EvaluationOptions;

namespace Cpor.Rules.Tests.Contract;

/// <summary>
/// The contract's JSON Schemas (embedded in Cpor.Rules, printed by <c>cpor-rules schema</c>) accept what the tool
/// accepts and writes: the embedded sample batch, every golden decision document and real output; and reject what
/// the contract forbids.
/// </summary>
public sealed class ContractSchemaTests
{
    public static TheoryData<string> GoldenFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repository.File("tests/Cpor.Rules.Tests/Cli/Golden"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void BatchSchema_EmbeddedSample_IsValid()
    {
        using var sample = JsonDocument.Parse(SampleBatch.Open());

        AssertValid(ContractSchemas.Batch, sample.RootElement);
    }

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void DecisionSchema_GoldenDocument_IsValid(string file)
    {
        using var golden = JsonDocument.Parse(Repository.Read($"tests/Cpor.Rules.Tests/Cli/Golden/{file}"));

        AssertValid(ContractSchemas.Decision, golden.RootElement);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko-KR")]
    public void DecisionSchema_ToolOutputForTheSample_IsValid(string culture)
    {
        var run = CliRun.Of("evaluate", "--format", "json", "--culture", culture);
        using var written = JsonDocument.Parse(run.Stdout);

        AssertValid(ContractSchemas.Decision, written.RootElement);
    }

    [Fact]
    public void Schemas_ShippedFiles_AreTheEmbeddedText()
    {
        Assert.Equal(Repository.Read("src/Cpor.Rules/Schemas/batch.schema.json"), ContractSchemas.Batch);
        Assert.Equal(Repository.Read("src/Cpor.Rules/Schemas/decision.schema.json"), ContractSchemas.Decision);
    }

    [Fact]
    public void DecisionSchema_Catalogue_PairsEveryRuleWithItsCodeAndSeverity()
    {
        var rules = JsonNode.Parse(ContractSchemas.Decision)!["$defs"]!["finding"]!["allOf"]!.AsArray()
            .Select(entry => (
                Rule: (string)entry!["if"]!["properties"]!["rule"]!["const"]!,
                Code: (string)entry["then"]!["properties"]!["code"]!["const"]!,
                Severity: (string?)entry["then"]!["properties"]!["severity"]!["const"]))
            .ToList();

        var catalogue = FindingCode.List.OrderBy(c => c.Value).Select(c => (Rule: c.RuleId, Code: c.Name, Severity: c.Severity?.Name)).ToList();
        Assert.Empty(catalogue.Except(rules));

        // Added by the evaluation-fault work (DOMAIN.md section 8): a rule that failed; no severity.
        Assert.Contains(("CPOR-900", "EvaluationFault", (string?)null), rules);
        Assert.Equal(rules.Count, rules.Select(r => r.Rule).Distinct().Count());
    }

    [Fact]
    public void DecisionSchema_EvaluationFaultWithoutSeverity_IsValid()
    {
        var document = Decisions(Finding("CPOR-900", "EvaluationFault", severity: null), outcome: "UnderReview");

        AssertValid(ContractSchemas.Decision, document);
    }

    [Theory]
    [InlineData("CPOR-022", "PartnerNotEnrolled", "Blocking")]
    [InlineData("CPOR-022", "AlreadyClaimed", "Advisory")]
    [InlineData("CPOR-900", "EvaluationFault", "Blocking")]
    [InlineData("CPOR-026", "CompetingClaimUnderReview", "Advisory")]
    public void DecisionSchema_CatalogueFindingWithTheWrongCodeOrSeverity_IsInvalid(string rule, string code, string severity)
    {
        var document = Decisions(Finding(rule, code, severity), outcome: "Rejected");

        AssertInvalid(ContractSchemas.Decision, document, "/decisions/0/findings/0");
    }

    [Fact]
    public void DecisionSchema_ConsumersOwnRule_IsValid()
    {
        var document = Decisions(Finding("ACME-001", "SanctionedCustomer", "Blocking"), outcome: "Rejected");

        AssertValid(ContractSchemas.Decision, document);
    }

    [Fact]
    public void DecisionSchema_UnknownOutcome_IsInvalid()
    {
        var document = Decisions(Finding("CPOR-022", "PartnerNotEnrolled", "Advisory"), outcome: "Approved");

        AssertInvalid(ContractSchemas.Decision, document, "/decisions/0/outcome");
    }

    [Fact]
    public void BatchSchema_ClaimWithUnreadableValues_IsValidAsTheContractDecidesIt()
    {
        var document = BatchJson.Document(BatchJson.Claim("C-1").With("activity", "Selling").With("tenantId", 7).With("submittedOn", "2020/10/01"));

        AssertValid(ContractSchemas.Batch, JsonSerializer.SerializeToElement(document));
        Assert.True(BatchDocumentReader.Read(document.ToJsonString()).IsT0);
    }

    [Theory]
    [InlineData("/tenants/0/tenantId", "contoso")]
    [InlineData("/tenants/0/tenantId", "00000000-0000-0000-0000-000000000000")]
    [InlineData("/subscriptions/0/state", "Lapsed")]
    [InlineData("/partners/0/partnerId", "44-12345")]
    [InlineData("/partners/0/account", "location")]
    [InlineData("/asOf", "2020/10/05")]
    public void BatchSchema_BadFactValue_IsInvalidAndTheReaderRefusesIt(string pointer, string value)
    {
        var document = BatchJson.Document(BatchJson.Claim("C-1"));
        var segments = pointer.Trim('/').Split('/');
        JsonNode parent = document;
        foreach (var segment in segments[..^1])
        {
            parent = int.TryParse(segment, out var index) ? parent[index]! : parent[segment]!;
        }

        parent[segments[^1]] = value;

        AssertInvalid(ContractSchemas.Batch, JsonSerializer.SerializeToElement(document), pointer);
        var refused = BatchDocumentReader.Read(document.ToJsonString()).AsT1;
        Assert.Contains(refused.Problems, p => p.Path == "$" + pointer.Replace("/", ".", StringComparison.Ordinal).Replace(".0", "[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void BatchSchema_WithoutClaims_IsInvalid()
    {
        var document = BatchJson.Document();
        document.Remove("claims");

        AssertInvalid(ContractSchemas.Batch, JsonSerializer.SerializeToElement(document), string.Empty);
        Assert.True(BatchDocumentReader.Read(document.ToJsonString()).IsT1);
    }

    internal static EvaluationResults Evaluate(string schemaText, JsonElement instance)
    {
        var schema = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        return schema.Evaluate(instance, new EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.Hierarchical });
    }

    /// <summary>Where the instance fails: the deepest failing results on paths of failing results only (failed branches of a valid anyOf do not count).</summary>
    internal static IEnumerable<string> FailedLocations(EvaluationResults results)
    {
        if (results.IsValid)
        {
            yield break;
        }

        var failedChildren = (results.Details ?? []).Where(d => !d.IsValid).ToList();
        if (failedChildren.Count == 0)
        {
            yield return results.InstanceLocation.ToString();
            yield break;
        }

        foreach (var location in failedChildren.SelectMany(FailedLocations))
        {
            yield return location;
        }
    }

    private static void AssertValid(string schema, JsonElement instance)
    {
        var results = Evaluate(schema, instance);
        Assert.True(results.IsValid, "not valid: " + Describe(results));
    }

    private static void AssertValid(string schema, JsonNode instance) => AssertValid(schema, JsonSerializer.SerializeToElement(instance));

    private static void AssertInvalid(string schema, JsonElement instance, string location)
    {
        var results = Evaluate(schema, instance);
        Assert.False(results.IsValid);
        var failed = FailedLocations(results).ToList();
        Assert.True(failed.Count > 0 && failed.All(l => l.StartsWith(location, StringComparison.Ordinal)), $"errors expected at {location}, found at: {string.Join(", ", failed)}");
    }

    private static void AssertInvalid(string schema, JsonNode instance, string location) => AssertInvalid(schema, JsonSerializer.SerializeToElement(instance), location);

    private static string Describe(EvaluationResults results)
        => string.Join("; ", FailedLocations(results).Distinct());

    private static JsonObject Finding(string rule, string code, string? severity)
        => new()
        {
            ["rule"] = rule,
            ["code"] = code,
            ["severity"] = severity,
            ["product"] = null,
            ["title"] = "t",
            ["message"] = "m",
            ["remediation"] = "r",
            ["retryable"] = false,
        };

    private static JsonObject Decisions(JsonObject finding, string outcome)
        => new()
        {
            ["ruleSet"] = "cpor-2020.09",
            ["asOf"] = null,
            ["decisions"] = new JsonArray(new JsonObject
            {
                ["claimId"] = "C-1",
                ["outcome"] = outcome,
                ["findings"] = new JsonArray(finding),
                ["lines"] = new JsonArray(),
            }),
            ["arbitrations"] = new JsonArray(),
            ["summary"] = new JsonObject { ["claims"] = 1, ["eligible"] = 0, ["rejected"] = 1, ["actionRequired"] = 0, ["underReview"] = 0, ["partiallyEligible"] = 0 },
        };
}
