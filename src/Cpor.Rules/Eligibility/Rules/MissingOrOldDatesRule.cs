using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>
/// CPOR-019: the acknowledgment date is missing, after the submission date, or older than the PoE age limit before
/// it. A date exactly the limit before submission (same day of the month, or the month's last day when the day does
/// not exist) is still accepted, and so is an acknowledgment on the submission day. Any date the contract accepts
/// (0001-01-01 to 9999-12-31) is judged without throwing: a limit that reaches before year 1 accepts every earlier date.
/// </summary>
[Name("CPOR-019"), Tag("claim"), Tag("ActionRequired")]
[Description("The PoE acknowledgment date is missing, after submission, or older than the PoE age limit before submission.")]
internal sealed class MissingOrOldDatesRule(int poeAgeLimitMonths) : CatalogueRule(FindingCode.MissingOrOldDates, RuleScope.Claim, "manage; limit is assumption")
{
    /// <inheritdoc />
    public override string? Description
        => $"The PoE acknowledgment date is missing, after submission, or older than {poeAgeLimitMonths} months before submission.";

    // The detail is made when read, from the claim, by the same judgement that fired the rule (one per rule set).
    private readonly ClaimDetail _problem = new(claim => Problem(claim, poeAgeLimitMonths)!);

    public override void Define()
    {
        ClaimFact claim = null!;
        When().Match(() => claim, c => Problem(c.Claim, poeAgeLimitMonths) != null);
        Then().Do(_ => claim.ReportFromClaim(FindingCode.MissingOrOldDates, _problem));
    }

    private static string? Problem(Claim claim, int poeAgeLimitMonths)
    {
        if (claim.ProofOfExecution is null)
        {
            return null;
        }

        if (claim.ProofOfExecution.CustomerAcknowledgedOn is not { } acknowledged)
        {
            // A date given but unreadable is reported by CPOR-000; only a date that is absent is missing.
            return claim.HasUnreadableAcknowledgmentDate ? null : "no acknowledgment date";
        }

        if (claim.SubmittedOn is not { } submitted)
        {
            // The submission date could not be read (CPOR-000 reports it); the age cannot be judged.
            return null;
        }

        if (acknowledged > submitted)
        {
            return $"acknowledged {IsoDate.Format(acknowledged)}, after submission on {IsoDate.Format(submitted)}";
        }

        // Months since 0001-01: a limit reaching before the first month leaves nothing too old.
        if ((submitted.Year * 12) + submitted.Month - 13 < poeAgeLimitMonths)
        {
            return null;
        }

        var oldest = submitted.AddMonths(-poeAgeLimitMonths);
        return acknowledged < oldest
            ? $"acknowledged {IsoDate.Format(acknowledged)}, before {IsoDate.Format(oldest)} ({poeAgeLimitMonths} months before submission on {IsoDate.Format(submitted)})"
            : null;
    }
}
