using Cpor.Rules.Serialization;
using static Cpor.Rules.Tests.Serialization.BatchJson;

namespace Cpor.Rules.Tests.Serialization;

/// <summary>
/// Which check reports bad text inside a claim: the claim reader for the fields it reads (one error each, never two),
/// the value check for everything else, named by its path inside the claim.
/// </summary>
public sealed class JsonValueCheckTests
{
    private const string LoneHigh = "\"\\ud800\"";

    [Theory]
    [InlineData("claimId")]
    [InlineData("partnerId")]
    [InlineData("submittedBy")]
    [InlineData("tenantId")]
    [InlineData("customerDomain")]
    [InlineData("solutionArea")]
    [InlineData("activity")]
    [InlineData("subscriptionId")]
    [InlineData("submittedOn")]
    public void Check_BadTextInAFieldTheClaimReaderReads_ReportedOnceByTheReader(string field)
    {
        var claim = ReadClaim(HostileInputTests.WithRaw(Claim("C-1"), field, LoneHigh));

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal(field, error.Field);
        Assert.Equal($"the text {JsonStrings.NotUnicode}", error.Reason);
    }

    [Theory]
    [InlineData("products", $"[{LoneHigh}]", "products[0]", $"the text {JsonStrings.NotUnicode}")]
    [InlineData("proofOfExecution", LoneHigh, "proofOfExecution", "expected an object or null, found text")]
    [InlineData("proofOfExecution", $"[{LoneHigh}]", "proofOfExecution", "expected an object or null, found an array")]
    public void Check_BadTextInsideAStructureTheClaimReaderReads_ReportedOnceByTheReader(string field, string raw, string path, string reason)
    {
        var claim = ReadClaim(HostileInputTests.WithRaw(Claim("C-1"), field, raw));

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal((path, reason), (error.Field, error.Reason));
    }

    [Theory]
    [InlineData("customerAcknowledgedOn", LoneHigh, "proofOfExecution.customerAcknowledgedOn", $"the text {JsonStrings.NotUnicode}")]
    [InlineData("describesPartnerService", LoneHigh, "proofOfExecution.describesPartnerService", "expected true or false, found text")]
    [InlineData("products", $"[\"Dynamics 365 Sales\",{LoneHigh}]", "proofOfExecution.products[1]", $"the text {JsonStrings.NotUnicode}")]
    public void Check_BadTextInAProofFieldTheClaimReaderReads_ReportedOnceByTheReader(string field, string raw, string path, string reason)
    {
        var claim = ReadClaim(WithRawInProof(field, raw));

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal((path, reason), (error.Field, error.Reason));
    }

    [Theory]
    [InlineData("note", LoneHigh, "proofOfExecution.note")]
    [InlineData("signedBy", $"{{\"name\":{LoneHigh}}}", "proofOfExecution.signedBy.name")]
    [InlineData("pages", $"[1,[{LoneHigh}]]", "proofOfExecution.pages[1][0]")]
    public void Check_BadTextInAProofFieldTheClaimReaderSkips_ReportedByTheCheckWithItsPath(string field, string raw, string path)
    {
        var claim = ReadClaim(WithRawInProof(field, raw));

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal((path, $"the text {JsonStrings.NotUnicode}"), (error.Field, error.Reason));
    }

    [Theory]
    [InlineData("note", LoneHigh, "note")]
    [InlineData("extra", $"{{\"a\":[1,{LoneHigh}]}}", "extra.a[1]")]
    [InlineData("extra", $"[[],[{LoneHigh}]]", "extra[1][0]")]
    public void Check_BadTextInAFieldTheClaimReaderSkips_ReportedByTheCheckWithItsPath(string field, string raw, string path)
    {
        var claim = ReadClaim(HostileInputTests.WithRaw(Claim("C-1"), field, raw));

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal(path, error.Field);
        Assert.Null(error.Value);
        Assert.Equal($"the text {JsonStrings.NotUnicode}", error.Reason);
    }

    [Fact]
    public void Check_BadPropertyNameAtTheClaimsRoot_ReportedOnTheClaim()
    {
        var json = Document(Claim("C-1")).ToJsonString().Replace("\"claimId\":\"C-1\"", "\"claimId\":\"C-1\",\"x\\ud800\":1", StringComparison.Ordinal);

        var claim = ReadClaim(json);

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal("claim", error.Field);
        Assert.Equal($"the text a property name {JsonStrings.NotUnicode}", error.Reason);
    }

    [Fact]
    public void Check_BadPropertyNameInsideAClaimValue_ReportedOnTheValue()
    {
        var claim = ReadClaim(HostileInputTests.WithRaw(Claim("C-1"), "extra", "{\"ok\":1,\"x\\ud800\":2}"));

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal("extra", error.Field);
        Assert.StartsWith("the text a property name ", error.Reason, StringComparison.Ordinal);
    }

    // A name that is not valid text is reported and not remembered: two of them in one object are not a repeat.
    [Fact]
    public void Check_TwoBadPropertyNamesInOneObject_EachReportedNeitherARepeat()
    {
        var claim = ReadClaim(HostileInputTests.WithRaw(Claim("C-1"), "extra", "{\"x\\ud800\":1,\"x\\ud800\":2}"));

        Assert.Equal(2, claim.DataErrors.Count);
        Assert.All(claim.DataErrors, error => Assert.Equal("extra", error.Field));
        Assert.All(claim.DataErrors, error => Assert.StartsWith("the text a property name ", error.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TextTooLongInAFieldTheClaimReaderSkips_ReportedWithItsPath()
    {
        var claim = ReadClaim(HostileInputTests.WithRaw(Claim("C-1"), "note", $"[\"{new string('n', 4097)}\"]"));

        var error = Assert.Single(claim.DataErrors);
        Assert.Equal(("note[0]", $"the text {JsonStrings.TooLong}"), (error.Field, error.Reason));
    }

    [Theory]
    [InlineData("{\"claims\":[],\"extra\":{\"a\":{\"b\":[0,1,\"\\ud800\"]}}}", "$.extra.a.b[2]")]
    [InlineData("{\"claims\":[],\"extra\":[{\"a\":1},{\"b\":\"\\ud800\"}]}", "$.extra[1].b")]
    [InlineData("{\"claims\":[],\"extra\":[[\"\\ud800\"]]}", "$.extra[0][0]")]
    [InlineData("{\"claims\":[],\"extra\":{\"x\\ud800\":1}}", "$.extra")]
    public void Check_BadTextOutsideClaims_RefusedWithItsPath(string json, string path)
    {
        var problem = Assert.Single(ReadRefusal(json).Problems);

        Assert.Equal(path, problem.Path);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void Check_NameRepeatedInALargeObject_RefusedNamingTheRepeat(int names)
    {
        // Up to 16 names an object's names are compared one by one; beyond, they go into a set.
        var properties = string.Join(',', Enumerable.Range(0, names).Select(i => $"\"n{i}\":{i}"));
        var json = $"{{\"claims\":[],\"extra\":{{{properties},\"n0\":0,\"n{names - 1}\":1}}}}";

        var refused = ReadRefusal(json);

        Assert.Equal(["$.extra.n0", $"$.extra.n{names - 1}"], refused.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Check_SameNamesInSiblingAndNestedObjects_AreNotRepeats()
    {
        var many = string.Join(',', Enumerable.Range(0, 20).Select(i => $"\"n{i}\":{i}"));
        var json = $"{{\"claims\":[],\"extra\":[{{\"a\":1,\"b\":2}},{{\"b\":1,\"a\":2}},{{{many}}},{{{many},\"inner\":{{{many}}}}},{{\"n0\":{{\"n0\":{{\"n0\":0}}}}}}]}}";

        var read = BatchDocumentReader.Read(json);

        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : string.Empty);
    }

    /// <summary>The default document with claims C-1 (whose proof's <paramref name="field"/> is set to raw JSON text) and C-2.</summary>
    private static string WithRawInProof(string field, string rawJson)
    {
        var claim = Claim("C-1");
        ((System.Text.Json.Nodes.JsonObject)claim["proofOfExecution"]!)[field] = "@@raw@@";
        return Document(claim, TeamsClaim("C-2")).ToJsonString().Replace("\"@@raw@@\"", rawJson, StringComparison.Ordinal);
    }

    private static Cpor.Rules.Domain.Claim ReadClaim(string json)
    {
        var read = BatchDocumentReader.Read(json);
        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : string.Empty);
        return read.AsT0.Claims[0];
    }
}
