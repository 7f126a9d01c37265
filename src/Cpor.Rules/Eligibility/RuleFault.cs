using Cpor.Rules.Domain;

namespace Cpor.Rules.Eligibility;

/// <summary>
/// A rule's condition or action that threw while judging some claims. The evaluation goes on: each claim named here
/// gets <see cref="FindingCode.EvaluationFault"/> and leaves duplicate detection and arbitration (DOMAIN.md section 8).
/// The exception is for logs and reviewers; it never reaches a partner-facing message.
/// </summary>
public sealed record RuleFault
{
    internal RuleFault(string ruleId, IReadOnlyList<Claim> claims, Exception exception)
    {
        RuleId = ruleId;
        Claims = claims;
        Exception = exception;
    }

    /// <summary>The rule whose code threw.</summary>
    public string RuleId { get; }

    /// <summary>The claims whose facts it was judging.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>What was thrown.</summary>
    public Exception Exception { get; }
}
