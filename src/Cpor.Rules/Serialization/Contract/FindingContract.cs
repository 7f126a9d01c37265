using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization.Contract;

/// <summary>One finding of a decision, worded in the document's culture.</summary>
/// <param name="Rule">The rule id, for example <c>CPOR-022</c>.</param>
/// <param name="Code">The finding code.</param>
/// <param name="Severity">The severity; <see langword="null"/> for <c>CompetingClaimUnderReview</c> (written as JSON null).</param>
/// <param name="Product">The line's product or workload; <see langword="null"/> for a claim-level finding.</param>
/// <param name="Title">A short title (an extra field).</param>
/// <param name="Message">What is wrong, with the finding's detail in parentheses.</param>
/// <param name="Remediation">What the partner should do.</param>
/// <param name="Retryable">Whether the same claim may succeed later unchanged (an extra field).</param>
internal sealed record FindingContract(
    string Rule,
    FindingCode Code,
    Severity? Severity,
    string? Product,
    string Title,
    string Message,
    string Remediation,
    bool Retryable);
