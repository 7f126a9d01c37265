using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Testing;

/// <summary>
/// Assertions on decisions, for any test framework. Each returns the decision (or the value asked for), so they chain:
/// <c>decision.ShouldBe(OutcomeKind.Rejected).ShouldHaveFinding(FindingCode.RoleNotAuthorized)</c>. A failed
/// assertion throws <see cref="CporAssertionException"/> whose message lists the outcome and every finding with its
/// rule ID.
/// </summary>
public static class DecisionAssertions
{
    /// <summary>Asserts the claim's outcome, or with <paramref name="product"/> the outcome of the line claiming that product.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="expected">The expected outcome.</param>
    /// <param name="product">A claimed product or workload (matched ignoring case); <see langword="null"/> (the default) for the claim's outcome.</param>
    /// <returns><paramref name="decision"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="expected"/> is <see langword="null"/>.</exception>
    /// <exception cref="CporAssertionException">The outcome differs, or no line claims <paramref name="product"/>.</exception>
    public static ClaimDecision ShouldBe(this ClaimDecision decision, OutcomeKind expected, string? product = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(expected);
        if (product is null)
        {
            if (decision.Kind != expected)
            {
                throw Fail(decision, $"Expected {DecisionText.Name(decision)} to be {expected.Name}, but it is {decision.Kind.Name}.");
            }

            return decision;
        }

        var line = LineOf(decision, product);
        if (line.Outcome != expected)
        {
            throw Fail(decision, $"Expected the line {product} of {DecisionText.Name(decision)} to be {expected.Name}, but it is {line.Outcome.Name}.");
        }

        return decision;
    }

    /// <summary>Asserts that every line of the claim has the outcome <paramref name="expected"/>, as a claim-level finding makes it.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="expected">The expected outcome of each line.</param>
    /// <returns><paramref name="decision"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="expected"/> is <see langword="null"/>.</exception>
    /// <exception cref="CporAssertionException">Some line has another outcome, or the claim has no lines.</exception>
    public static ClaimDecision ShouldBeOnEveryLine(this ClaimDecision decision, OutcomeKind expected)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(expected);
        var other = decision.Lines.Where(l => l.Outcome != expected).ToList();
        if (decision.Lines.Count == 0 || other.Count > 0)
        {
            throw Fail(
                decision,
                decision.Lines.Count == 0
                    ? $"Expected every line of {DecisionText.Name(decision)} to be {expected.Name}, but it has no lines."
                    : $"Expected every line of {DecisionText.Name(decision)} to be {expected.Name}, but {string.Join(", ", other.Select(l => $"{l.Product} is {l.Outcome.Name}"))}.");
        }

        return decision;
    }

    /// <summary>Asserts that the decision holds a claim-level finding (on no line) of <paramref name="code"/>.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="code">The finding code.</param>
    /// <param name="detail">The finding's exact detail; <see langword="null"/> (the default) for any.</param>
    /// <returns><paramref name="decision"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="CporAssertionException">No such claim-level finding.</exception>
    public static ClaimDecision ShouldHaveClaimFinding(this ClaimDecision decision, FindingCode code, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(code);
        if (!decision.Findings.Any(f => f.Code == code && f.Line is null && (detail is null || f.Detail == detail)))
        {
            throw Fail(decision, $"Expected {DecisionText.Name(decision)} to have the claim-level finding {code.Name}{(detail is null ? string.Empty : $" with detail \"{detail}\"")}, but it has none.");
        }

        return decision;
    }

    /// <summary>Asserts that the decision holds a finding of <paramref name="code"/> (on <paramref name="product"/>'s line, if given).</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="code">The finding code, catalogued or custom.</param>
    /// <param name="product">The product or workload of the line the finding must be on (ignoring case); <see langword="null"/> (the default) for any finding of the code, claim-level or on any line.</param>
    /// <param name="detail">The finding's exact detail; <see langword="null"/> (the default) for any.</param>
    /// <returns><paramref name="decision"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="CporAssertionException">No such finding.</exception>
    public static ClaimDecision ShouldHaveFinding(this ClaimDecision decision, FindingCode code, string? product = null, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(code);
        if (!decision.Findings.Any(f => Matches(f, code, product) && (detail is null || f.Detail == detail)))
        {
            throw Fail(decision, $"Expected {DecisionText.Name(decision)} to have finding {Describe(code, product)}{(detail is null ? string.Empty : $" with detail \"{detail}\"")}, but it has none.");
        }

        return decision;
    }

    /// <summary>Asserts that the decision holds exactly one finding of <paramref name="code"/> and returns it.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="code">The finding code.</param>
    /// <returns>The finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="CporAssertionException">No finding of the code, or several.</exception>
    public static Finding ShouldHaveSingleFinding(this ClaimDecision decision, FindingCode code)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(code);
        var found = decision.Findings.Where(f => f.Code == code).ToList();
        return found.Count == 1
            ? found[0]
            : throw Fail(decision, $"Expected {DecisionText.Name(decision)} to have exactly one finding {code.Name}, but it has {found.Count}.");
    }

    /// <summary>Asserts that the decision's findings are exactly <paramref name="codes"/>, in that order (none for an empty list).</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="codes">The expected finding codes in the decision's order (claim-level findings first, then by line).</param>
    /// <returns><paramref name="decision"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="codes"/> is <see langword="null"/>.</exception>
    /// <exception cref="CporAssertionException">The findings differ.</exception>
    public static ClaimDecision ShouldHaveFindings(this ClaimDecision decision, params FindingCode[] codes)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(codes);
        if (!decision.Findings.Select(f => f.Code).SequenceEqual(codes))
        {
            var expected = codes.Length == 0 ? "no findings" : $"the findings [{string.Join(", ", codes.Select(c => c.Name))}]";
            throw Fail(decision, $"Expected {DecisionText.Name(decision)} to have {expected}, but it has [{string.Join(", ", decision.Findings.Select(f => f.Code.Name))}].");
        }

        return decision;
    }

    /// <summary>Asserts that the decision holds no finding of <paramref name="code"/> (on <paramref name="product"/>'s line, if given).</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="code">The finding code.</param>
    /// <param name="product">The product or workload of a line (ignoring case); <see langword="null"/> (the default) for no finding of the code anywhere.</param>
    /// <returns><paramref name="decision"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="CporAssertionException">There is such a finding.</exception>
    public static ClaimDecision ShouldNotHaveFinding(this ClaimDecision decision, FindingCode code, string? product = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(code);
        if (decision.Findings.FirstOrDefault(f => Matches(f, code, product)) is { } found)
        {
            throw Fail(decision, $"Expected {DecisionText.Name(decision)} not to have finding {Describe(code, product)}, but it has {found}.");
        }

        return decision;
    }

    /// <summary>Asserts the rank of <paramref name="claimId"/> in the arbitration it contends in, among the decision's arbitrations.</summary>
    /// <param name="decision">The decision (its <see cref="ClaimDecision.Arbitrations"/> are searched).</param>
    /// <param name="claimId">The claim ID of the contender (this claim or a competing one).</param>
    /// <param name="rank">The expected rank, 1 for first; tied contenders share a rank.</param>
    /// <returns><paramref name="decision"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="claimId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is less than 1.</exception>
    /// <exception cref="CporAssertionException">The claim contends nowhere, or has another rank.</exception>
    public static ClaimDecision ShouldRank(this ClaimDecision decision, string claimId, int rank)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(claimId);
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        var message = RankProblem(decision.Arbitrations, claimId, rank);
        return message is null ? decision : throw Fail(decision, message);
    }

    /// <summary>Asserts the rank of <paramref name="claimId"/> in the batch's arbitration it contends in.</summary>
    /// <param name="result">The batch result (its <see cref="BatchResult.Arbitrations"/> are searched).</param>
    /// <param name="claimId">The claim ID of the contender.</param>
    /// <param name="rank">The expected rank, 1 for first; tied contenders share a rank.</param>
    /// <returns><paramref name="result"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="claimId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is less than 1.</exception>
    /// <exception cref="CporAssertionException">The claim contends nowhere, or has another rank.</exception>
    public static BatchResult ShouldRank(this BatchResult result, string claimId, int rank)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(claimId);
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        var message = RankProblem(result.Arbitrations, claimId, rank);
        return message is null ? result : throw new CporAssertionException(message + Environment.NewLine + DescribeContests(result.Arbitrations));
    }

    /// <summary>Asserts the rank of <paramref name="claimId"/> in one arbitration.</summary>
    /// <param name="contest">The arbitration.</param>
    /// <param name="claimId">The claim ID of the contender.</param>
    /// <param name="rank">The expected rank, 1 for first; tied contenders share a rank.</param>
    /// <returns><paramref name="contest"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contest"/> or <paramref name="claimId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is less than 1.</exception>
    /// <exception cref="CporAssertionException">The claim does not contend in it, or has another rank.</exception>
    public static ArbitrationResult ShouldRank(this ArbitrationResult contest, string claimId, int rank)
    {
        ArgumentNullException.ThrowIfNull(contest);
        ArgumentNullException.ThrowIfNull(claimId);
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        var message = RankProblem([contest], claimId, rank);
        return message is null ? contest : throw new CporAssertionException(message + Environment.NewLine + DecisionText.Describe(contest).TrimEnd());
    }

    /// <summary>Asserts the incumbent's rank in the arbitration on <paramref name="key"/> (or the only arbitration of the batch).</summary>
    /// <param name="result">The batch result.</param>
    /// <param name="rank">The expected rank of the incumbent.</param>
    /// <param name="key">The key contested; <see langword="null"/> (the default) when the batch has exactly one arbitration.</param>
    /// <returns><paramref name="result"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is less than 1.</exception>
    /// <exception cref="CporAssertionException">No such arbitration, no incumbent in it, or the incumbent has another rank.</exception>
    public static BatchResult ShouldRankIncumbent(this BatchResult result, int rank, AssociationKey? key = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        var contests = result.Arbitrations.Where(a => key is null || a.Key == key).ToList();
        if (contests.Count != 1)
        {
            throw new CporAssertionException(
                $"Expected one arbitration{(key is null ? string.Empty : $" on {key}")}, but the batch has {contests.Count}."
                + Environment.NewLine + DescribeContests(result.Arbitrations));
        }

        var incumbent = contests[0].Ranking.FirstOrDefault(r => r.Contender.IsIncumbent);
        if (incumbent is null || incumbent.Rank != rank)
        {
            throw new CporAssertionException(
                (incumbent is null
                    ? $"Expected the incumbent to rank {rank} on {contests[0].Key}, but there is no incumbent."
                    : $"Expected the incumbent to rank {rank} on {contests[0].Key}, but it ranks {incumbent.Rank}.")
                + Environment.NewLine + DecisionText.Describe(contests[0]).TrimEnd());
        }

        return result;
    }

    /// <summary>The decision on the claim with <paramref name="claimId"/>.</summary>
    /// <param name="result">The batch result.</param>
    /// <param name="claimId">The claim ID.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="claimId"/> is <see langword="null"/>.</exception>
    /// <exception cref="CporAssertionException">No claim, or several, with that ID in the batch.</exception>
    public static ClaimDecision DecisionOf(this BatchResult result, string claimId)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(claimId);
        var found = result.Decisions.Where(d => d.ClaimId?.Value == claimId).ToList();
        return found.Count == 1
            ? found[0]
            : throw new CporAssertionException(
                $"Expected one decision on claim {claimId}, but the batch has {found.Count}. Claims decided: {string.Join(", ", result.Decisions.Select(d => d.ClaimId?.Value ?? "(no valid ID)"))}.");
    }

    /// <summary>The message for a failure on <paramref name="decision"/>: <paramref name="expectation"/>, then the decision.</summary>
    internal static CporAssertionException Fail(ClaimDecision decision, string expectation)
        => new(expectation + Environment.NewLine + DecisionText.Describe(decision));

    private static LineDecision LineOf(ClaimDecision decision, string product)
        => decision.Lines.FirstOrDefault(l => string.Equals(l.Product, product, StringComparison.OrdinalIgnoreCase))
            ?? throw Fail(decision, $"Expected {DecisionText.Name(decision)} to have a line for {product}, but it claims [{string.Join(", ", decision.Lines.Select(l => l.Product))}].");

    private static bool Matches(Finding finding, FindingCode code, string? product)
        => finding.Code == code && (product is null || string.Equals(finding.Product, product, StringComparison.OrdinalIgnoreCase));

    private static string Describe(FindingCode code, string? product)
        => product is null ? code.Name : $"{code.Name} on {product}";

    private static string? RankProblem(IReadOnlyList<ArbitrationResult> contests, string claimId, int rank)
    {
        var entries = contests.SelectMany(a => a.Ranking).Where(r => r.Contender.ClaimId?.Value == claimId).ToList();
        if (entries.Count == 0)
        {
            return $"Expected claim {claimId} to rank {rank}, but it contends in no arbitration ({contests.Count} arbitration(s)).";
        }

        var ranks = entries.Select(r => r.Rank).Distinct().ToList();
        return ranks.Count == 1 && ranks[0] == rank
            ? null
            : $"Expected claim {claimId} to rank {rank}, but it ranks {string.Join(" and ", ranks)}.";
    }

    private static string DescribeContests(IReadOnlyList<ArbitrationResult> contests)
        => contests.Count == 0 ? "Arbitrations: none" : string.Concat(contests.Select(c => DecisionText.Describe(c))).TrimEnd();
}
