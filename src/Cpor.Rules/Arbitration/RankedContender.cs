namespace Cpor.Rules.Arbitration;

/// <summary>A contender's place in a contest's ranking.</summary>
public sealed record RankedContender
{
    internal RankedContender(int rank, Contender contender, string? separatedBy)
    {
        Rank = rank;
        Contender = contender;
        SeparatedBy = separatedBy;
    }

    /// <summary>1 for first place. Ties share a rank, and the next rank skips (1, 1, 3).</summary>
    public int Rank { get; }

    /// <summary>The contender.</summary>
    public Contender Contender { get; }

    /// <summary>The ranking rule that separated this contender from the next one; <see langword="null"/> for a tie with the next one, and for the last.</summary>
    public string? SeparatedBy { get; }
}
