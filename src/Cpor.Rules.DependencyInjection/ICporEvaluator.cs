using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.DependencyInjection;

/// <summary>
/// Decides claims with the registered <see cref="CporRuleSet"/>, logging each evaluation (category <c>Cpor.Rules</c>)
/// and recording metrics (meter <see cref="CporRulesTelemetry.MeterName"/>). A thread-safe singleton: inject it
/// wherever claims are decided. Decisions are exactly those of <see cref="RuleSet"/>.
/// </summary>
public interface ICporEvaluator
{
    /// <summary>The compiled rule set, shared by the whole service.</summary>
    CporRuleSet RuleSet { get; }

    /// <summary>Decides one claim against the facts; see <see cref="CporRuleSet.Evaluate(Claim, FactSnapshot, EvaluationOptions?)"/>.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="facts">The facts.</param>
    /// <param name="options">How to run; defaults to <see cref="EvaluationOptions.Default"/>; where it leaves <see cref="EvaluationOptions.Explain"/> open, the configured <see cref="CporRulesOptions.Explain"/> applies.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> or <paramref name="facts"/> is <see langword="null"/>.</exception>
    ClaimDecision Evaluate(Claim claim, FactSnapshot facts, EvaluationOptions? options = null);

    /// <summary>Decides a batch of claims together; see <see cref="CporRuleSet.EvaluateBatch(IEnumerable{Claim}, FactSnapshot, EvaluationOptions?)"/>.</summary>
    /// <param name="claims">The claims.</param>
    /// <param name="facts">The facts.</param>
    /// <param name="options">How to run (as-of date, explanations, threads); defaults to <see cref="EvaluationOptions.Default"/>; where it leaves <see cref="EvaluationOptions.Explain"/> open, the configured <see cref="CporRulesOptions.Explain"/> applies.</param>
    /// <returns>One decision per claim, in input order, with the contests and a summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> or <paramref name="facts"/> is <see langword="null"/>, or a claim is.</exception>
    BatchResult EvaluateBatch(IEnumerable<Claim> claims, FactSnapshot facts, EvaluationOptions? options = null);
}
