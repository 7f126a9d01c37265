using Cpor.Rules.Serialization;

namespace Cpor.Rules.Tests.Serialization;

/// <summary>The pool shares one instance among equal values, up to 256 characters and up to its number of entries.</summary>
public sealed class StringPoolTests
{
    [Theory]
    [InlineData("Teams")]
    [InlineData("")]
    [InlineData("contoso.onmicrosoft.com")]
    public void Get_SameValueTwice_ReturnsTheSameInstance(string value)
    {
        var pool = new StringPool(maxEntries: 4);

        var first = pool.Get(value.ToCharArray());
        var second = pool.Get(value.ToCharArray());

        Assert.Equal(value, first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Intern_AfterGet_ReturnsThePooledInstance()
    {
        var pool = new StringPool(maxEntries: 4);
        var pooled = pool.Get("Dynamics 365 Sales".ToCharArray());

        var interned = pool.Intern(new string("Dynamics 365 Sales".ToCharArray()));

        Assert.Same(pooled, interned);
    }

    [Fact]
    public void Intern_SameValueTwice_ReturnsTheFirstInstance()
    {
        var pool = new StringPool(maxEntries: 4);
        var first = new string("Teams".ToCharArray());

        Assert.Same(first, pool.Intern(first));
        Assert.Same(first, pool.Intern(new string("Teams".ToCharArray())));
        Assert.Same(first, pool.Get("Teams".ToCharArray()));
    }

    [Fact]
    public void Get_ValueOf256Characters_IsPooledAndLongerIsNot()
    {
        var pool = new StringPool(maxEntries: 4);
        var limit = new string('a', 256);
        var longer = new string('b', 257);

        Assert.Same(pool.Get(limit.ToCharArray()), pool.Get(limit.ToCharArray()));
        Assert.NotSame(pool.Get(longer.ToCharArray()), pool.Get(longer.ToCharArray()));
        Assert.Equal(longer, pool.Get(longer.ToCharArray()));
    }

    [Fact]
    public void Intern_ValueOf256Characters_IsPooledAndLongerIsNot()
    {
        var pool = new StringPool(maxEntries: 4);
        var limit = new string('a', 256);
        var longer = new string('b', 257);

        Assert.Same(limit, pool.Intern(limit));
        Assert.Same(limit, pool.Intern(new string('a', 256)));
        Assert.Same(longer, pool.Intern(longer));
        Assert.NotSame(longer, pool.Intern(new string('b', 257)));
    }

    [Fact]
    public void Get_PoolFull_ReturnsEqualUnsharedValuesAndKeepsThePooledOnes()
    {
        var pool = new StringPool(maxEntries: 2);
        var a = pool.Get("a".ToCharArray());
        var b = pool.Get("b".ToCharArray());

        var c1 = pool.Get("c".ToCharArray());
        var c2 = pool.Get("c".ToCharArray());

        Assert.Equal(("c", "c"), (c1, c2));
        Assert.NotSame(c1, c2);
        Assert.Same(a, pool.Get("a".ToCharArray()));
        Assert.Same(b, pool.Intern(new string('b', 1)));
    }

    [Fact]
    public void Intern_PoolFull_ReturnsTheValueGivenUnshared()
    {
        var pool = new StringPool(maxEntries: 1);
        pool.Intern("a");
        var c = new string('c', 1);

        Assert.Same(c, pool.Intern(c));
        Assert.NotSame(c, pool.Intern(new string('c', 1)));
    }
}
