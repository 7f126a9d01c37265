using static Cpor.Rules.Tests.Engine.EngineFixture;

namespace Cpor.Rules.Tests.Engine;

public sealed class FaultTests
{
    private static readonly Person[] People = [new(1, "Ann", 30), new(2, "Bo", 40), new(3, "Cy", 50)];

    [Fact]
    public void Fire_ThrowingCondition_RecordedAndOtherFactsStillMatch()
    {
        var rules = Compile(Inline("F", r => r.Match<Person>(p => p.Id == 2 ? throw new InvalidOperationException("bad") : true).Yield(p => new Tagged("F", p))));

        var session = Run(rules, People);

        Assert.Equal([1, 3], session.Query<Tagged>().Select(t => ((Person)t.Fact).Id));
        var fault = Assert.Single(session.Faults);
        Assert.Equal("F", fault.RuleId);
        Assert.Equal([People[1]], fault.Facts);
        Assert.Equal("bad", fault.Exception.Message);
    }

    [Fact]
    public void Fire_ThrowingKeySelector_RecordedWithTheFact()
    {
        var rules = Compile(Inline("K", r => r.Match<Order>().Join(PeopleById, o => o.Id == 11 ? throw new ArgumentException("key") : o.PersonId).Yield((o, p) => new Pair(o, p))));

        var session = Run(rules, People, [new(10, 1, 1), new(11, 2, 1), new(12, 3, 1)]);

        Assert.Equal([10, 12], session.Query<Pair>().Select(p => p.Order.Id));
        Assert.Equal(11, ((Order)Assert.Single(Assert.Single(session.Faults).Facts)!).Id);
    }

    [Fact]
    public void Fire_ThrowingAction_OtherRulesStillFire()
    {
        var rules = Compile(
            Inline("Bad", r => r.Match<Person>().Yield<Tagged>(_ => throw new InvalidOperationException("boom"))),
            Inline("Good", r => r.Match<Person>().Yield(p => new Tagged("Good", p))));

        var session = Run(rules, People);

        Assert.Equal(3, session.Query<Tagged>().Count);
        Assert.Equal(3, session.Faults.Count);
        Assert.All(session.Faults, f => Assert.Equal("Bad", f.RuleId));
    }

    [Fact]
    public void Fire_YieldNull_RecordedAsFault()
    {
        var rules = Compile(Inline("Null", r => r.Match<Person>().Yield<Tagged>(_ => null!)));

        var session = Run(rules, People);

        Assert.Empty(session.Query<Tagged>());
        Assert.Equal(3, session.Faults.Count);
    }
}
