using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;

namespace Cpor.Rules.Evaluation;

/// <summary>The decisions on a batch: one per claim, in input order, with the contests and a summary.</summary>
public sealed class BatchResult
{
    private readonly DecisionList _decisions;

    internal BatchResult(string ruleSet, DateOnly? asOf, DecisionTable decisions, IReadOnlyList<ArbitrationResult> arbitrations, IReadOnlyList<RuleFault> faults)
    {
        RuleSet = ruleSet;
        AsOf = asOf;
        _decisions = new DecisionList(decisions);
        Arbitrations = arbitrations;
        Faults = faults;
        int eligible = 0, rejected = 0, actionRequired = 0, underReview = 0, partial = 0;
        for (var i = 0; i < decisions.Count; i++)
        {
            var kind = decisions.KindAt(i);
            if (kind == OutcomeKind.Eligible)
            {
                eligible++;
            }
            else if (kind == OutcomeKind.PartiallyEligible)
            {
                partial++;
            }
            else if (kind == OutcomeKind.ActionRequired)
            {
                actionRequired++;
            }
            else if (kind == OutcomeKind.UnderReview)
            {
                underReview++;
            }
            else
            {
                rejected++;
            }
        }

        Summary = new BatchSummary(decisions.Count, eligible, rejected, actionRequired, underReview, partial);
    }

    /// <summary>The rule set's name, <c>cpor-2020.09</c>.</summary>
    public string RuleSet { get; }

    /// <summary>The evaluation date, when the options state one.</summary>
    public DateOnly? AsOf { get; }

    /// <summary>One decision per claim, in input order.</summary>
    /// <remarks>
    /// A batch keeps its decisions in a compact form: each <see cref="ClaimDecision"/> is made when it is first read
    /// and is the same object on every later read (thread-safe). <see cref="Summary"/>, <see cref="Arbitrations"/> and
    /// the library's decision writers make none that are kept. The list is read-only (also as an
    /// <see cref="IList{T}"/>).
    /// </remarks>
    public IReadOnlyList<ClaimDecision> Decisions => _decisions;

    /// <summary>
    /// The decision at <paramref name="index"/> for a reader that reads each decision once (a writer): the one
    /// <see cref="Decisions"/> keeps when it was read before, otherwise one that is not kept.
    /// </summary>
    internal ClaimDecision DecisionToWrite(int index) => _decisions.Peek(index);

    /// <summary>Every contest, in the order its key first appears among the contenders.</summary>
    public IReadOnlyList<ArbitrationResult> Arbitrations { get; }

    /// <summary>How many claims ended with each outcome.</summary>
    public BatchSummary Summary { get; }

    /// <summary>
    /// Rule code that threw while evaluating (a defect in a rule, never expected). The claims concerned get an
    /// <c>EvaluationFault</c> finding naming the rule and are <c>UnderReview</c> unless a Blocking finding rejects them,
    /// so that a fault never approves a claim.
    /// </summary>
    public IReadOnlyList<RuleFault> Faults { get; }
}
