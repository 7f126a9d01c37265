using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Benchmarks.Data;

/// <summary>A generated batch: the facts and the claims (also as raw input, for peers that read raw values).</summary>
public sealed record GeneratedBatch(FactSnapshot Facts, IReadOnlyList<Claim> Claims, IReadOnlyList<UnvalidatedClaim> RawClaims);
