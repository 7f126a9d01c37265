using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization.Contract;

/// <summary>One line of a decision: a product or workload and its outcome.</summary>
/// <param name="Product">The product or workload as claimed.</param>
/// <param name="SubscriptionId">The resolved subscription of a Business Applications line; <see langword="null"/> when unresolved, and for Microsoft 365.</param>
/// <param name="Workload">The resolved workload of a Microsoft 365 line; <see langword="null"/> when unresolved, and for Business Applications.</param>
/// <param name="Outcome">The line's outcome.</param>
internal sealed record LineContract(string Product, SubscriptionId? SubscriptionId, string? Workload, OutcomeKind Outcome);
