using Cpor.Rules.Domain;
using Cpor.Rules.Evaluation;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Evaluation;

/// <summary><see cref="BatchResult.Decisions"/>: made when read, the same object on every read, from any thread.</summary>
public sealed class DecisionListTests
{
    [Fact]
    public void Indexer_ReadTwice_SameDecision()
    {
        var decisions = Batch(3).Decisions;

        Assert.Same(decisions[1], decisions[1]);
        Assert.NotSame(decisions[0], decisions[1]);
    }

    [Fact]
    public void Indexer_ReadFromManyThreadsAtOnce_EveryReaderGetsTheSameDecision()
    {
        var decisions = Batch(300).Decisions;
        var seen = new ClaimDecision[decisions.Count, 4];

        Parallel.For(0, 4, reader =>
        {
            for (var i = 0; i < decisions.Count; i++)
            {
                seen[i, reader] = decisions[i];
            }
        });

        for (var i = 0; i < decisions.Count; i++)
        {
            for (var reader = 0; reader < 4; reader++)
            {
                Assert.Same(decisions[i], seen[i, reader]);
            }
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(int.MaxValue)]
    public void Indexer_OutsideTheBatch_ThrowsArgumentOutOfRangeExceptionNamingIndex(int index)
    {
        var decisions = Batch(3).Decisions;

        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => decisions[index]).ParamName);
    }

    [Fact]
    public void GetEnumerator_EveryDecisionInInputOrder_TheOnesTheIndexerReturns()
    {
        var decisions = Batch(5).Decisions;

        var enumerated = decisions.ToList();

        Assert.Equal(["C-0", "C-1", "C-2", "C-3", "C-4"], enumerated.Select(d => d.ClaimId!.Value.Value));
        Assert.All(Enumerable.Range(0, 5), i => Assert.Same(decisions[i], enumerated[i]));
    }

    [Fact]
    public void DecisionToWrite_NotReadBefore_EqualDecisionThatIsNotKept()
    {
        var result = Batch(2);

        var written = result.DecisionToWrite(1);

        Assert.NotSame(written, result.DecisionToWrite(1));
        var kept = result.Decisions[1];
        Assert.NotSame(written, kept);
        Assert.Equal(kept.Kind, written.Kind);
        Assert.Equal(kept.Codes(), written.Codes());
    }

    [Fact]
    public void DecisionToWrite_ReadBefore_TheKeptDecision()
    {
        var result = Batch(2);
        var kept = result.Decisions[0];

        Assert.Same(kept, result.DecisionToWrite(0));
    }

    [Fact]
    public void Last_ReadThroughLinq_MakesOnlyTheLastDecision()
    {
        var result = Batch(4);

        var last = result.Decisions.Last();

        Assert.Same(result.Decisions[3], last);
        Assert.NotSame(result.DecisionToWrite(0), result.DecisionToWrite(0));
        Assert.Equal(4, result.Decisions.Count());
        Assert.NotSame(result.DecisionToWrite(1), result.DecisionToWrite(1));
    }

    [Fact]
    public void IndexOfAndContains_OwnOtherAndNull_PositionOrMinusOne()
    {
        var result = Batch(3);
        var list = (IList<ClaimDecision>)result.Decisions;

        Assert.Equal(2, list.IndexOf(result.Decisions[2]));
        Assert.True(list.Contains(result.Decisions[0]));
        Assert.Equal(-1, list.IndexOf(Batch(3).Decisions[2]));
        Assert.False(list.Contains(null!));
    }

    [Fact]
    public void IndexOf_DecisionOfAnotherBatchOnTheSameClaims_MinusOne()
    {
        Claim[] claims = [Claim(Raw("C-1")), Claim(Raw("C-2"))];
        var list = (IList<ClaimDecision>)CporRuleSet.Default.EvaluateBatch(claims, Facts()).Decisions;

        var other = CporRuleSet.Default.EvaluateBatch(claims, Facts()).Decisions[1];

        Assert.Equal(-1, list.IndexOf(other));
        Assert.Equal(1, list.IndexOf(list[1]));
    }

    [Fact]
    public void IndexOf_SameClaimTwiceInTheBatch_PositionOfThatDecision()
    {
        var claim = Claim(Raw("C-1"));
        var list = (IList<ClaimDecision>)CporRuleSet.Default.EvaluateBatch([claim, claim], Facts()).Decisions;

        Assert.Equal(1, list.IndexOf(list[1]));
        Assert.Equal(0, list.IndexOf(list[0]));
    }

    [Fact]
    public void CopyTo_NullArrayOrNegativeIndex_ThrowsNamingTheArgument()
    {
        var list = (ICollection<ClaimDecision>)Batch(2).Decisions;

        Assert.Equal("array", Assert.Throws<ArgumentNullException>(() => list.CopyTo(null!, 0)).ParamName);
        Assert.Equal("arrayIndex", Assert.Throws<ArgumentOutOfRangeException>(() => list.CopyTo(new ClaimDecision[3], -1)).ParamName);
    }

    [Fact]
    public void CopyTo_RoomyArray_TheDecisionsAtTheOffset()
    {
        var result = Batch(2);
        var array = new ClaimDecision[4];

        ((ICollection<ClaimDecision>)result.Decisions).CopyTo(array, 1);

        Assert.Null(array[0]);
        Assert.Same(result.Decisions[0], array[1]);
        Assert.Same(result.Decisions[1], array[2]);
        var tooSmall = Assert.Throws<ArgumentException>(() => ((ICollection<ClaimDecision>)result.Decisions).CopyTo(array, 3));
        Assert.Equal("array", tooSmall.ParamName);
        Assert.StartsWith("The array is too small.", tooSmall.Message);
    }

    [Fact]
    public void Mutators_AnyOfThem_ThrowNotSupportedException()
    {
        var list = (IList<ClaimDecision>)Batch(2).Decisions;
        var decision = list[0];

        Assert.True(list.IsReadOnly);
        Assert.Equal("A batch's decisions are read-only.", Assert.Throws<NotSupportedException>(() => list.Add(decision)).Message);
        Assert.Throws<NotSupportedException>(() => list.Insert(0, decision));
        Assert.Throws<NotSupportedException>(() => list.Remove(decision));
        Assert.Throws<NotSupportedException>(() => list.RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => list.Clear());
        Assert.Throws<NotSupportedException>(() => list[0] = decision);
        Assert.Same(decision, list[0]);
    }

    [Fact]
    public void Count_IsTheNumberOfClaims()
        => Assert.Equal(7, Batch(7).Decisions.Count);

    private static BatchResult Batch(int claims)
        => DecideBatch(Enumerable.Range(0, claims).Select(i => i % 2 == 0 ? Raw($"C-{i}") : Raw($"C-{i}") with { TenantId = UnknownTenant.ToString() }));
}
