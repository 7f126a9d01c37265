using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using RulesEngine.Models;

namespace Cpor.Rules.Benchmarks.Peer;

/// <summary>
/// The benchmark peer: Microsoft RulesEngine 6.0.1 evaluating the same eligibility checks as a workflow of lambda
/// expression strings over pre-joined <see cref="PeerLine"/>s. Arbitration and duplicate detection are excluded (they
/// are batch-level, not per-input expressions); so are CPOR-016, 025 and 026 when results are compared.
/// </summary>
public sealed class RulesEnginePeer
{
    private const string WorkflowName = "cpor-2020.09";

    private static readonly (FindingCode Code, string Expression)[] Checks =
    [
        (FindingCode.InvalidClaimData, "input1.DataErrorCount > 0"),
        (FindingCode.TenantNotFound, "input1.HasTenantId AND NOT input1.TenantKnown"),
        (FindingCode.DomainTenantMismatch, "input1.TenantKnown AND input1.HasDomain AND NOT input1.DomainMatches"),
        (FindingCode.ActivityNotApplicable, "input1.Area == \"Microsoft365\" AND input1.Activity != null AND input1.Activity != \"Usage\""),
        (FindingCode.RoleNotAuthorized, "input1.Role != null AND input1.Role != \"BillingAdmin\" AND input1.Role != \"GlobalAdmin\" AND input1.Role != \"IncentivesAdmin\""),
        (FindingCode.UnknownPartner, "input1.PartnerId != null AND NOT input1.PartnerKnown"),
        (FindingCode.GlobalPartnerId, "input1.PartnerKnown AND input1.PartnerAccount == \"Global\""),
        (FindingCode.NotASubscriptionId, "input1.Area == \"BusinessApplications\" AND input1.MalformedSubscription"),
        (FindingCode.SubscriptionNotInTenant, "input1.Resolution == \"SubscriptionNotInTenant\""),
        (FindingCode.ProductNotInTenant, "input1.Resolution == \"ProductNotInTenant\""),
        (FindingCode.SubscriptionIdRequired, "input1.Resolution == \"SubscriptionIdRequired\""),
        (FindingCode.SubscriptionNotDynamics, "input1.HasSubscription AND NOT input1.SubscriptionIsDynamics"),
        (FindingCode.SubscriptionIsCsp, "input1.HasSubscription AND input1.SubscriptionChannel == \"Csp\""),
        (FindingCode.SubscriptionNotProvisioned, "input1.HasSubscription AND input1.SubscriptionState == \"Pending\""),
        (FindingCode.SubscriptionNotActive, "input1.HasSubscription AND (input1.SubscriptionState == \"Suspended\" OR input1.SubscriptionState == \"Disabled\" OR input1.SubscriptionState == \"Expired\" OR input1.SubscriptionState == \"Deleted\")"),
        (FindingCode.AlreadyClaimed, "input1.Resolution == \"Resolved\" AND input1.PartnerId != null AND input1.IncumbentPartnerId == input1.PartnerId"),
        (FindingCode.MissingAllPoe, "NOT input1.HasPoe"),
        (FindingCode.MissingCustomerAcknowledgment, "input1.HasPoe AND input1.AcknowledgmentMissing"),
        (FindingCode.MissingOrOldDates, "input1.HasPoe AND (input1.AcknowledgmentMissing OR (input1.AcknowledgedOn != DateTime.MinValue AND input1.HasSubmittedOn AND (input1.AcknowledgedOn > input1.SubmittedOn OR input1.AcknowledgedOn < input1.SubmittedOn.AddMonths(-12))))"),
        (FindingCode.MissingPartnerService, "input1.HasPoe AND input1.ServiceNotDescribed"),
        (FindingCode.MissingProducts, "input1.HasPoe AND NOT input1.PoeListsProduct"),
        (FindingCode.PartnerNotEnrolled, "input1.PartnerKnown AND input1.Area != null AND NOT input1.PartnerEnrolled"),
        (FindingCode.AssociationOnly, "input1.Activity == \"RevenueAssociation\""),
        (FindingCode.SubscriptionInGrace, "input1.HasSubscription AND input1.SubscriptionState == \"InGrace\""),
    ];

    private readonly RulesEngine.RulesEngine _engine;
    private readonly PeerJoiner _joiner;

    /// <summary>Builds the workflow and the joins over the facts.</summary>
    public RulesEnginePeer(FactSnapshot facts)
    {
        var workflow = new Workflow
        {
            WorkflowName = WorkflowName,
            Rules = [.. Checks.Select(c => new Rule { RuleName = c.Code.Name, SuccessEvent = c.Code.Name, Expression = c.Expression, RuleExpressionType = RuleExpressionType.LambdaExpression })],
        };
        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
        _joiner = new PeerJoiner(facts);
    }

    /// <summary>The codes the peer evaluates (every catalogue code but CPOR-016, 025 and 026).</summary>
    public static uint ImplementedCodes { get; } = Checks.Aggregate(0u, (mask, c) => mask | (1u << c.Code.Value));

    /// <summary>Evaluates every line of every claim; returns, per claim, the set of codes that fired (bit n for code n).</summary>
    public uint[] Evaluate(IReadOnlyList<Claim> claims)
    {
        var result = new uint[claims.Count];
        for (var c = 0; c < claims.Count; c++)
        {
            foreach (var line in claims[c].Lines)
            {
                var outcomes = _engine.ExecuteAllRulesAsync(WorkflowName, _joiner.Join(line)).GetAwaiter().GetResult();
                foreach (var outcome in outcomes)
                {
                    if (outcome.IsSuccess)
                    {
                        result[c] |= 1u << FindingCode.FromName(outcome.Rule.RuleName).Value;
                    }
                }
            }
        }

        return result;
    }
}
