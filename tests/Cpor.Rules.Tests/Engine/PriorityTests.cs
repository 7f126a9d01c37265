using Cpor.Rules.Engine;
using static Cpor.Rules.Tests.Engine.EngineFixture;

namespace Cpor.Rules.Tests.Engine;

public sealed class PriorityTests
{
    private static readonly Person[] People = [new(1, "Ann", 30), new(2, "Bo", 40)];

    [Fact]
    public void Fire_SameStratum_HigherPriorityFirstThenIdThenFactOrder()
    {
        var rules = Compile(
            Inline("B", r => r.Match<Person>().Yield(p => new Tagged("B", p.Id))),
            Inline("A", r => r.Match<Person>().Yield(p => new Tagged("A", p.Id))),
            Inline("Z", r => r.Match<Person>().Yield(p => new Tagged("Z", p.Id)), priority: 5));

        var session = Run(rules, People, trace: true);

        Assert.Equal(["Z", "Z", "A", "A", "B", "B"], session.Firings.Select(f => f.RuleId));
        Assert.Equal([("Z", 1), ("Z", 2), ("A", 1), ("A", 2), ("B", 1), ("B", 2)], session.Query<Tagged>().Select(t => (t.Rule, (int)t.Fact)));
        Assert.Equal(["Z", "A", "B"], rules.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Fire_PriorityNeverBeatsStratum()
    {
        var rules = Compile(
            Inline("Consumer", r => r.Match<Tagged>().Do(_ => { }), priority: 100),
            Inline("Producer", r => r.Match<Person>().Yield(p => new Tagged("P", p))));

        Assert.Equal(["Producer", "Consumer"], rules.Rules.Select(r => r.Id));
        Assert.Equal(2, rules.Strata.Count);
    }
}
