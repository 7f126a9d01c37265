using Cpor.Rules.Domain;

namespace Cpor.Rules.Eligibility;

/// <summary>
/// A rule's condition or action that threw while judging some claims. The evaluation goes on: each claim named here
/// gets <see cref="FindingCode.EvaluationFault"/> and leaves duplicate detection and arbitration (DOMAIN.md section 8).
/// The exception is for logs and reviewers; it never reaches a partner-facing message.
/// </summary>
/// <param name="RuleId">The rule whose code threw.</param>
/// <param name="Claims">The claims whose facts it was judging.</param>
/// <param name="Exception">What was thrown.</param>
public sealed record RuleFault(string RuleId, IReadOnlyList<Claim> Claims, Exception Exception);
