using System.Text.Json.Nodes;
using Cpor.Rules.Domain;
using Cpor.Rules.Serialization;
using static Cpor.Rules.Tests.Serialization.BatchJson;

namespace Cpor.Rules.Tests.Serialization;

/// <summary>
/// A claim's values of the wrong JSON type: each is one data error of its field saying what was found, the value is
/// skipped whole, and the fields after it are still read.
/// </summary>
public sealed class ClaimJsonReaderTests
{
    [Theory]
    [InlineData("partnerId", "{\"claimId\":\"X\"}", "expected text, found an object")]
    [InlineData("partnerId", "4412345", "expected text, found a number (4412345)")]
    [InlineData("submittedBy", "[\"claimId\",\"X\"]", "expected text, found an array")]
    [InlineData("tenantId", "true", "expected text, found true")]
    [InlineData("customerDomain", "false", "expected text, found false")]
    [InlineData("solutionArea", "{\"a\":{\"claimId\":\"X\"}}", "expected text, found an object")]
    [InlineData("activity", "[[\"claimId\"]]", "expected text, found an array")]
    [InlineData("submittedOn", "20201001", "expected text, found a number (20201001)")]
    [InlineData("subscriptionId", "{\"claimId\":\"X\"}", "expected a subscription ID (text) or null, found an object")]
    [InlineData("subscriptionId", "[]", "expected a subscription ID (text) or null, found an array")]
    [InlineData("products", "{\"claimId\":\"X\"}", "expected an array of names, found an object")]
    [InlineData("products", "\"Dynamics 365 Sales\"", "expected an array of names, found text")]
    [InlineData("proofOfExecution", "[{\"claimId\":\"X\"}]", "expected an object or null, found an array")]
    [InlineData("proofOfExecution", "7", "expected an object or null, found a number (7)")]
    public void Read_ValueOfTheWrongKindFirst_OneErrorAndTheRestOfTheClaimRead(string field, string raw, string reason)
    {
        var claim = ReadFirst(field, raw);

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal((field, (string?)null, reason), (error.Field, error.Value, error.Reason));
        Assert.Equal("C-1", claim.Id?.Value);
        Assert.Equal(field == "submittedOn" ? (DateOnly?)null : new DateOnly(2020, 10, 1), claim.SubmittedOn);
    }

    [Theory]
    [InlineData("1001", "1001", "expected text, found a number (1001)")]
    [InlineData("true", "true", "expected text, found true")]
    [InlineData("false", "false", "expected text, found false")]
    [InlineData("{\"partnerId\":\"X\"}", null, "expected text, found an object")]
    [InlineData("[]", null, "expected text, found an array")]
    public void Read_ClaimIdNotText_KeepsANumberOrBooleanAsGiven(string raw, string? value, string reason)
    {
        var claim = ReadFirst("claimId", raw);

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal(("claimId", value, reason), (error.Field, error.Value, error.Reason));
        Assert.Equal(PartnerId.Parse(Claimant), claim.PartnerId);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Read_DescribesPartnerService_ReadsTheFlag(string raw, bool expected)
    {
        var claim = ReadWithProof("describesPartnerService", raw);

        Assert.Empty(claim.DataErrors);
        Assert.Equal(expected, claim.ProofOfExecution!.DescribesPartnerService);
    }

    [Theory]
    [InlineData("describesPartnerService", "1", "proofOfExecution.describesPartnerService", "expected true or false, found a number (1)")]
    [InlineData("describesPartnerService", "{\"products\":[]}", "proofOfExecution.describesPartnerService", "expected true or false, found an object")]
    [InlineData("describesPartnerService", "[true]", "proofOfExecution.describesPartnerService", "expected true or false, found an array")]
    [InlineData("customerAcknowledgedOn", "{\"products\":[]}", "proofOfExecution.customerAcknowledgedOn", "expected text, found an object")]
    [InlineData("products", "{\"products\":[]}", "proofOfExecution.products", "expected an array of names, found an object")]
    [InlineData("products", "[\"Dynamics 365 Sales\",{\"a\":1}]", "proofOfExecution.products[1]", "expected a name (text), found an object")]
    [InlineData("note", "{\"customerAcknowledgedOn\":\"x\",\"products\":5}", null, null)]
    public void Read_ProofValueOfTheWrongKindFirst_OneErrorAndTheRestOfTheProofRead(string field, string raw, string? path, string? reason)
    {
        var claim = ReadWithProof(field, raw);

        Assert.Equal(path is null ? [] : [(path, reason)], claim.DataErrors.Select(e => (e.Field, (string?)e.Reason)));
        Assert.Equal(field == "customerAcknowledgedOn" ? (DateOnly?)null : new DateOnly(2020, 9, 15), claim.ProofOfExecution!.CustomerAcknowledgedOn);
        Assert.Equal(field != "describesPartnerService", claim.ProofOfExecution!.DescribesPartnerService);
    }

    [Theory]
    [InlineData("[true]", "products[0]", "expected a name (text), found true")]
    [InlineData("[\"Dynamics 365 Sales\", 4]", "products[1]", "expected a name (text), found a number (4)")]
    [InlineData("[\"Dynamics 365 Sales\", [\"x\"], \"Teams\"]", "products[1]", "expected a name (text), found an array")]
    [InlineData("[\"Dynamics 365 Sales\", \"Te\\u0007ams\"]", "products[1]", "'Te\\u0007ams' holds control characters, which a product or workload name may not")]
    public void Read_ProductEntryNotAName_OneErrorNamingTheEntry(string raw, string field, string reason)
    {
        var claim = ReadFirst("products", raw);

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal((field, reason), (error.Field, error.Reason));
        Assert.Equal("C-1", claim.Id?.Value);
    }

    [Fact]
    public void Read_ProductsWithNullAndTextAfterABadEntry_KeepsEachEntrysIndex()
    {
        var claim = ReadFirst("products", "[{\"x\":[1]}, \"Dynamics 365 Sales\", null]");

        Assert.Equal(["products[0]", "products[2]"], claim.DataErrors.Select(e => e.Field));
        Assert.Equal(["Dynamics 365 Sales"], claim.Lines.Select(l => l.Product));
    }

    [Theory]
    [InlineData("4412345", "4412345")]
    [InlineData("false", "false")]
    [InlineData("-0.5", "-0.5")]
    public void Read_SubscriptionIdentifierALiteral_IsAMalformedIdentifier(string raw, string kept)
    {
        var claim = ReadFirst("subscriptionId", raw);

        Assert.Empty(claim.DataErrors);
        Assert.Equal(kept, claim.MalformedSubscriptionId);
    }

    [Fact]
    public void Read_UnknownFieldsWithStructuredValuesFirst_AreSkippedWhole()
    {
        var claim = ReadFirst("note", "{\"claimId\":\"X\",\"more\":[{\"partnerId\":\"1\"}]}");

        Assert.Empty(claim.DataErrors);
        Assert.Equal("C-1", claim.Id?.Value);
        Assert.Equal(PartnerId.Parse(Claimant), claim.PartnerId);
    }

    [Fact]
    public void Read_SeveralValuesOfTheWrongKind_EachIsAnErrorInFieldOrder()
    {
        var claim = Read(
            new JsonObject { ["partnerId"] = "@@raw@@", ["claimId"] = 1001, ["tenantId"] = 5, ["products"] = new JsonArray(Array.Empty<JsonNode?>()) },
            "[]");

        Assert.Equal(
            [("partnerId", (string?)null), ("claimId", "1001"), ("tenantId", null)],
            claim.DataErrors.Take(3).Select(e => (e.Field, e.Value)));
    }

    /// <summary>Claim C-1 with <paramref name="field"/> set to raw JSON text and written first, before every other field.</summary>
    // null is how a value is left out: the claim only misses its products, like a claim without the field; the
    // reader does not add that null is not an array.
    [Fact]
    public void Read_ProductsNull_OnlyReportedMissing()
    {
        var claim = ReadFirst("products", "null");

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal(("products", "at least one product or workload is required"), (error.Field, error.Reason));
        Assert.Empty(claim.Lines);
        Assert.Equal("C-1", claim.Id?.Value);
    }

    private static Claim ReadFirst(string field, string raw)
    {
        var claim = new JsonObject { [field] = "@@raw@@" };
        foreach (var (name, value) in Claim("C-1").Where(p => p.Key != field))
        {
            claim[name] = value?.DeepClone();
        }

        return Read(claim, raw);
    }

    /// <summary>Claim C-1 whose proof has <paramref name="field"/> set to raw JSON text, first.</summary>
    private static Claim ReadWithProof(string field, string raw)
    {
        var proof = new JsonObject { [field] = "@@raw@@" };
        foreach (var (name, value) in ((JsonObject)Claim()["proofOfExecution"]!).Where(p => p.Key != field))
        {
            proof[name] = value?.DeepClone();
        }

        return Read(Claim("C-1").With("proofOfExecution", proof), raw);
    }

    private static Claim Read(JsonObject claim, string raw)
    {
        var json = Document(claim).ToJsonString().Replace("\"@@raw@@\"", raw, StringComparison.Ordinal);
        var read = BatchDocumentReader.Read(json);
        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : string.Empty);
        return Assert.Single(read.AsT0.Claims);
    }
}
