using static Cpor.Rules.Tests.Engine.EngineFixture;

namespace Cpor.Rules.Tests.Engine;

public sealed class CollectTests
{
    private static readonly Order[] Orders = [new(10, 2, 5), new(11, 1, 7), new(12, 2, 9), new(13, 3, 1)];

    [Fact]
    public void Collect_ByKey_GroupsInFirstAppearanceOrderWithMembersInFactOrder()
    {
        var rules = Compile(Inline("C", r => r.Collect<Order, int>(o => o.PersonId)
            .Yield(g => new Tagged("C", (g.Key, string.Join(",", g.ToArray().Select(o => o.Id)))))));

        var groups = Run(rules, orders: Orders).Query<Tagged>().Select(t => ((int, string))t.Fact);

        Assert.Equal([(2, "10,12"), (1, "11"), (3, "13")], groups);
    }

    [Fact]
    public void Collect_WithCondition_LeavesOutFactsAndEmptyGroups()
    {
        var rules = Compile(Inline("C", r => r.Collect<Order, int>(o => o.PersonId, o => o.Amount > 6).Yield(g => new Tagged("C", g.Key))));

        Assert.Equal([1, 2], Run(rules, orders: Orders).Query<Tagged>().Select(t => (int)t.Fact).Order());
    }

    [Fact]
    public void Collect_WhereOnGroup_SelectsLargeGroups()
    {
        var rules = Compile(Inline("C", r => r.Collect<Order, int>(o => o.PersonId).Where(g => g.Count > 1).Yield(g => new Tagged("C", g[1].Id))));

        Assert.Equal([12], Run(rules, orders: Orders).Query<Tagged>().Select(t => (int)t.Fact));
    }

    [Fact]
    public void Collect_NoFacts_FiresNothing()
    {
        var rules = Compile(Inline("C", r => r.Collect<Order, int>(o => o.PersonId).Yield(g => new Tagged("C", g.Key))));

        Assert.Empty(Run(rules).Query<Tagged>());
    }
}
