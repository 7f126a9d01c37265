using System.Text;
using System.Text.Json.Nodes;
using Cpor.Rules.Domain;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Serialization;
using static Cpor.Rules.Tests.Serialization.BatchJson;

namespace Cpor.Rules.Tests.Serialization;

/// <summary>The repros of issue #13 (DOMAIN.md section 8) at the reader: bad strings, repeated names, limits of a document.</summary>
public sealed class HostileInputTests
{
    private const string LoneHigh = "\\ud800";
    private const string Reversed = "\\udc00\\ud800";

    [Theory]
    [InlineData("claimId", LoneHigh)]
    [InlineData("claimId", Reversed)]
    [InlineData("customerDomain", LoneHigh)]
    [InlineData("partnerId", Reversed)]
    [InlineData("submittedOn", LoneHigh)]
    [InlineData("activity", LoneHigh)]
    public void Read_LoneSurrogateInAClaimField_IsInvalidClaimDataOfThatClaim(string field, string escaped)
    {
        var json = WithRaw(Claim("C-1"), field, $"\"{escaped}\"");

        var decided = DecideJson(json);

        Assert.Equal(["C-2"], decided.Decisions.Skip(1).Select(d => d.ClaimId?.Value));
        var bad = decided.Decisions[0];
        Assert.Equal(OutcomeKind.Rejected, bad.Kind);
        Assert.Contains(bad.Claim.DataErrors, e => e.Field == field && e.Reason.Contains("Unicode", StringComparison.Ordinal));
        Assert.Contains(bad.Findings, f => f.Code == FindingCode.InvalidClaimData);
    }

    [Theory]
    [InlineData(LoneHigh)]
    [InlineData(Reversed)]
    public void Read_LoneSurrogateInAProductName_IsInvalidClaimDataOfThatClaim(string escaped)
    {
        var json = WithRaw(Claim("C-1"), "products", $"[\"{escaped}\"]");

        var decided = DecideJson(json);

        Assert.Contains(decided.Decisions[0].Claim.DataErrors, e => e.Field == "products[0]");
        Assert.Equal(2, decided.Decisions.Count);
    }

    [Fact]
    public void Read_LoneSurrogateInAPropertyNameOfAClaim_IsInvalidClaimDataOfThatClaim()
    {
        var json = Document(Claim("C-1"), TeamsClaim("C-2")).ToJsonString().Replace("\"claimId\":\"C-1\"", "\"claimId\":\"C-1\",\"x\\ud800\":1", StringComparison.Ordinal);

        var decided = DecideJson(json);

        Assert.Contains(decided.Decisions[0].Findings, f => f.Code == FindingCode.InvalidClaimData);
        Assert.Empty(decided.Decisions[1].Claim.DataErrors);
    }

    [Theory]
    [InlineData("{\"asOf\":\"\\ud800\",\"claims\":[]}", "$.asOf")]
    [InlineData("{\"claims\":[],\"tenants\":[{\"tenantId\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\",\"workloads\":[\"\\udc00\\ud800\"]}]}", "$.tenants[0].workloads[0]")]
    [InlineData("{\"claims\":[],\"partners\":[{\"partnerId\":\"\\ud800\",\"account\":\"Location\"}]}", "$.partners[0].partnerId")]
    [InlineData("{\"claims\":[],\"\\ud800\":1}", "$")]
    [InlineData("{\"claims\":[],\"extra\":{\"a\":[\"\\ud800\"]}}", "$.extra.a[0]")]
    public void Read_LoneSurrogateOutsideClaims_RefusesTheDocumentWithItsPath(string json, string path)
    {
        var refused = ReadRefusal(json);

        Assert.Contains(refused.Problems, p => p.Path == path && p.Message.Contains("Unicode", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_StringLongerThan4096_IsInvalidClaimDataInAClaimAndRefusedElsewhere()
    {
        var inClaim = DecideJson(WithRaw(Claim("C-1"), "products", $"[\"{new string('p', 4097)}\"]"));
        var inFacts = ReadRefusal($"{{\"claims\":[],\"tenants\":[{{\"tenantId\":\"{Tenant}\",\"workloads\":[\"{new string('w', 4097)}\"]}}]}}");

        Assert.Contains(inClaim.Decisions[0].Claim.DataErrors, e => e.Field == "products[0]" && e.Reason.Contains("4096", StringComparison.Ordinal));
        Assert.Contains(inFacts.Problems, p => p.Path == "$.tenants[0].workloads[0]" && p.Message.Contains("4096", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TokenOver4MiB_IsRefusedWithItsPath()
    {
        var json = $"{{\"claims\":[{{\"claimId\":\"{new string('a', (4 << 20) + 1)}\"}}]}}";

        var refused = ReadRefusal(json);

        var problem = Assert.Single(refused.Problems);
        Assert.StartsWith("$.claims[0]", problem.Path, StringComparison.Ordinal);
        Assert.Contains("4 MiB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NestingDeeperThan64_IsRefusedWithItsPath()
    {
        var json = $"{{\"claims\":[],\"extra\":{new string('[', 80)}{new string(']', 80)}}}";

        var refused = ReadRefusal(json);

        Assert.Contains(refused.Problems, p => p.Path.StartsWith("$.extra", StringComparison.Ordinal) && p.Message.Contains("64", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_GibibyteOfLeadingWhiteSpace_StreamsItWithoutHoldingIt()
    {
        var whiteSpace = (1L << 30) + 17;
        using var input = new GeneratedStream("", whiteSpace, "{\"claims\":[]}", chunk: 1 << 20);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = BatchDocumentReader.Read(input);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : string.Empty);
        Assert.Empty(read.AsT0.Claims);
        Assert.True(allocated < 16 << 20, $"reading allocated {allocated:N0} bytes");
    }

    [Theory]
    [InlineData("{\"claims\":[", "]}", 0)]
    [InlineData("{\"claims\":[{\"claimId\":\"C-1\"},", "{\"claimId\":\"C-2\"}]}", 2)]
    [InlineData("{\"claims\":[{\"claimId\":", "\"C-1\"}]}", 1)]
    public void Read_WhiteSpaceThroughAPipe_StreamsItInLinearWork(string before, string after, int claims)
    {
        // A pipe hands over at most 64 KiB per read; the parser once re-read everything it held after each of them,
        // and held all the white space (between claims, or inside one).
        var whiteSpace = 64L << 20;
        using var input = new GeneratedStream(before, whiteSpace, after, chunk: 1 << 16);
        using var parser = new BatchDocumentParser(input, progress: null);

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var read = parser.Parse();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : string.Empty);
        Assert.Equal(claims, read.AsT0.Claims.Count);
        Assert.All(read.AsT0.Claims, c => Assert.DoesNotContain(c.DataErrors, e => e.Field == "claimId"));
        Assert.True(parser.BytesExamined < 4 * whiteSpace, $"the parser examined {parser.BytesExamined:N0} bytes for {whiteSpace:N0} of input");
        Assert.True(allocated < 16 << 20, $"reading allocated {allocated:N0} bytes");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(300_000)]
    public void Read_SyntaxErrorAfterManyLines_NamesItsLine(int lines)
    {
        var json = $"{{\"claims\":[{new string('\n', lines)}x]}}";

        var refused = ReadRefusal(json);

        Assert.Contains($"line {lines + 1}, byte 1", Assert.Single(refused.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LongStringThroughAPipe_ExaminesEachByteAFewTimesOnly()
    {
        var length = 3L << 20;
        using var input = new GeneratedStream("{\"claims\":[],\"extra\":\"", length, "\"}", chunk: 1 << 16, fill: (byte)'x');
        using var parser = new BatchDocumentParser(input, progress: null);

        var read = parser.Parse();

        Assert.True(read.IsT1, "a string over 4,096 characters outside a claim refuses the document");
        Assert.True(parser.BytesExamined < 8 * length, $"the parser examined {parser.BytesExamined:N0} bytes for {length:N0} of input");
    }

    [Fact]
    public void Read_RepeatedPropertyInAClaim_RefusesNamingTheRepeat()
    {
        var refused = ReadRefusal("{\"claims\":[{\"claimId\":\"A\",\"partnerId\":\"1\",\"claimId\":\"B\"}]}");

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("$.claims[0].claimId", problem.Path);
        Assert.Contains("repeat", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoClaimsArrays_RefusesNamingTheSecond()
    {
        var refused = ReadRefusal("{\"claims\":[],\"tenants\":[],\"claims\":[]}");

        Assert.Contains(refused.Problems, p => p.Path == "$.claims" && p.Message.Contains("repeat", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"claims\":[],\"tenants\":[{\"tenantId\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\",\"domains\":[],\"domains\":[]}]}", "$.tenants[0].domains")]
    [InlineData("{\"claims\":[{\"proofOfExecution\":{\"products\":[],\"products\":null}}]}", "$.claims[0].proofOfExecution.products")]
    [InlineData("{\"claims\":[],\"extra\":[{\"a\":1,\"\\u0061\":2}]}", "$.extra[0].a")]
    public void Read_RepeatedPropertyAnywhere_RefusesNamingTheRepeat(string json, string path)
    {
        var refused = ReadRefusal(json);

        Assert.Contains(refused.Problems, p => p.Path == path);
    }

    [Theory]
    [InlineData("claimId", "\"\\u001b]0;pwned\\u0007\"")]
    [InlineData("products", "[\"\\u001b[2J\"]")]
    [InlineData("customerDomain", "\"con\\u0000toso.com\"")]
    public void Read_ControlCharactersInAClaim_AreInvalidClaimDataAndNotEchoedRaw(string field, string raw)
    {
        var decided = DecideJson(WithRaw(Claim("C-1"), field, raw));

        var errors = decided.Decisions[0].Claim.DataErrors;
        Assert.Contains(errors, e => e.Field.StartsWith(field, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.False(HasControl(e.ToString()), e.ToString()));
        Assert.All(decided.Decisions[0].Findings, f => Assert.False(HasControl(f.Text(System.Globalization.CultureInfo.InvariantCulture).Message)));
    }

    [Theory]
    [InlineData("{\"claims\":[],\"tenants\":[{\"tenantId\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\",\"workloads\":[\"Te\\u001b[2Jams\"]}]}", "$.tenants[0].workloads[0]")]
    [InlineData("{\"claims\":[],\"subscriptions\":[{\"subscriptionId\":\"9a0c3f25-04e0-4f89-41d3-0305e82c3301\",\"tenantId\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\",\"product\":\"Sales\\u0007\",\"isDynamics\":true,\"channel\":\"Csp\",\"state\":\"Active\"}]}", "$.subscriptions[0].product")]
    public void Read_ControlCharactersInFacts_RefuseTheDocument(string json, string path)
    {
        var refused = ReadRefusal(json);

        Assert.Contains(refused.Problems, p => p.Path == path);
        Assert.All(refused.Problems, p => Assert.False(HasControl(p.ToString()), p.ToString()));
    }

    [Fact]
    public void Read_LongBadValue_IsEchoedCutAt64Characters()
    {
        var domain = new string('d', 3000) + "_.com";
        var refused = ReadRefusal($"{{\"claims\":[],\"tenants\":[{{\"tenantId\":\"{Tenant}\",\"domains\":[\"{domain}\"]}}]}}");

        var problem = Assert.Single(refused.Problems);
        Assert.Contains("…", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Message.Length < 300, problem.Message);
    }

    [Fact]
    public void Read_LongBadClaimValue_IsEchoedCutAt64Characters()
    {
        var decided = DecideJson(WithRaw(Claim("C-1"), "submittedOn", $"\"{new string('9', 3000)}\""));

        var error = Assert.Single(decided.Decisions[0].Claim.DataErrors);
        Assert.Contains("…", error.Reason, StringComparison.Ordinal);
        Assert.True(error.Reason.Length < 300, error.Reason);
    }

    [Fact]
    public void Read_InternationalisedDomain_MatchesItsPunycodeForm()
    {
        var document = Document(Claim("C-1").With("customerDomain", "회사.한국"));
        ((JsonArray)document["tenants"]![0]!["domains"]!).Add("xn--vf4b131b.xn--3e0b707e");

        var decided = document.Decide();

        Assert.DoesNotContain(decided.Decisions[0].Findings, f => f.Code == FindingCode.InvalidClaimData || f.Code == FindingCode.DomainTenantMismatch);
    }

    [Theory]
    [InlineData("123", "123")]
    [InlineData("-1.5e3", "-1.5e3")]
    public void Write_NumericClaimId_EchoesTheTextAsGiven(string raw, string echoed)
    {
        var decided = DecideJson(WithRaw(Claim("C-1"), "claimId", raw));
        using var output = new MemoryStream();

        DecisionDocumentWriter.Write(decided, output, System.Globalization.CultureInfo.InvariantCulture);

        var written = JsonNode.Parse(output.ToArray())!;
        Assert.Equal(echoed, (string?)written["decisions"]![0]!["claimId"]);
        Assert.Equal("C-2", (string?)written["decisions"]![1]!["claimId"]);
    }

    /// <summary>The default document with claims C-1 (whose <paramref name="field"/> is set to raw JSON text) and C-2.</summary>
    internal static string WithRaw(JsonObject claim, string field, string rawJson)
    {
        const string Marker = "\"@@raw@@\"";
        claim[field] = "@@raw@@";
        return Document(claim, TeamsClaim("C-2")).ToJsonString().Replace(Marker, rawJson, StringComparison.Ordinal);
    }

    private static bool HasControl(string text) => text.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0 || text.AsSpan().IndexOfAnyInRange('\u007f', '\u009f') >= 0;

    private static Cpor.Rules.Evaluation.BatchResult DecideJson(string json)
    {
        var read = BatchDocumentReader.Read(json);
        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : string.Empty);
        return read.AsT0.Decide();
    }
}
