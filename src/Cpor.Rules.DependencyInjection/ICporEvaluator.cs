using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;

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

    /// <summary>Decides one claim against the facts; see <see cref="CporRuleSet.Evaluate(Claim, FactSnapshot)"/>.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="facts">The facts.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    ClaimDecision Evaluate(Claim claim, FactSnapshot facts);

    /// <summary>Decides a batch of claims together; see <see cref="CporRuleSet.EvaluateBatch(IEnumerable{Claim}, FactSnapshot)"/>.</summary>
    /// <param name="claims">The claims.</param>
    /// <param name="facts">The facts.</param>
    /// <returns>One decision per claim, in input order, with the contests and a summary.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or a claim is.</exception>
    BatchResult EvaluateBatch(IEnumerable<Claim> claims, FactSnapshot facts);

    /// <summary>
    /// Decides a batch with claims partitioned by tenant and evaluated in parallel; see
    /// <see cref="CporRuleSet.EvaluateBatch(IEnumerable{Claim}, FactSnapshot, int)"/>. The result equals the sequential one.
    /// </summary>
    /// <param name="claims">The claims.</param>
    /// <param name="facts">The facts.</param>
    /// <param name="degreeOfParallelism">How many partitions to evaluate at once; at least 1.</param>
    /// <returns>One decision per claim, in input order, with the contests and a summary.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or a claim is.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1.</exception>
    BatchResult EvaluateBatch(IEnumerable<Claim> claims, FactSnapshot facts, int degreeOfParallelism);
}
