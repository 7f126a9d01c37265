using Cpor.Rules.Engine;
using static Cpor.Rules.Tests.Engine.EngineFixture;

namespace Cpor.Rules.Tests.Engine;

public sealed class FactBaseTests
{
    private static readonly FactBase Shared = FactBase.Empty.With<Person>([new(1, "Ann", 30), new(2, "Bo", 40)]);

    [Fact]
    public void Session_SharedFacts_VisibleToJoinsAndQueries()
    {
        var rules = Compile(Inline("J", r => r.Match<Order>().Join(PeopleById, o => o.PersonId).Yield((o, p) => new Pair(o, p))));
        var session = rules.CreateSession(Shared);
        session.Insert(new Order(10, 2, 1));
        session.Fire();

        Assert.Equal("Bo", Assert.Single(session.Query<Pair>()).Person.Name);
        Assert.Equal(2, session.Query<Person>().Count);
    }

    [Fact]
    public void Sessions_SameFactBase_DoNotSeeEachOthersFacts()
    {
        var rules = Compile(Inline("J", r => r.Match<Order>().Join(PeopleById, o => o.PersonId).Yield((o, p) => new Pair(o, p))));
        var first = rules.CreateSession(Shared);
        var second = rules.CreateSession(Shared);
        first.Insert(new Order(10, 1, 1));
        first.Fire();
        second.Fire();

        Assert.Single(first.Query<Pair>());
        Assert.Empty(second.Query<Pair>());
        Assert.Empty(second.Query<Order>());
    }

    [Fact]
    public void Lookup_SharedIndex_FindsByKeyAndIsReused()
    {
        var matches = Shared.Lookup(PeopleById, 2);
        var again = Shared.Lookup(PeopleById, 2);

        Assert.Equal("Bo", Assert.Single(matches).Name);
        Assert.Equal(matches.First(), again.First());
        Assert.True(Shared.Lookup(PeopleById, 99).IsEmpty);
    }

    [Fact]
    public void With_AppendsToTheSameType_AndRefusesNull()
    {
        var more = Shared.With<Person>([new(3, "Cy", 50)]);

        Assert.Equal(3, more.Facts<Person>().Count);
        Assert.Equal(2, Shared.Facts<Person>().Count);
        Assert.Throws<ArgumentNullException>(() => Shared.With<Person>([null!]));
    }
}
