using System.Text;
using System.Text.Json.Nodes;
using Cpor.Rules.Domain;
using Cpor.Rules.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Cpor.Rules.Tests.Serialization.BatchJson;

namespace Cpor.Rules.Tests.Serialization;

public sealed class BatchDocumentReaderTests
{
    [Fact]
    public void Read_ContractExample_ReadsEveryFactAndClaim()
    {
        var document = Document(Claim()).ReadDocument();

        Assert.Equal(new DateOnly(2020, 10, 5), document.AsOf);
        var tenant = Assert.Single(document.Facts.Tenants);
        Assert.Equal(TenantId.Parse(Tenant), tenant.Id);
        Assert.Equal(["contoso.onmicrosoft.com"], tenant.Domains.Select(d => d.Value));
        Assert.Equal(["Teams"], tenant.Workloads);
        var subscription = Assert.Single(document.Facts.Subscriptions);
        Assert.Equal((SalesProduct, true, PurchaseChannel.VolumeLicensing, SubscriptionState.Active), (subscription.Product, subscription.IsDynamics, subscription.Channel, subscription.State));
        Assert.Equal([Claimant, Incumbent], document.Facts.Partners.Select(p => p.Id.Value));
        Assert.Equal([SolutionArea.Microsoft365], document.Facts.Partners[0].EnrolledIn);
        var association = Assert.Single(document.Facts.Associations);
        Assert.Equal(AssociationKey.ForSubscription(TenantId.Parse(Tenant), SubscriptionId.Parse(Sales)), association.Key);
        Assert.Equal(new DateOnly(2020, 2, 20), association.PoeAcknowledgedOn);

        var claim = Assert.Single(document.Claims);
        Assert.Empty(claim.DataErrors);
        Assert.Equal("C-1001", claim.Id!.Value.Value);
        Assert.Equal(PartnerRole.IncentivesAdmin, claim.SubmittedBy);
        Assert.Equal(Activity.PreSales, claim.Activity);
        Assert.Equal(SubscriptionId.Parse(Sales), claim.SubscriptionId);
        Assert.Equal(new DateOnly(2020, 10, 1), claim.SubmittedOn);
        Assert.Equal(new DateOnly(2020, 9, 15), claim.ProofOfExecution!.CustomerAcknowledgedOn);
        Assert.Equal([SalesProduct], claim.Lines.Select(l => l.Product));
    }

    [Fact]
    public void Read_FactsAfterClaims_ReadsTheSameDocument()
    {
        var factsFirst = Document(Claim("C-1"), Claim("C-2"));
        var claimsFirst = new JsonObject { ["claims"] = factsFirst["claims"]!.DeepClone() };
        foreach (var (name, value) in factsFirst.Where(p => p.Key != "claims"))
        {
            claimsFirst[name] = value!.DeepClone();
        }

        var a = factsFirst.Decide();
        var b = claimsFirst.Decide();

        Assert.Equal(a.Decisions.Select(d => (d.ClaimId, d.Kind)), b.Decisions.Select(d => (d.ClaimId, d.Kind)));
        Assert.Equal(OutcomeKind.Eligible, b.Decisions[0].Kind);
    }

    [Fact]
    public void Read_UnknownFieldsAnywhere_AreIgnored()
    {
        var claim = Claim().With("note", "extra").With("score", new JsonArray(1, 2, new JsonObject { ["deep"] = true }));
        var document = Document(claim).With("generatedBy", new JsonObject { ["tool"] = "x" });
        ((JsonObject)document["tenants"]![0]!)["name"] = "Contoso";

        var read = document.ReadDocument();

        Assert.Empty(read.Claims[0].DataErrors);
        Assert.Single(read.Facts.Tenants);
    }

    [Fact]
    public void Read_AbsentFactListsAndAsOf_AreEmptyAndNone()
    {
        var read = new JsonObject { ["claims"] = new JsonArray(Claim()) }.ReadDocument();

        Assert.Null(read.AsOf);
        Assert.Empty(read.Facts.Tenants);
        Assert.Empty(read.Facts.Associations);
        Assert.Single(read.Claims);
    }

    [Fact]
    public void Read_ByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Document(Claim()).ToJsonString())).ToArray();

        var read = BatchDocumentReader.Read(new MemoryStream(bytes));

        Assert.True(read.IsT0);
    }

    [Fact]
    public void Read_ProgressGiven_IsToldTheBytesRead()
    {
        var bytes = Encoding.UTF8.GetBytes(Document(Claim()).ToJsonString());
        var reported = new List<long>();

        BatchDocumentReader.Read(new MemoryStream(bytes), new SynchronousProgress(reported.Add));

        Assert.Equal(bytes.Length, reported[^1]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Read_Empty_RefusedAtRoot(string json)
    {
        var problem = Assert.Single(ReadRefusal(json).Problems);

        Assert.Equal("$", problem.Path);
        Assert.Contains("empty", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("\"claims\"", "text")]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    public void Read_TopLevelNotAnObject_RefusedAtRoot(string json, string found)
    {
        var problem = Assert.Single(ReadRefusal(json).Problems);

        Assert.Equal("$", problem.Path);
        Assert.Contains(found, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"claims\": [}", "$.claims[0]")]
    [InlineData("{\"claims\": [{\"claimId\": \"C-1\",}]}", "$.claims[0]")]
    [InlineData("{\"asOf\": 2020-10-05, \"claims\": []}", "$.asOf")]
    [InlineData("{\"claims\": []} trailing", "$")]
    [InlineData("{\"claims\": [], // comment\n}", "$")]
    [InlineData("not json at all", "$")]
    public void Read_NotJson_RefusedNamingWhereAndTheLine(string json, string path)
    {
        var problem = Assert.Single(ReadRefusal(json).Problems);

        Assert.Equal(path, problem.Path);
        Assert.StartsWith("not valid JSON (line 1, byte ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedDocument_IsRefused()
    {
        var json = Document(Claim("C-1"), Claim("C-2")).ToJsonString();

        var refused = ReadRefusal(json[..(json.Length - 40)]);

        Assert.Contains(refused.Problems, p => p.Path == "$.claims[1]" && p.Message.StartsWith("not valid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NotUtf8InAClaim_IsInvalidClaimDataOfThatClaim()
    {
        var bytes = Encoding.UTF8.GetBytes(Document(Claim()).ToJsonString().Replace("C-1001", "C-100\u00e9", StringComparison.Ordinal));
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes[at] = 0xFF;

        var read = BatchDocumentReader.Read(new MemoryStream(bytes));

        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : string.Empty);
        var error = Assert.Single(read.AsT0.Claims[0].DataErrors);
        Assert.Equal("claimId", error.Field);
        Assert.Contains("not valid Unicode", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotUtf8InFacts_IsRefused()
    {
        var bytes = Encoding.UTF8.GetBytes(Document(Claim()).ToJsonString().Replace("\"Teams\"", "\"Team\u00e9\"", StringComparison.Ordinal));
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes[at] = 0xFF;

        var read = BatchDocumentReader.Read(new MemoryStream(bytes));

        Assert.True(read.IsT1);
        Assert.Equal("$.tenants[0].workloads[0]", Assert.Single(read.AsT1.Problems).Path);
    }

    [Fact]
    public void Read_ClaimsMissing_RefusedNamingClaims()
    {
        var refused = ReadRefusal(Document().Without("claims").ToJsonString());

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("$.claims", "required: the claims to decide (an array, possibly empty)"), (problem.Path, problem.Message));
    }

    [Theory]
    [InlineData("tenants")]
    [InlineData("subscriptions")]
    [InlineData("partners")]
    [InlineData("associations")]
    public void Read_FactListNull_IsEmpty(string list)
    {
        var read = Document(TeamsClaim("C-1")).With(list, null).ReadDocument();

        Assert.Single(read.Claims);
        Assert.Empty(list switch
        {
            "tenants" => (System.Collections.IEnumerable)read.Facts.Tenants,
            "subscriptions" => read.Facts.Subscriptions,
            "partners" => read.Facts.Partners,
            _ => read.Facts.Associations,
        });
    }

    [Theory]
    [InlineData("42", "expected a date in the form yyyy-MM-dd, found a number (42)")]
    [InlineData("{}", "expected a date in the form yyyy-MM-dd, found an object")]
    [InlineData("\"5 October 2020\"", "'5 October 2020' is not a date in the form yyyy-MM-dd")]
    public void Read_AsOfNotADate_RefusedSayingWhatWasFound(string raw, string message)
    {
        var problem = Assert.Single(ReadRefusal($"{{\"asOf\":{raw},\"claims\":[]}}").Problems);

        Assert.Equal(("$.asOf", message), (problem.Path, problem.Message));
    }

    [Theory]
    [InlineData("tenants", "tenantId", "$.tenants[0]")]
    [InlineData("subscriptions", "subscriptionId", "$.subscriptions[0]")]
    [InlineData("partners", "partnerId", "$.partners[0]")]
    public void Read_SameFactTwice_RefusedNamingTheFirst(string list, string field, string first)
    {
        var document = Document(Claim());
        var facts = (JsonArray)document[list]!;
        facts.Add(facts[0]!.DeepClone());

        var problem = Assert.Single(ReadRefusal(document.ToJsonString()).Problems);

        Assert.Equal(($"$.{list}[{facts.Count - 1}].{field}", $"duplicate: {first} has the same {field}"), (problem.Path, problem.Message));
    }

    [Fact]
    public void Read_ClaimThatIsAnArrayHoldingARepeatedName_OnlyRefusedAsNotAnObject()
    {
        var problem = Assert.Single(ReadRefusal("{\"claims\":[[{\"a\":1,\"a\":2}]]}").Problems);

        Assert.Equal(("$.claims[0]", "a claim must be a JSON object, found an array"), (problem.Path, problem.Message));
    }

    [Theory]
    [InlineData("{\"claims\":{\"asOf\":\"x\",\"claims\":[1]}}", "$.claims", "expected an array, found an object")]
    [InlineData("{\"claims\":[],\"tenants\":[[{\"tenants\":[]}],{\"tenants\":[]}]}", "$.tenants[0]", "a tenant must be a JSON object, found an array")]
    [InlineData("{\"claims\":[],\"partners\":{\"partners\":[],\"claims\":[]}}", "$.partners", "expected an array, found an object")]
    [InlineData("{\"claims\":[],\"associations\":[[\"associations\"]]}", "$.associations[0]", "an association must be a JSON object, found an array")]
    public void Read_StructuredValueWhereAListIsExpected_SkippedWhole(string json, string path, string message)
    {
        var problems = ReadRefusal(json).Problems;

        Assert.Contains(problems, p => p.Path == path && p.Message.StartsWith(message, StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Message.Contains("repeat", StringComparison.Ordinal) || p.Path == "$.asOf");
    }

    [Fact]
    public void Read_TopLevelNameNotUnicode_ReportedOnceAndItsValueCheckedAndSkipped()
    {
        var refused = ReadRefusal("{\"\\ud800\":[\"\\ud800\",{\"claims\":1}],\"claims\":[]}");

        Assert.Equal(
            [("$", $"a property name {JsonStrings.NotUnicode}"), ("$[0]", JsonStrings.NotUnicode)],
            refused.Problems.Select(p => (p.Path, p.Message)));
    }

    [Fact]
    public void Read_TopLevelTextNotUnicode_RefusedOnceAsNotAnObject()
    {
        var problem = Assert.Single(ReadRefusal("\"\\ud800\"").Problems);

        Assert.Equal(("$", "expected a batch document (a JSON object with \"claims\" and the facts), found text"), (problem.Path, problem.Message));
    }

    [Fact]
    public void Read_NotUnicodeInAnAssociation_RefusedWithItsPath()
    {
        var document = Document(Claim());
        ((JsonObject)document["associations"]![0]!)["activity"] = "@@bad@@";

        var problem = Assert.Single(ReadRefusal(document.ToJsonString().Replace("\"@@bad@@\"", "\"\\ud800\"", StringComparison.Ordinal)).Problems);

        Assert.Equal(("$.associations[0].activity", JsonStrings.NotUnicode), (problem.Path, problem.Message));
    }

    [Fact]
    public void Read_RepeatedNamesShareOneString()
    {
        var document = Document(Claim("C-1"), Claim("C-2")).ReadDocument();

        Assert.Same(document.Claims[0].Lines[0].Product, document.Claims[1].Lines[0].Product);
        Assert.Same(document.Claims[0].CustomerDomain!.Value.Value, document.Claims[1].CustomerDomain!.Value.Value);
        Assert.Same(document.Facts.Subscriptions[0].Product, document.Claims[0].Lines[0].Product);
    }

    [Theory]
    [InlineData("{}", "an object")]
    [InlineData("null", "null")]
    [InlineData("\"C-1\"", "text")]
    public void Read_ClaimsNotAnArray_RefusedNamingClaims(string claims, string found)
    {
        var refused = ReadRefusal($"{{\"asOf\": \"2020-10-05\", \"claims\": {claims}}}");

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("$.claims", problem.Path);
        Assert.Equal($"expected an array, found {found}", problem.Message);
    }

    [Fact]
    public void Read_ClaimsThatAreNotObjects_RefusedNamingEachOne()
    {
        var document = Document(Claim("C-1"));
        var claims = (JsonArray)document["claims"]!;
        claims.Add("C-2");
        claims.Add(Claim("C-3"));
        claims.Add(new JsonArray());
        claims.Add(null);

        var refused = ReadRefusal(document.ToJsonString());

        Assert.Equal(["$.claims[1]", "$.claims[3]", "$.claims[4]"], refused.Problems.Select(p => p.Path));
        Assert.Equal("a claim must be a JSON object, found text", refused.Problems[0].Message);
    }

    [Fact]
    public void Read_MalformedFacts_RefusedNamingThePathOfEveryProblem()
    {
        var document = Document(Claim());
        var tenant = (JsonObject)document["tenants"]![0]!;
        tenant["tenantId"] = "contoso";
        tenant["domains"] = new JsonArray("contoso.onmicrosoft.com", "not a domain", 7);
        var subscription = (JsonObject)document["subscriptions"]![0]!;
        subscription["state"] = "Lapsed";
        subscription["isDynamics"] = "yes";
        subscription.Remove("channel");
        ((JsonObject)document["partners"]![1]!)["enrolledIn"] = new JsonArray("BusinessApplications", "Azure");
        ((JsonObject)document["associations"]![0]!)["approvedOn"] = "01/03/2020";

        var refused = ReadRefusal(document.ToJsonString());

        Assert.Equal(
            [
                "$.tenants[0].tenantId",
                "$.tenants[0].domains[1]",
                "$.tenants[0].domains[2]",
                "$.subscriptions[0].isDynamics",
                "$.subscriptions[0].channel",
                "$.subscriptions[0].state",
                "$.partners[1].enrolledIn[1]",
                "$.associations[0].approvedOn",
            ],
            refused.Problems.Select(p => p.Path));
        Assert.Contains("'contoso' is not a valid TenantId", refused.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("'Lapsed' is not a SubscriptionState", refused.Problems[5].Message, StringComparison.Ordinal);
        Assert.Contains("Active, InGrace, Pending", refused.Problems[5].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ProblemsInFactsAndClaims_AreAllReportedInDocumentOrder()
    {
        var document = Document(Claim("C-1"));
        ((JsonArray)document["claims"]!).Add(5);
        document["partners"] = "none";
        document["asOf"] = "5 October 2020";

        var refused = ReadRefusal(document.ToJsonString());

        Assert.Equal(["$.asOf", "$.partners", "$.claims[1]"], refused.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Read_FactEntryNotAnObject_RefusedNamingIt()
    {
        var document = Document(Claim());
        ((JsonArray)document["subscriptions"]!).Add("1a6f3c2e-7b4d-4e59-8a01-3c5d7e9f0001");

        var problem = Assert.Single(ReadRefusal(document.ToJsonString()).Problems);

        Assert.Equal("$.subscriptions[1]", problem.Path);
        Assert.Equal("a subscription must be a JSON object, found text", problem.Message);
    }

    [Fact]
    public void Read_SameTenantTwice_RefusedNamingTheDuplicate()
    {
        var document = Document(Claim());
        var tenants = (JsonArray)document["tenants"]!;
        tenants.Add(tenants[0]!.DeepClone());

        var problem = Assert.Single(ReadRefusal(document.ToJsonString()).Problems);

        Assert.Equal("$.tenants[1].tenantId", problem.Path);
        Assert.Contains("$.tenants[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Microsoft365AssociationWithoutWorkload_RefusedNamingWorkload()
    {
        var document = Document(Claim());
        var association = (JsonObject)document["associations"]![0]!;
        association["solutionArea"] = "Microsoft365";

        var problem = Assert.Single(ReadRefusal(document.ToJsonString()).Problems);

        Assert.Equal("$.associations[0].workload", problem.Path);
    }

    [Theory]
    [InlineData("solutionArea", "\"Dynamics\"", "solutionArea")]
    [InlineData("activity", "\"usage\"", "activity")]
    [InlineData("submittedBy", "null", "submittedBy")]
    [InlineData("tenantId", "\"3f2504e0\"", "tenantId")]
    [InlineData("tenantId", "42", "tenantId")]
    [InlineData("partnerId", "4412345", "partnerId")]
    [InlineData("claimId", "1001", "claimId")]
    [InlineData("customerDomain", "[\"contoso.com\"]", "customerDomain")]
    [InlineData("submittedOn", "\"2020-13-01\"", "submittedOn")]
    [InlineData("products", "\"Dynamics 365 Sales\"", "products")]
    [InlineData("products", "[]", "products")]
    [InlineData("products", "[\"Dynamics 365 Sales\", 3]", "products[1]")]
    [InlineData("proofOfExecution", "\"signed\"", "proofOfExecution")]
    public void Read_BadValueInsideAClaim_BecomesOneDataErrorOnThatField(string property, string value, string field)
    {
        var document = Document(Claim("C-1"), Claim("C-2"), Claim("C-3"));
        ((JsonObject)document["claims"]![1]!)[property] = JsonNode.Parse(value);

        var read = document.ReadDocument();

        Assert.Empty(read.Claims[0].DataErrors);
        Assert.Equal(field, Assert.Single(read.Claims[1].DataErrors).Field);
        Assert.Empty(read.Claims[2].DataErrors);
    }

    [Theory]
    [InlineData("customerAcknowledgedOn", "20200915", "proofOfExecution.customerAcknowledgedOn")]
    [InlineData("describesPartnerService", "\"yes\"", "proofOfExecution.describesPartnerService")]
    [InlineData("describesPartnerService", "null", "proofOfExecution.describesPartnerService")]
    [InlineData("products", "[null]", "proofOfExecution.products[0]")]
    public void Read_BadValueInsideTheProof_BecomesOneDataError(string property, string value, string field)
    {
        var claim = Claim();
        ((JsonObject)claim["proofOfExecution"]!)[property] = JsonNode.Parse(value);

        var read = Document(claim).ReadDocument();

        Assert.Equal(field, Assert.Single(read.Claims[0].DataErrors).Field);
    }

    [Fact]
    public void Read_MissingField_BecomesADataErrorSayingItIsRequired()
    {
        var read = Document(Claim().Without("tenantId")).ReadDocument();

        var error = Assert.Single(read.Claims[0].DataErrors);
        Assert.Equal("tenantId", error.Field);
        Assert.Contains("required", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NumberWhereTextIsExpected_SaysWhatWasFound()
    {
        var read = Document(Claim().With("claimId", 1001)).ReadDocument();

        var error = Assert.Single(read.Claims[0].DataErrors);
        Assert.Equal("expected text, found a number (1001)", error.Reason);
        Assert.Equal("1001", error.Value);
    }

    [Theory]
    [InlineData("12345", "12345")]
    [InlineData("true", "true")]
    [InlineData("\"SUB-2020-0042\"", "SUB-2020-0042")]
    [InlineData("\"00000000-0000-0000-0000-000000000000\"", "00000000-0000-0000-0000-000000000000")]
    public void Read_SubscriptionIdentifierNotAGuid_IsKeptAsMalformed(string value, string kept)
    {
        var read = Document(Claim().With("subscriptionId", JsonNode.Parse(value))).ReadDocument();

        var claim = read.Claims[0];
        Assert.Empty(claim.DataErrors);
        Assert.Equal(kept, claim.MalformedSubscriptionId);
        Assert.Null(claim.SubscriptionId);
    }

    [Fact]
    public void Read_ProofOfExecutionNullOrAbsent_IsNoProof()
    {
        var read = Document(Claim("C-1").With("proofOfExecution", null), Claim("C-2").Without("proofOfExecution")).ReadDocument();

        Assert.All(read.Claims, c => Assert.Null(c.ProofOfExecution));
        Assert.All(read.Claims, c => Assert.Empty(c.DataErrors));
    }

    [Fact]
    public void Read_AcknowledgmentNull_IsAProofWithoutAcknowledgment()
    {
        var claim = Claim();
        ((JsonObject)claim["proofOfExecution"]!)["customerAcknowledgedOn"] = null;

        var read = Document(claim).ReadDocument();

        Assert.NotNull(read.Claims[0].ProofOfExecution);
        Assert.Null(read.Claims[0].ProofOfExecution!.CustomerAcknowledgedOn);
        Assert.Empty(read.Claims[0].DataErrors);
    }

    [Fact]
    public void Read_EscapedNamesAndValues_AreUnescaped()
    {
        const string json = """
            {"claims": [{"claim\u0049d": "C-\u0031", "products": ["Dynamics 365 \u0053ales", "Teams\t"]}]}
            """;

        var claim = Assert.Single(BatchDocumentReader.Read(json).AsT0.Claims);

        Assert.Equal("C-1", claim.Id!.Value.Value);
        Assert.Equal(["Dynamics 365 Sales"], claim.Lines.Select(l => l.Product));
        Assert.Contains(claim.DataErrors, e => e.Field == "products[1]" && e.Reason.Contains("control characters", StringComparison.Ordinal));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 60)]
    public void Read_AnyWindowSize_ReadsWhatTheDefaultWindowReads(Batch batch, WindowSize window)
    {
        // 60 cases: each one parses the same batch twice, with windows down to one byte, which crosses every token boundary.
        var bytes = Encoding.UTF8.GetBytes(batch.Json);

        var expected = Parse(bytes, BatchDocumentParser.DefaultWindow);
        var actual = Parse(bytes, window.Bytes);

        Assert.Equal(expected, actual);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 100)]
    public void Read_WellFormedClaimObjects_AreNeverRefusedAndKeepTheirOrder(Batch batch)
    {
        var read = BatchDocumentReader.Read(batch.Json);

        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : string.Empty);
        Assert.Equal(batch.ClaimIds, read.AsT0.Claims.Select(c => c.Id?.Value));
    }

    private static string Parse(byte[] bytes, int window)
    {
        using var parser = new BatchDocumentParser(new MemoryStream(bytes), progress: null, window);
        return parser.Parse().Match(
            document => string.Join('\n', document.Claims.Select(Describe)) + $"\n{document.Facts.Tenants.Count} tenants, {document.Facts.Associations.Count} associations",
            refused => refused.ToString());
    }

    private static string Describe(Claim claim)
        => $"{claim.Id}|{claim.PartnerId}|{claim.TenantId}|{claim.SolutionArea}|{string.Join(",", claim.Lines.Select(l => l.Product))}|"
            + $"{claim.ProofOfExecution?.CustomerAcknowledgedOn}|{string.Join(";", claim.DataErrors)}";

    /// <summary>A batch document made of claim objects, valid and invalid; the claim IDs that are readable, in order (null where not).</summary>
    public sealed record Batch(string Json, IReadOnlyList<string?> ClaimIds)
    {
        public override string ToString() => Json;
    }

    /// <summary>A reading window, in bytes.</summary>
    public sealed record WindowSize(int Bytes);

    public static class Arbitraries
    {
        private static readonly string[] BadValues = ["42", "true", "null", "[]", "{}", "\"\"", "\"x\"", "-1.5e3"];
        private static readonly string[] Fields = ["claimId", "partnerId", "submittedBy", "tenantId", "customerDomain", "solutionArea", "activity", "products", "subscriptionId", "submittedOn", "proofOfExecution"];

        public static Arbitrary<WindowSize> Windows() => Gen.Choose(1, 300).Select(n => new WindowSize(n)).ToArbitrary();

        public static Arbitrary<Batch> Batches()
        {
            var claim = Gen.Choose(1, 9999).SelectMany(
                id => Gen.Elements(Fields).SelectMany(
                    field => Gen.Elements(BadValues).SelectMany(
                        bad => Gen.Choose(0, 3).Select(kind => Variant(id, kind, field, bad)))));
            return Gen.ListOf(claim).Select(claims =>
            {
                var document = Document();
                document["claims"] = new JsonArray([.. claims.Select(c => c.Node)]);
                return new Batch(document.ToJsonString(), [.. claims.Select(c => c.Id)]);
            }).ToArbitrary();
        }

        /// <summary>0: the example claim; 1: one field bad; 2: a Teams claim; 3: one field missing.</summary>
        private static (JsonObject Node, string? Id) Variant(int id, int kind, string field, string bad)
        {
            var claimId = $"C-{id}";
            var node = kind == 2 ? TeamsClaim(claimId) : Claim(claimId);
            if (kind == 1)
            {
                node[field] = JsonNode.Parse(bad);
            }
            else if (kind == 3)
            {
                node.Remove(field);
            }

            string? readable = claimId;
            if (field == "claimId" && kind == 1)
            {
                readable = bad == "\"x\"" ? "x" : null;
            }
            else if (field == "claimId" && kind == 3)
            {
                readable = null;
            }

            return (node, readable);
        }
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
