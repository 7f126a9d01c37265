using static Cpor.Rules.Tests.Engine.EngineFixture;

namespace Cpor.Rules.Tests.Engine;

public sealed class TracingTests
{
    private static readonly Person[] People = [new(1, "Ann", 30)];
    private static readonly Order[] Orders = [new(10, 1, 5)];

    [Fact]
    public void Fire_TraceOn_RecordsMatchedAndProducedFacts()
    {
        var rules = Compile(Inline("J", r => r.Match<Order>().Join(PeopleById, o => o.PersonId).Yield((o, p) => new Pair(o, p))));

        var session = Run(rules, People, Orders, trace: true);

        var firing = Assert.Single(session.Firings);
        Assert.Equal("J", firing.RuleId);
        Assert.Equal([Orders[0], People[0]], firing.Facts);
        Assert.Equal([new Pair(Orders[0], People[0])], firing.Produced);
    }

    [Fact]
    public void Fire_TraceOff_RecordsNothing()
    {
        var rules = Compile(Inline("J", r => r.Match<Order>().Join(PeopleById, o => o.PersonId).Yield((o, p) => new Pair(o, p))));

        var session = Run(rules, People, Orders);

        Assert.Empty(session.Firings);
        Assert.Single(session.Query<Pair>());
    }

    [Fact]
    public void Fire_YieldManyEmittingNothing_IsNotAFiring()
    {
        var rules = Compile(Inline("M", r => r.Match<Person>().YieldMany<Tagged>((_, _) => { })));

        Assert.Empty(Run(rules, People, trace: true).Firings);
    }
}
