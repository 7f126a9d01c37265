using Cpor.Rules.Arbitration;
using Cpor.Rules.Eligibility;

namespace Cpor.Rules.Evaluation;

/// <summary>The decisions on a batch: one per claim, in input order, with the contests and a summary.</summary>
public sealed class BatchResult
{
    internal BatchResult(string ruleSet, DateOnly? asOf, IReadOnlyList<ClaimDecision> decisions, IReadOnlyList<ArbitrationResult> arbitrations, IReadOnlyList<RuleFault> faults)
    {
        RuleSet = ruleSet;
        AsOf = asOf;
        Decisions = decisions;
        Arbitrations = arbitrations;
        Faults = faults;
        int eligible = 0, rejected = 0, actionRequired = 0, underReview = 0, partial = 0;
        foreach (var decision in decisions)
        {
            switch (decision.Kind.Value)
            {
                case 0: eligible++; break;
                case 1: partial++; break;
                case 2: actionRequired++; break;
                case 3: underReview++; break;
                default: rejected++; break;
            }
        }

        Summary = new BatchSummary(decisions.Count, eligible, rejected, actionRequired, underReview, partial);
    }

    /// <summary>The rule set's name, <c>cpor-2020.09</c>.</summary>
    public string RuleSet { get; }

    /// <summary>The evaluation date, when the options state one.</summary>
    public DateOnly? AsOf { get; }

    /// <summary>One decision per claim, in input order.</summary>
    public IReadOnlyList<ClaimDecision> Decisions { get; }

    /// <summary>Every contest, in the order its key first appears among the contenders.</summary>
    public IReadOnlyList<ArbitrationResult> Arbitrations { get; }

    /// <summary>How many claims ended with each outcome.</summary>
    public BatchSummary Summary { get; }

    /// <summary>
    /// Rule code that threw while evaluating (a defect in a rule, never expected). The claims concerned are rejected
    /// with an <c>InvalidClaimData</c> finding naming the rule, so that a fault never approves a claim.
    /// </summary>
    public IReadOnlyList<RuleFault> Faults { get; }
}
