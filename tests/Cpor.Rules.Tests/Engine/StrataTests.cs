using Cpor.Rules.Engine;
using static Cpor.Rules.Tests.Engine.EngineFixture;

namespace Cpor.Rules.Tests.Engine;

public sealed class StrataTests
{
    private static readonly Person[] People = [new(1, "Ann", 30), new(2, "Bo", 10)];

    [Fact]
    public void Fire_DerivedFacts_LaterRuleSeesEveryProducer()
    {
        var rules = Compile(
            Inline("Count", r => r.Collect<Tagged, int>(_ => 0).Yield(g => new Pair(new Order(g.Count, 0, 0), new Person(0, "n", 0)))),
            Inline("Adults", r => r.Match<Person>(p => p.Age >= 18).Yield(p => new Tagged("adult", p))),
            Inline("Minors", r => r.Match<Person>(p => p.Age < 18).Yield(p => new Tagged("minor", p))));

        var pair = Assert.Single(Run(rules, People).Query<Pair>());

        Assert.Equal(2, pair.Order.Id);
        Assert.Equal([["Adults", "Minors"], ["Count"]], rules.Strata);
    }

    [Fact]
    public void Compile_Cycle_RefusedNamingTheRules()
    {
        var repository = new RuleRepository().Load([
            Inline("A", r => r.Match<Tagged>().Yield(t => new Pair(new Order(0, 0, 0), new Person(0, "x", 0)))),
            Inline("B", r => r.Match<Pair>().Yield(p => new Tagged("B", p))),
        ]);

        var ex = Assert.Throws<RuleSetException>(() => repository.Compile());

        Assert.Contains("A", ex.Message, StringComparison.Ordinal);
        Assert.Contains("B", ex.Message, StringComparison.Ordinal);
        Assert.Contains("cycle", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_RuleConsumingWhatItYields_Refused()
    {
        var repository = new RuleRepository().Load(Inline("Self", r => r.Match<Tagged>().Yield(t => new Tagged("again", t))));

        var ex = Assert.Throws<RuleSetException>(() => repository.Compile());

        Assert.Contains("Self", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_DuplicateIds_Refused()
    {
        var repository = new RuleRepository().Load([Inline("X", r => r.Match<Person>().Do(_ => { })), Inline("X", r => r.Match<Order>().Do(_ => { }))]);

        var ex = Assert.Throws<RuleSetException>(() => repository.Compile());

        Assert.Contains("X", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_RuleWithoutAction_Refused()
    {
        var repository = new RuleRepository().Load(Inline("NoAction", r => r.Match<Person>()));

        var ex = Assert.Throws<RuleSetException>(() => repository.Compile());

        Assert.Contains("NoAction", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_TwoPatternChains_Refused()
    {
        var repository = new RuleRepository().Load(Inline("Two", r =>
        {
            r.Match<Person>().Do(_ => { });
            r.Match<Order>().Do(_ => { });
        }));

        Assert.Throws<RuleSetException>(() => repository.Compile());
    }
}
