using static Cpor.Rules.Tests.Engine.EngineFixture;

namespace Cpor.Rules.Tests.Engine;

public sealed class ExistsTests
{
    private static readonly Person[] People = [new(1, "Ann", 30), new(2, "Bo", 40)];
    private static readonly Order[] Orders = [new(10, 1, 5), new(11, 1, 6)];

    [Fact]
    public void Exists_FactWithKey_PassesOnceNotPerMatch()
    {
        var rules = Compile(Inline("E", r => r.Match<Person>().Exists(OrdersByPerson, p => p.Id).Yield(p => new Tagged("E", p))));

        Assert.Equal([People[0]], Run(rules, People, Orders).Query<Tagged>().Select(t => t.Fact));
    }

    [Fact]
    public void Exists_ConditionNoneHolds_Blocks()
    {
        var rules = Compile(Inline("E", r => r.Match<Person>().Exists(OrdersByPerson, p => p.Id, (_, o) => o.Amount > 100).Yield(p => new Tagged("E", p))));

        Assert.Empty(Run(rules, People, Orders).Query<Tagged>());
    }

    [Fact]
    public void Exists_OnSecondPattern_UsesBothFactsForTheKey()
    {
        var rules = Compile(Inline("E", r => r.Match<Order>()
            .Join(PeopleById, o => o.PersonId)
            .Exists(OrdersByPerson, (_, p) => p.Id, (o, _, other) => other.Id != o.Id)
            .Yield((o, _) => new Tagged("E", o.Id))));

        Assert.Equal([10, 11], Run(rules, People, Orders).Query<Tagged>().Select(t => (int)t.Fact));
    }
}
