using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization.Contract;

/// <summary>One place in a contest's ranking.</summary>
/// <param name="Rank">1 for first place; ties share a rank.</param>
/// <param name="ClaimId">The claimant's claim ID; <see langword="null"/> for the incumbent.</param>
/// <param name="PartnerId">The contender's partner ID.</param>
/// <param name="Incumbent">Whether the contender is the incumbent (the approved association).</param>
/// <param name="SeparatedBy">The ranking rule that separated this entry from the next; <see langword="null"/> on a tie and on the last entry.</param>
/// <param name="PoeAcknowledgedOn">The date of the customer acknowledgment the contender is ranked by (an extra field).</param>
internal sealed record RankingEntryContract(int Rank, ClaimId? ClaimId, PartnerId PartnerId, bool Incumbent, string? SeparatedBy, DateOnly PoeAcknowledgedOn);
