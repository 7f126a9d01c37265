using static Cpor.Rules.Tests.Engine.EngineFixture;

namespace Cpor.Rules.Tests.Engine;

public sealed class SessionTests
{
    private static readonly Cpor.Rules.Engine.CompiledRuleSet Rules = Compile(Inline("R", r => r.Match<Person>().Yield(p => new Tagged("R", p))));

    [Fact]
    public void Fire_Twice_Throws()
    {
        var session = Rules.CreateSession();
        session.Fire();

        Assert.True(session.HasFired);
        Assert.Throws<InvalidOperationException>(session.Fire);
    }

    [Fact]
    public void Insert_AfterFire_Throws()
    {
        var session = Rules.CreateSession();
        session.Fire();

        Assert.Throws<InvalidOperationException>(() => session.Insert(new Person(1, "Ann", 1)));
    }

    [Fact]
    public void Insert_Null_ThrowsNamingTheArgument()
    {
        var session = Rules.CreateSession();

        Assert.Equal("fact", Assert.Throws<ArgumentNullException>(() => session.Insert<Person>(null!)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => session.InsertRange<Person>([null!])).ParamName);
    }

    [Fact]
    public void Query_TypeNoRuleUses_ReturnsWhatWasInserted()
    {
        var session = Rules.CreateSession();
        session.Insert("not used by any rule");
        session.Fire();

        Assert.Equal(["not used by any rule"], session.Query<string>());
        Assert.Empty(session.Query<int>());
    }

    [Fact]
    public void Lookup_IndexNoRuleDeclares_BuiltOnDemand()
    {
        var session = Rules.CreateSession();
        session.InsertRange<Order>([new(1, 7, 1), new(2, 7, 2)]);

        Assert.Equal(2, session.Lookup(OrdersByPerson, 7).Count);
    }
}
