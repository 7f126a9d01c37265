using static Cpor.Rules.Tests.Engine.EngineFixture;

namespace Cpor.Rules.Tests.Engine;

public sealed class SingleMatchTests
{
    private static readonly Person[] People = [new(1, "Ann", 17), new(2, "Bo", 18), new(3, "Cy", 40)];

    [Fact]
    public void Match_Condition_YieldsOnlyForMatchingFactsInFactOrder()
    {
        var rules = Compile(Inline("R", r => r.Match<Person>(p => p.Age >= 18).Yield(p => new Tagged("R", p))));

        var derived = Run(rules, People).Query<Tagged>();

        Assert.Equal([People[1], People[2]], derived.Select(t => t.Fact));
    }

    [Fact]
    public void Match_NoCondition_MatchesEveryFact()
    {
        var rules = Compile(Inline("R", r => r.Match<Person>().Yield(p => new Tagged("R", p))));

        Assert.Equal(3, Run(rules, People).Query<Tagged>().Count);
    }

    [Fact]
    public void Match_NoFactsOfTheType_FiresNothing()
    {
        var rules = Compile(Inline("R", r => r.Match<Person>().Yield(p => new Tagged("R", p))));

        Assert.Empty(Run(rules).Query<Tagged>());
    }

    [Fact]
    public void Where_ChainedConditions_AllMustHold()
    {
        var rules = Compile(Inline("R", r => r.Match<Person>(p => p.Age >= 18).Where(p => p.Name.StartsWith('C')).Yield(p => new Tagged("R", p))));

        Assert.Equal([People[2]], Run(rules, People).Query<Tagged>().Select(t => t.Fact));
    }

    [Fact]
    public void YieldMany_EmitsAnyNumberOfFacts()
    {
        var rules = Compile(Inline("R", r => r.Match<Person>().YieldMany<Tagged>((p, emit) =>
        {
            for (var i = 0; i < p.Id; i++)
            {
                emit.Emit(new Tagged("R", p));
            }
        })));

        Assert.Equal(6, Run(rules, People).Query<Tagged>().Count);
    }

    [Fact]
    public void Do_SideEffectOnly_RunsOncePerMatch()
    {
        var seen = new List<int>();
        var rules = Compile(Inline("R", r => r.Match<Person>().Do(p => seen.Add(p.Id))));

        Run(rules, People);

        Assert.Equal([1, 2, 3], seen);
    }
}
