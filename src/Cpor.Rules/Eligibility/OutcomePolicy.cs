using Cpor.Rules.Domain;

namespace Cpor.Rules.Eligibility;

/// <summary>
/// Outcome precedence: how findings make a line's outcome and how lines make a claim's (DOMAIN.md section 4, "Outcome
/// of a claim"), with a failed rule's place in it (section 8). Pure: it sees severities and outcomes, never rules.
/// </summary>
internal static class OutcomePolicy
{
    /// <summary>
    /// The more pressing of two severities: <see cref="Severity.Blocking"/>, then <see cref="Severity.ActionRequired"/>,
    /// then <see cref="Severity.Advisory"/>. <see langword="null"/> (no finding, or a finding without severity such as
    /// <see cref="FindingCode.EvaluationFault"/>) presses least.
    /// </summary>
    public static Severity? MorePressing(Severity? x, Severity? y)
    {
        if (x == Severity.Blocking || y == Severity.Blocking)
        {
            return Severity.Blocking;
        }

        if (x == Severity.ActionRequired || y == Severity.ActionRequired)
        {
            return Severity.ActionRequired;
        }

        return x ?? y;
    }

    /// <summary>
    /// Whether a finding of <paramref name="severity"/> keeps its line out of arbitration: Blocking and ActionRequired
    /// do (the line is not eligible), advisories and findings without severity do not (section 4).
    /// </summary>
    public static bool KeepsOutOfArbitration(Severity? severity)
        => severity == Severity.Blocking || severity == Severity.ActionRequired;

    /// <summary>
    /// The outcome of a line: any Blocking finding rejects it (losing in arbitration is one); otherwise a failed rule puts
    /// it under review; otherwise any ActionRequired finding makes it <see cref="OutcomeKind.ActionRequired"/>; otherwise
    /// it is eligible and arbitration decides: a tie for first place is <see cref="OutcomeKind.UnderReview"/>, a win or no
    /// contest <see cref="OutcomeKind.Eligible"/>. Advisories never count.
    /// </summary>
    /// <param name="mostPressing">The most pressing severity among the claim-level findings and the line's own
    /// (<see cref="MorePressing"/>); claim-level findings apply to every line.</param>
    /// <param name="faulted">Whether a rule failed while judging the claim (section 8).</param>
    /// <param name="tiedForFirst">Whether the line ties for first place in arbitration (<see cref="FindingCode.CompetingClaimUnderReview"/>).</param>
    public static OutcomeKind ForLine(Severity? mostPressing, bool faulted, bool tiedForFirst)
    {
        if (mostPressing == Severity.Blocking)
        {
            return OutcomeKind.Rejected;
        }

        if (faulted)
        {
            return OutcomeKind.UnderReview;
        }

        if (mostPressing == Severity.ActionRequired)
        {
            return OutcomeKind.ActionRequired;
        }

        return tiedForFirst ? OutcomeKind.UnderReview : OutcomeKind.Eligible;
    }

    /// <summary>
    /// The outcome of a claim with one more line: the same outcome on every line is the claim's (every line eligible:
    /// <see cref="OutcomeKind.Eligible"/>; every line rejected: <see cref="OutcomeKind.Rejected"/>); otherwise the most
    /// pressing of <see cref="OutcomeKind.ActionRequired"/>, then <see cref="OutcomeKind.UnderReview"/>, then
    /// <see cref="OutcomeKind.PartiallyEligible"/> (some lines eligible, some rejected). The claim's outcome is its first
    /// line's, combined with each further line in turn; the order of the lines does not matter.
    /// </summary>
    /// <param name="linesSoFar">The outcome of the claim's lines so far.</param>
    /// <param name="nextLine">The outcome of the next line.</param>
    public static OutcomeKind Combine(OutcomeKind linesSoFar, OutcomeKind nextLine)
    {
        if (linesSoFar == nextLine)
        {
            return linesSoFar;
        }

        if (linesSoFar == OutcomeKind.ActionRequired || nextLine == OutcomeKind.ActionRequired)
        {
            return OutcomeKind.ActionRequired;
        }

        if (linesSoFar == OutcomeKind.UnderReview || nextLine == OutcomeKind.UnderReview)
        {
            return OutcomeKind.UnderReview;
        }

        return OutcomeKind.PartiallyEligible;
    }

    /// <summary>
    /// The outcome of a claim without lines (no product could be read): its claim-level findings decide it as they would
    /// a line.
    /// </summary>
    /// <param name="claimLevel">The most pressing severity among the claim-level findings.</param>
    /// <param name="faulted">Whether a rule failed while judging the claim.</param>
    public static OutcomeKind ForClaimWithoutLines(Severity? claimLevel, bool faulted)
        => ForLine(claimLevel, faulted, tiedForFirst: false);
}
