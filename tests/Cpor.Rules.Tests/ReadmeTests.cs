using System.Globalization;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Tests;

/// <summary>Keeps the README honest: its quick start compiles and runs here, and its rule catalogue matches the rules.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void QuickStart_Run_DecidesTheClaimEligible()
    {
        var verdict = QuickStart();

        Assert.Equal("eligible", verdict);
    }

    [Fact]
    public void QuickStart_Run_PrintsTheVerdict()
    {
        Console.Printed.Clear();

        QuickStart();

        Assert.Equal(["eligible"], Console.Printed);
    }

    [Fact]
    public void QuickStart_ReadmeBlock_EndsByPrintingTheVerdict()
    {
        var block = Repository.Section("README.md", "quick-start").Where(l => l.Trim().Length > 0 && !l.StartsWith("```", StringComparison.Ordinal)).ToList();

        Assert.Equal("Console.WriteLine(verdict);   // eligible", block[^1]);
    }

    [Fact]
    public void QuickStart_ReadmeBlock_IsTheCodeThisTestRuns()
    {
        var block = Repository.Section("README.md", "quick-start").Where(l => !l.StartsWith("```", StringComparison.Ordinal)).ToList();
        var source = Repository.Read("tests/Cpor.Rules.Tests/ReadmeTests.cs");

        var missing = block
            .Where(l => l.Trim().Length > 0)
            .Where(l => !source.Contains(l.Trim(), StringComparison.Ordinal))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Catalogue_ReadmeTable_MatchesTheRulesMetadata()
    {
        var rows = Repository.Section("README.md", "catalogue")
            .Skip(2)
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();
        var rules = CporRuleSet.Default.Catalogue;

        Assert.Equal(rules.Select(r => r.Metadata.Id), rows.Select(r => r[0]));
        foreach (var (rule, row) in rules.Zip(rows))
        {
            Assert.Equal($"`{rule.Code.Name}`", row[1]);
            var severity = rule.Code.Severity is null ? "— (UnderReview)" : rule.Code.Severity.Name + (rule.Code.IsRetryable ? " (retryable)" : string.Empty);
            Assert.Equal(severity, row[2]);
            Assert.Equal(rule.Scope.ToString().ToLowerInvariant(), row[3]);
            Assert.Equal(rule.Metadata.Basis, row[5]);
        }
    }

    [Fact]
    public void Catalogue_EveryCatalogueCode_HasExactlyOneRule()
    {
        Assert.Equal(
            // CPOR-900 has no rule: the library reports it when another rule fails (DOMAIN.md section 8).
            FindingCode.List.Where(c => c != FindingCode.EvaluationFault).OrderBy(c => c.Value).Select(c => c.RuleId),
            CporRuleSet.Default.Catalogue.Select(r => r.Metadata.Id));
    }

    private static string QuickStart()
    {
        var tenant = TenantId.Parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        var subscription = SubscriptionId.Parse("9a0c3f25-04e0-4f89-41d3-0305e82c3301");
        var facts = FactSnapshot.Create(
            tenants: [new CustomerTenant(tenant, [CustomerDomain.Parse("contoso.onmicrosoft.com")], workloads: ["Teams"])],
            subscriptions: [new Subscription(subscription, tenant, "Dynamics 365 Sales", isDynamics: true,
                                             PurchaseChannel.VolumeLicensing, SubscriptionState.Active)],
            partners: [new Partner(PartnerId.Parse("4412345"), PartnerAccount.Location, [SolutionArea.BusinessApplications])],
            associations: []);

        var claim = Claim.Create(
            ClaimId.Parse("C-1001"), PartnerId.Parse("4412345"), PartnerRole.IncentivesAdmin, tenant,
            CustomerDomain.Parse("contoso.onmicrosoft.com"), SolutionArea.BusinessApplications, Activity.PreSales,
            products: ["Dynamics 365 Sales"], submittedOn: new DateOnly(2020, 10, 1),
            proofOfExecution: new ProofOfExecution(new DateOnly(2020, 9, 15), describesPartnerService: true, ["Dynamics 365 Sales"]));

        ClaimDecision decision = CporRuleSet.Default.Evaluate(claim, facts);

        string verdict = decision.Outcome.Match(
            eligible => "eligible",
            partial => "remove the rejected products",
            actionRequired => "fix the proof of execution",
            underReview => "a reviewer decides",
            rejected => string.Join("; ", rejected.Findings.Select(f => f.Text(System.Globalization.CultureInfo.GetCultureInfo("en")).Remediation)));
        Console.WriteLine(verdict);   // eligible
        return verdict;
    }

    /// <summary>Stands in for <see cref="System.Console"/> in the quick start, so that the test sees what it prints.</summary>
    private static class Console
    {
        [ThreadStatic]
        private static List<string>? _printed;

        public static List<string> Printed => _printed ??= [];

        public static void WriteLine(string text) => Printed.Add(text);
    }
}
