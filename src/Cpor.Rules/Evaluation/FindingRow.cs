using Cpor.Rules.Domain;

namespace Cpor.Rules.Evaluation;

/// <summary>A finding as a batch keeps it (<see cref="DecisionTable"/>): what a <see cref="Finding"/> is made of, but its claim.</summary>
/// <param name="Code">What was found.</param>
/// <param name="Line">The line it is on; <see langword="null"/> for the whole claim.</param>
/// <param name="Detail">The detail as given (<see cref="Finding.DetailSource"/>), if any.</param>
internal readonly record struct FindingRow(FindingCode Code, ClaimLine? Line, object? Detail);
