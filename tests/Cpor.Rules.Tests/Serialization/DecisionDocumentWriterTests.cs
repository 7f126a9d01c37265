using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Cpor.Rules.Tests.Serialization.BatchJson;

namespace Cpor.Rules.Tests.Serialization;

public sealed class DecisionDocumentWriterTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko-KR");

    [Fact]
    public void Write_ContractExample_WritesEveryMustHaveFieldAsTheContractShowsIt()
    {
        var root = Write(Document(Claim()).Decide());

        Assert.Equal("cpor-2020.09", root.GetProperty("ruleSet").GetString());
        Assert.Equal("2020-10-05", root.GetProperty("asOf").GetString());

        var decision = Assert.Single(root.GetProperty("decisions").EnumerateArray());
        Assert.Equal("C-1001", decision.GetProperty("claimId").GetString());
        Assert.Equal("Eligible", decision.GetProperty("outcome").GetString());
        var finding = Assert.Single(decision.GetProperty("findings").EnumerateArray());
        Assert.Equal("CPOR-022", finding.GetProperty("rule").GetString());
        Assert.Equal("PartnerNotEnrolled", finding.GetProperty("code").GetString());
        Assert.Equal("Advisory", finding.GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("product").ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("remediation").GetString()));
        var line = Assert.Single(decision.GetProperty("lines").EnumerateArray());
        Assert.Equal(SalesProduct, line.GetProperty("product").GetString());
        Assert.Equal(Sales, line.GetProperty("subscriptionId").GetString());
        Assert.Equal("Eligible", line.GetProperty("outcome").GetString());

        var contest = Assert.Single(root.GetProperty("arbitrations").EnumerateArray());
        Assert.Equal(Tenant, contest.GetProperty("tenantId").GetString());
        Assert.Equal(Sales, contest.GetProperty("subscriptionId").GetString());
        Assert.Equal(JsonValueKind.Null, contest.GetProperty("workload").ValueKind);
        Assert.Equal("Decided", contest.GetProperty("result").GetString());
        var ranking = contest.GetProperty("ranking").EnumerateArray().ToArray();
        Assert.Equal(2, ranking.Length);
        Assert.Equal((1, "C-1001", Claimant, "PoeRecency", false), Place(ranking[0]));
        Assert.Equal((2, null, Incumbent, null, true), Place(ranking[1]));

        var summary = root.GetProperty("summary");
        Assert.Equal(
            [1, 1, 0, 0, 0, 0],
            new[] { "claims", "eligible", "rejected", "actionRequired", "underReview", "partiallyEligible" }.Select(n => summary.GetProperty(n).GetInt32()));
    }

    [Fact]
    public void Write_TieForFirstPlace_WritesSeverityNullAndManualReview()
    {
        var document = Document(Claim("C-1"), Claim("C-2").With("partnerId", Incumbent)).With("associations", new JsonArray());

        var root = Write(document.Decide());

        foreach (var decision in root.GetProperty("decisions").EnumerateArray())
        {
            Assert.Equal("UnderReview", decision.GetProperty("outcome").GetString());
            var finding = decision.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "CPOR-026");
            Assert.Equal("CompetingClaimUnderReview", finding.GetProperty("code").GetString());
            Assert.Equal(JsonValueKind.Null, finding.GetProperty("severity").ValueKind);
            Assert.Equal(SalesProduct, finding.GetProperty("product").GetString());
        }

        var contest = Assert.Single(root.GetProperty("arbitrations").EnumerateArray());
        Assert.Equal("ManualReview", contest.GetProperty("result").GetString());
        Assert.All(contest.GetProperty("ranking").EnumerateArray(), p => Assert.Equal(1, p.GetProperty("rank").GetInt32()));
        Assert.All(contest.GetProperty("ranking").EnumerateArray(), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("separatedBy").ValueKind));
    }

    [Fact]
    public void Write_Microsoft365Line_WritesItsWorkloadAndNoSubscription()
    {
        var root = Write(Document(TeamsClaim("M-1")).Decide());

        var line = root.GetProperty("decisions")[0].GetProperty("lines")[0];
        Assert.Equal("Teams", line.GetProperty("product").GetString());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("subscriptionId").ValueKind);
        Assert.Equal("Teams", line.GetProperty("workload").GetString());
    }

    [Fact]
    public void Write_LineNotResolved_WritesNullKeyAndTheLineFinding()
    {
        var claim = Claim().With("subscriptionId", null).With("products", new JsonArray("Dynamics 365 Marketing"));
        ((JsonObject)claim["proofOfExecution"]!)["products"] = new JsonArray("Dynamics 365 Marketing");

        var decision = Write(Document(claim).Decide()).GetProperty("decisions")[0];

        var line = decision.GetProperty("lines")[0];
        Assert.Equal(JsonValueKind.Null, line.GetProperty("subscriptionId").ValueKind);
        Assert.Equal(JsonValueKind.Null, line.GetProperty("workload").ValueKind);
        Assert.Equal("Rejected", line.GetProperty("outcome").GetString());
        var finding = decision.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "ProductNotInTenant");
        Assert.Equal("Dynamics 365 Marketing", finding.GetProperty("product").GetString());
        Assert.Equal("Blocking", finding.GetProperty("severity").GetString());
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"C-\\u0007\"", "C-\u0007")]
    [InlineData("1001", "1001")]
    [InlineData("null", null)]
    public void Write_ClaimIdUnreadable_EchoesTheTextGivenOrNull(string claimId, string? written)
    {
        var root = Write(Document(Claim("C-1"), Claim().With("claimId", JsonNode.Parse(claimId))).Decide());

        var decision = root.GetProperty("decisions")[1];
        var id = decision.GetProperty("claimId");
        Assert.Equal(written, id.ValueKind == JsonValueKind.Null ? null : id.GetString());
        Assert.Equal("Rejected", decision.GetProperty("outcome").GetString());
        Assert.Contains(decision.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "InvalidClaimData");
    }

    [Fact]
    public void Write_NoEvaluationDate_WritesAsOfNull()
    {
        var root = Write(new JsonObject { ["claims"] = new JsonArray(Claim()) }.Decide());

        Assert.Equal(JsonValueKind.Null, root.GetProperty("asOf").ValueKind);
    }

    [Fact]
    public void Write_Korean_WordsEveryFindingInKorean()
    {
        var result = Document(Claim("C-1"), Claim("C-2").With("submittedBy", "IncentivesUser").With("proofOfExecution", null)).Decide();

        var root = Write(result, Korean);

        var findings = result.Decisions.SelectMany(d => d.Findings).ToArray();
        var written = root.GetProperty("decisions").EnumerateArray().SelectMany(d => d.GetProperty("findings").EnumerateArray()).ToArray();
        Assert.Equal(findings.Length, written.Length);
        foreach (var (finding, json) in findings.Zip(written))
        {
            var text = finding.Text(Korean);
            Assert.Equal(text.Title, json.GetProperty("title").GetString());
            Assert.Equal(text.Message, json.GetProperty("message").GetString());
            Assert.Equal(text.Remediation, json.GetProperty("remediation").GetString());
        }
    }

    [Fact]
    public void Write_TextOutsideAscii_IsWrittenAsIsNotEscaped()
    {
        var claim = Claim().With("products", new JsonArray("다이내믹스 영업"));

        var json = WriteText(Document(claim).Decide(), Korean);

        Assert.Contains("\"product\": \"다이내믹스 영업\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ToAUtf8JsonWriter_WritesTheSameDocumentAsToAStream()
    {
        var result = Document(Claim("C-1"), TeamsClaim("M-1")).Decide();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            DecisionDocumentWriter.Write(result, writer, English);
        }

        using var stream = new MemoryStream();
        DecisionDocumentWriter.Write(result, stream, English);

        Assert.Equal(stream.ToArray(), buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Write_ManyDecisions_HandsTheOutputOverInPieces()
    {
        var claims = Enumerable.Range(1, 3_000).Select(i => TeamsClaim($"M-{i}")).ToArray();
        var result = Document(claims).Decide();
        var stream = new RecordingStream();

        DecisionDocumentWriter.Write(result, stream, English, indented: true);

        Assert.True(stream.Writes.Count > 10, $"{stream.Writes.Count} write(s)");
        Assert.True(stream.Writes.Max() < 256 * 1024, $"largest write {stream.Writes.Max()} bytes");
        Assert.Equal(3_000, JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("decisions").GetArrayLength());
    }

    [Fact]
    public void Write_NullArgument_ThrowsArgumentNullException()
    {
        var result = Document(Claim()).Decide();

        Assert.Throws<ArgumentNullException>("result", () => DecisionDocumentWriter.Write(null!, new MemoryStream(), English));
        Assert.Throws<ArgumentNullException>("utf8Json", () => DecisionDocumentWriter.Write(result, (Stream)null!, English));
        Assert.Throws<ArgumentNullException>("culture", () => DecisionDocumentWriter.Write(result, new MemoryStream(), null!));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 50)]
    public void Write_AnyBatch_WritesEveryClaimOnceInInputOrder(MixedBatch batch)
    {
        // 50 cases: each one reads, decides and writes a batch of up to a few dozen claims of every kind.
        var root = Write(batch.Document.Decide());

        var decisions = root.GetProperty("decisions").EnumerateArray().ToArray();
        Assert.Equal(batch.ClaimIds, decisions.Select(d => d.GetProperty("claimId").ValueKind == JsonValueKind.Null ? null : d.GetProperty("claimId").GetString()));
        Assert.All(decisions, d => Assert.Contains(d.GetProperty("outcome").GetString(), OutcomeKind.List.Select(k => k.Name)));
        var summary = root.GetProperty("summary");
        Assert.Equal(decisions.Length, summary.GetProperty("claims").GetInt32());
        Assert.Equal(
            decisions.Length,
            new[] { "eligible", "rejected", "actionRequired", "underReview", "partiallyEligible" }.Sum(n => summary.GetProperty(n).GetInt32()));
    }

    private static (int Rank, string? ClaimId, string? PartnerId, string? SeparatedBy, bool Incumbent) Place(JsonElement place)
        => (place.GetProperty("rank").GetInt32(),
            place.GetProperty("claimId").GetString(),
            place.GetProperty("partnerId").GetString(),
            place.TryGetProperty("separatedBy", out var by) ? by.GetString() : null,
            place.GetProperty("incumbent").GetBoolean());

    private static JsonElement Write(BatchResult result, CultureInfo? culture = null)
        => JsonDocument.Parse(WriteText(result, culture ?? English)).RootElement.Clone();

    private static string WriteText(BatchResult result, CultureInfo culture)
    {
        using var stream = new MemoryStream();
        DecisionDocumentWriter.Write(result, stream, culture, indented: true);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A batch of claims of every kind, with the claim ID each decision must echo (null when none can be).</summary>
    public sealed record MixedBatch(JsonObject Document, IReadOnlyList<string?> ClaimIds)
    {
        public override string ToString() => Document.ToJsonString();
    }

    public static class Arbitraries
    {
        public static Arbitrary<MixedBatch> Batches()
        {
            // Claim IDs repeat on purpose (duplicates are decided like any claim); some are unreadable.
            var id = Gen.Frequency(
                (8, Gen.Choose(1, 6).Select(n => (JsonNode?)JsonValue.Create($"C-{n}"))),
                (1, Gen.Elements<JsonNode?>(JsonValue.Create(""), JsonValue.Create(7), null)));
            var change = Gen.Elements<Func<JsonObject, JsonObject>>(
                c => c,
                c => c.With("partnerId", Incumbent),
                c => c.With("proofOfExecution", null),
                c => c.With("submittedBy", "Other"),
                c => c.With("tenantId", "22222222-2222-4222-8222-222222222222"),
                c => c.With("activity", "Selling"),
                c => c.With("subscriptionId", "not-a-subscription"),
                c => c.With("products", new JsonArray("Dynamics 365 Sales", "Dynamics 365 Finance")));
            var claim = Gen.Elements(true, false).SelectMany(teams => id.SelectMany(claimId => change.Select(c =>
            {
                var node = c(teams ? TeamsClaim("placeholder") : Claim("placeholder"));
                node["claimId"] = claimId?.DeepClone();
                return (Node: node, Id: Echo(claimId));
            })));
            return Gen.ListOf(claim).Select(claims => new MixedBatch(
                Document([.. claims.Select(c => c.Node)]),
                [.. claims.Select(c => c.Id)])).ToArbitrary();
        }

        private static string? Echo(JsonNode? claimId)
            => claimId is JsonValue value ? (value.TryGetValue<string>(out var text) ? text : value.ToJsonString()) : null;
    }

    private sealed class RecordingStream : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes.Add(buffer.Length);
            base.Write(buffer);
        }
    }

    [Fact]
    public void Write_NullArgument_ThrowsArgumentNullNamingIt()
    {
        var result = Document(Claim()).Decide();
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);

        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => DecisionDocumentWriter.Write(null!, stream, English)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => DecisionDocumentWriter.Write(result, (Stream)null!, English)).ParamName);
        Assert.Equal("culture", Assert.Throws<ArgumentNullException>(() => DecisionDocumentWriter.Write(result, stream, null!)).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => DecisionDocumentWriter.Write(null!, writer, English)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => DecisionDocumentWriter.Write(result, (Utf8JsonWriter)null!, English)).ParamName);
        Assert.Equal("culture", Assert.Throws<ArgumentNullException>(() => DecisionDocumentWriter.Write(result, writer, null!)).ParamName);
    }

    [Fact]
    public void Write_NoDecisionAndNullCulture_ThrowsArgumentNullNamingIt()
    {
        var empty = new JsonObject { ["claims"] = new JsonArray() }.Decide();
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);

        Assert.Equal("culture", Assert.Throws<ArgumentNullException>(() => DecisionDocumentWriter.Write(empty, writer, null!)).ParamName);
        Assert.Equal("culture", Assert.Throws<ArgumentNullException>(() => DecisionDocumentWriter.Write(empty, stream, null!)).ParamName);
    }

    [Fact]
    public void Write_CallersWriter_FlushedWhenDoneWithoutDisposing()
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);

        DecisionDocumentWriter.Write(Document(Claim()).Decide(), writer, English);

        Assert.Equal(0, writer.BytesPending);
        Assert.Equal("cpor-2020.09", JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("ruleSet").GetString());
    }
}
