namespace Cpor.Rules.DependencyInjection;

/// <summary>
/// The names under which <see cref="ICporEvaluator"/> reports: subscribe to <see cref="MeterName"/> (for example
/// OpenTelemetry's <c>AddMeter("Cpor.Rules")</c>) to collect its metrics. Instruments cost nothing while nobody listens.
/// </summary>
public static class CporRulesTelemetry
{
    /// <summary>The meter's name, <c>Cpor.Rules</c>; also the logging category of the evaluator.</summary>
    public const string MeterName = "Cpor.Rules";

    /// <summary>Counter of claims evaluated (unit <c>{claim}</c>), one per claim of every evaluation.</summary>
    public const string ClaimsEvaluated = "cpor.rules.claims.evaluated";

    /// <summary>Counter of claim outcomes (unit <c>{claim}</c>), tagged with <see cref="OutcomeTag"/>.</summary>
    public const string Outcomes = "cpor.rules.claims.outcomes";

    /// <summary>
    /// Histogram of how long an evaluation took, in milliseconds (unit <c>ms</c>); a single-claim evaluation counts as
    /// a batch of one.
    /// </summary>
    public const string BatchDuration = "cpor.rules.batch.duration";

    /// <summary>The tag on <see cref="Outcomes"/> that names the outcome: <c>Eligible</c>, <c>PartiallyEligible</c>, <c>ActionRequired</c>, <c>UnderReview</c> or <c>Rejected</c>.</summary>
    public const string OutcomeTag = "cpor.outcome";
}
