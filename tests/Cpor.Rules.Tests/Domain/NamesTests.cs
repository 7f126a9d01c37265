using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class NamesTests
{
    [Theory]
    [InlineData("Teams", "teams", true)]
    [InlineData("Dynamics 365 Sales", "DYNAMICS 365 SALES", true)]
    [InlineData("Teams", "Teams ", false)]
    [InlineData("Teams", "Team", false)]
    [InlineData(null, null, true)]
    [InlineData("Teams", null, false)]
    public void Same_IgnoresLetterCaseOnly(string? left, string? right, bool expected)
    {
        Assert.Equal(expected, Names.Same(left, right));
        Assert.Equal(expected, Names.Same(right, left));
    }

    [Fact]
    public void Comparer_IsOrdinalIgnoreCase()
    {
        Assert.Same(StringComparer.OrdinalIgnoreCase, Names.Comparer);
        Assert.Equal(Names.Comparer.GetHashCode("Teams"), Names.Comparer.GetHashCode("TEAMS"));
    }

    [Fact]
    public void Comparer_IsCultureIndependent()
    {
        // Under a culture-aware comparison in Turkish, "i" and "I" are not the same letter; names must not depend on that.
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("tr-TR");
            Assert.True(Names.Same("Intune", "intune"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("TEAMS", true)]
    [InlineData("exchange", true)]
    [InlineData("SharePoint", false)]
    public void Contains_IgnoresLetterCase(string name, bool expected)
        => Assert.Equal(expected, Names.Contains(["Teams", "Exchange"], name));
}
