using Microsoft.Extensions.Logging;

namespace Cpor.Rules.DependencyInjection;

/// <summary>
/// The evaluator's log messages, source-generated: each checks <see cref="ILogger.IsEnabled"/> before formatting, and
/// the arguments are values already at hand, so a disabled level costs no allocation.
/// </summary>
internal static partial class CporLog
{
    [LoggerMessage(EventId = 1, EventName = "RuleSetCompiled", Level = LogLevel.Information,
        Message = "Compiled rule set {RuleSet} with {RuleCount} rules ({CustomRuleCount} of your own, {RankingRuleCount} ranking rules) in {ElapsedMilliseconds:F1} ms")]
    public static partial void RuleSetCompiled(ILogger logger, string ruleSet, int ruleCount, int customRuleCount, int rankingRuleCount, double elapsedMilliseconds);

    [LoggerMessage(EventId = 2, EventName = "ClaimEvaluated", Level = LogLevel.Debug,
        Message = "Decided claim {ClaimId}: {Outcome} with {FindingCount} finding(s) in {ElapsedMilliseconds:F3} ms")]
    public static partial void ClaimEvaluated(ILogger logger, string? claimId, string outcome, int findingCount, double elapsedMilliseconds);

    [LoggerMessage(EventId = 3, EventName = "BatchEvaluated", Level = LogLevel.Information,
        Message = "Decided {ClaimCount} claims in {ElapsedMilliseconds:F1} ms: {Eligible} eligible, {PartiallyEligible} partially eligible, {ActionRequired} action required, {UnderReview} under review, {Rejected} rejected")]
    public static partial void BatchEvaluated(ILogger logger, int claimCount, double elapsedMilliseconds, int eligible, int partiallyEligible, int actionRequired, int underReview, int rejected);

    [LoggerMessage(EventId = 4, EventName = "RuleFaulted", Level = LogLevel.Warning,
        Message = "Rule {RuleId} threw {FaultCount} time(s) while evaluating; the claims concerned were rejected with InvalidClaimData. This is a defect in the rule")]
    public static partial void RuleFaulted(ILogger logger, string ruleId, int faultCount, Exception exception);
}
