using Cpor.Rules.Benchmarks.Data;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Tests.Properties;

/// <summary>
/// A random batch, described by the few numbers that rebuild it: a counterexample prints as one short line
/// (for example <c>Batch(size=7, shape=Mixed, seed=42, rivals=2)</c>) and shrinks by lowering size and rivals.
/// Rivals are copies of claims by another partner with PoE dates from three days, so contests and ties are common,
/// and a third of them sit on the PoE age boundary.
/// </summary>
public sealed record BatchSpec(int Size, BatchShape Shape, int Seed, int Rivals)
{
    private static readonly string[] RivalDates = ["2020-09-01", "2020-09-02", "2020-09-03"];

    public (IReadOnlyList<Claim> Claims, FactSnapshot Facts) Build()
    {
        var batch = BatchGenerator.Generate(Size, Shape, Seed);
        var random = new Random(Seed);
        var partners = batch.Facts.Partners.Select(p => p.Id.ToString()).ToArray();
        var raws = batch.RawClaims.ToList();
        for (var r = 0; r < Rivals; r++)
        {
            var original = raws[random.Next(batch.RawClaims.Count)];
            var acknowledged = RivalDates[random.Next(RivalDates.Length)];
            if (random.Next(3) == 0 && DateOnly.TryParseExact(original.SubmittedOn, "yyyy-MM-dd", out var submitted))
            {
                // On the PoE age boundary: exactly 12 months before submission (accepted) or one day more (too old).
                acknowledged = submitted.AddMonths(-12).AddDays(-random.Next(2)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }

            raws.Add(original with
            {
                ClaimId = $"{original.ClaimId}-R{r}",
                PartnerId = partners[random.Next(partners.Length)],
                ProofOfExecution = original.ProofOfExecution is null ? null : original.ProofOfExecution with { CustomerAcknowledgedOn = acknowledged },
            });
        }

        return ([.. raws.Select(Claim.FromUnvalidated)], batch.Facts);
    }

    public override string ToString() => $"Batch(size={Size}, shape={Shape}, seed={Seed}, rivals={Rivals})";
}
