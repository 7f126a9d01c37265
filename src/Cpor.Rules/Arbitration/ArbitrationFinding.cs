using Cpor.Rules.Domain;

namespace Cpor.Rules.Arbitration;

/// <summary>
/// A derived fact: a finding that arbitration reports on a claim line (<see cref="FindingCode.CompetingClaimLost"/> or
/// <see cref="FindingCode.CompetingClaimUnderReview"/>). A fact type of its own because arbitration consumes the
/// eligibility findings: findings about the contest come one stratum later.
/// </summary>
public sealed class ArbitrationFinding
{
    internal ArbitrationFinding(Finding finding, ArbitrationResult contest)
    {
        Finding = finding;
        Contest = contest;
    }

    /// <summary>The finding.</summary>
    public Finding Finding { get; }

    /// <summary>The contest it comes from.</summary>
    public ArbitrationResult Contest { get; }
}
