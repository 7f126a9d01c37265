using static Cpor.Rules.Tests.Engine.EngineFixture;

namespace Cpor.Rules.Tests.Engine;

public sealed class PartitionedSessionTests
{
    [Fact]
    public void Fire_PartitionedByKey_DerivesWhatASequentialSessionDerives()
    {
        var rules = Compile(Inline("C", r => r.Collect<Order, int>(o => o.PersonId).Yield(g => new Tagged("C", (g.Key, g.Count)))));
        var orders = Enumerable.Range(0, 200).Select(i => new Order(i, i % 17, i)).ToList();

        var sequential = Run(rules, orders: orders).Query<Tagged>().Select(t => ((int, int))t.Fact).Order();
        var partitioned = rules.CreatePartitionedSession(3);
        partitioned.InsertRange(orders, o => o.PersonId);
        partitioned.Fire(2);

        Assert.Equal(sequential, partitioned.Query<Tagged>().Select(t => ((int, int))t.Fact).Order());
        Assert.Equal(3, partitioned.Partitions.Count);
    }

    [Fact]
    public void CreatePartitionedSession_NoPartitions_Throws()
    {
        var rules = Compile(Inline("C", r => r.Match<Order>().Do(_ => { })));

        Assert.Throws<ArgumentOutOfRangeException>(() => rules.CreatePartitionedSession(0));
    }
}
