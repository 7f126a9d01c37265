using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization.Contract;

/// <summary>One entry of <c>arbitrations</c>: the contest for one association key.</summary>
/// <param name="TenantId">The tenant of the key.</param>
/// <param name="SubscriptionId">The subscription of a Business Applications key; otherwise <see langword="null"/>.</param>
/// <param name="Workload">The workload of a Microsoft 365 key; otherwise <see langword="null"/>.</param>
/// <param name="Ranking">Every contender, best first.</param>
/// <param name="Result"><c>Decided</c>, or <c>ManualReview</c> for a tie for first place.</param>
internal sealed record ArbitrationContract(
    TenantId TenantId,
    SubscriptionId? SubscriptionId,
    string? Workload,
    IReadOnlyList<RankingEntryContract> Ranking,
    ArbitrationVerdict Result);
