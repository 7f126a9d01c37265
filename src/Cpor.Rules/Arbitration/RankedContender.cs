namespace Cpor.Rules.Arbitration;

/// <summary>A contender's place in a contest's ranking.</summary>
/// <param name="Rank">1 for first place. Ties share a rank, and the next rank skips (1, 1, 3).</param>
/// <param name="Contender">The contender.</param>
/// <param name="SeparatedBy">The ranking rule that separated this contender from the next one; <see langword="null"/> for a tie with the next one, and for the last.</param>
public sealed record RankedContender(int Rank, Contender Contender, string? SeparatedBy);
