using Cpor.Rules.Domain;
using Cpor.Rules.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Evaluation;

/// <summary>
/// Which claims share a session: every claim once, each tenant of the snapshot whole, input order within a session,
/// and claims that meet nobody (tenant unreadable or unknown) wherever there is room.
/// </summary>
public sealed class SessionPlanTests
{
    private static readonly TenantId[] Tenants = [Tenant, OtherTenant];

    [Fact]
    public void For_BatchNoLargerThanASession_OneSessionInInputOrder()
    {
        var plan = SessionPlan.For(Claims(0, 1, 0), Facts().Index, sessionSize: 3);

        Assert.Equal(1, plan.Count);
        Assert.Equal([0, 1, 2], plan[0].ToArray());
    }

    [Fact]
    public void For_EmptyBatch_OneEmptySession()
    {
        var plan = SessionPlan.For([], Facts().Index, sessionSize: 3);

        Assert.Equal(1, plan.Count);
        Assert.True(plan[0].IsEmpty);
    }

    [Fact]
    public void For_TenantSpreadOverTheInput_WholeInOneSessionInInputOrder()
    {
        // Tenant 0 at 0, 2, 4, 5; tenant 1 at 1, 3: the first session takes tenant 0 whole, the second tenant 1.
        var plan = SessionPlan.For(Claims(0, 1, 0, 1, 0, 0), Facts().Index, sessionSize: 2);

        Assert.Equal(2, plan.Count);
        Assert.Equal([0, 2, 4, 5], plan[0].ToArray());
        Assert.Equal([1, 3], plan[1].ToArray());
    }

    [Fact]
    public void For_ClaimsOfATenantUnknownToTheSnapshot_FillSessionsOfTheirSize()
    {
        var claims = Enumerable.Range(0, 7).Select(i => Claim(Raw($"C-{i}") with { TenantId = UnknownTenant.ToString() })).ToArray();

        var plan = SessionPlan.For(claims, Facts().Index, sessionSize: 3);

        Assert.Equal(3, plan.Count);
        Assert.Equal([0, 1, 2], plan[0].ToArray());
        Assert.Equal([3, 4, 5], plan[1].ToArray());
        Assert.Equal([6], plan[2].ToArray());
    }

    [Fact]
    public void For_ClaimsWithoutAReadableTenant_FillSessionsOfTheirSize()
    {
        var claims = Enumerable.Range(0, 4).Select(i => Claim(Raw($"C-{i}") with { TenantId = "not a tenant" })).ToArray();

        var plan = SessionPlan.For(claims, Facts().Index, sessionSize: 2);

        Assert.Equal(2, plan.Count);
        Assert.Equal([0, 1], plan[0].ToArray());
        Assert.Equal([2, 3], plan[1].ToArray());
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public void For_AnyBatch_EveryClaimOnceTenantsWholeInInputOrderAndSessionsFull(Batch batch)
    {
        var claims = batch.Claims();
        var plan = SessionPlan.For(claims, Facts().Index, batch.SessionSize);

        var sessionOf = new int[claims.Length];
        Array.Fill(sessionOf, -1);
        for (var session = 0; session < plan.Count; session++)
        {
            var positions = plan[session].ToArray();
            Assert.Equal(positions.Order(), positions);
            foreach (var position in positions)
            {
                Assert.Equal(-1, sessionOf[position]);
                sessionOf[position] = session;
            }

            // A session is closed once it holds the size or more; only the last may hold less.
            Assert.True(session == plan.Count - 1 || positions.Length >= batch.SessionSize);
            Assert.True(positions.Length > 0 || claims.Length == 0);
        }

        Assert.DoesNotContain(-1, sessionOf);
        for (var i = 0; i < claims.Length; i++)
        {
            for (var j = i + 1; j < claims.Length; j++)
            {
                if (batch.Tenants[i] >= 0 && batch.Tenants[i] == batch.Tenants[j])
                {
                    Assert.Equal(sessionOf[i], sessionOf[j]);
                }
            }
        }

        // Claims that meet nobody never make a session larger than the size.
        if (batch.Tenants.All(t => t < 0))
        {
            Assert.All(Enumerable.Range(0, plan.Count), s => Assert.True(plan[s].Length <= batch.SessionSize));
        }
    }

    private static Claim[] Claims(params int[] tenants)
        => [.. tenants.Select((t, i) => Claim(Raw($"C-{i}") with { TenantId = Tenants[t].ToString() }))];

    /// <summary>A batch by tenant: 0 and 1 are tenants of the snapshot, -1 an unknown tenant, -2 an unreadable one.</summary>
    public sealed record Batch(int[] Tenants, int SessionSize)
    {
        public Claim[] Claims()
            => [.. Tenants.Select((t, i) => Claim(Raw($"C-{i}") with
            {
                TenantId = t switch
                {
                    -2 => "not a tenant",
                    -1 => UnknownTenant.ToString(),
                    _ => SessionPlanTests.Tenants[t].ToString(),
                },
            }))];

        public override string ToString() => $"size {SessionSize}: [{string.Join(", ", Tenants)}]";
    }

    public static class Arbitraries
    {
        public static Arbitrary<Batch> Batches()
            => Gen.Choose(1, 6).SelectMany(size =>
                    Gen.Choose(-2, 1).ArrayOf().Select(tenants => new Batch(tenants, size)))
                .ToArbitrary();
    }
}
