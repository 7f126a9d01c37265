namespace Cpor.Rules.Evaluation;

/// <summary>How many claims of a batch ended with each outcome.</summary>
/// <param name="Claims">All claims.</param>
/// <param name="Eligible">Eligible claims.</param>
/// <param name="Rejected">Rejected claims.</param>
/// <param name="ActionRequired">Claims that need partner action.</param>
/// <param name="UnderReview">Claims under manual review.</param>
/// <param name="PartiallyEligible">Partially eligible claims.</param>
public sealed record BatchSummary(int Claims, int Eligible, int Rejected, int ActionRequired, int UnderReview, int PartiallyEligible);
