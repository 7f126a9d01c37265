namespace Cpor.Rules.Domain;

/// <summary>A partner ID known to the fact snapshot: what kind of account it is and which incentive programs it is enrolled in.</summary>
public sealed class Partner
{
    private readonly SolutionArea[] _enrolledIn;

    /// <summary>Creates a partner fact.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException">A reference argument, or an entry of <paramref name="enrolledIn"/>, is <see langword="null"/>.</exception>
    public Partner(PartnerId id, PartnerAccount account, IEnumerable<SolutionArea> enrolledIn)
    {
        Id = Guard.NotDefault(id);
        Account = Guard.NotNull(account);
        ArgumentNullException.ThrowIfNull(enrolledIn);
        _enrolledIn = enrolledIn.Distinct().ToArray();
        if (Array.IndexOf(_enrolledIn, null) >= 0)
        {
            throw new ArgumentNullException(nameof(enrolledIn), "The list of solution areas holds a null entry.");
        }
    }

    /// <summary>The partner ID.</summary>
    public PartnerId Id { get; }

    /// <summary>Whether the ID is a location or the global account.</summary>
    public PartnerAccount Account { get; }

    /// <summary>The solution areas whose incentive program this partner ID is enrolled in.</summary>
    public IReadOnlyList<SolutionArea> EnrolledIn => _enrolledIn;

    /// <summary>Whether the partner ID is enrolled in the incentive program of <paramref name="area"/>.</summary>
    public bool IsEnrolledIn(SolutionArea area) => Array.IndexOf(_enrolledIn, area) >= 0;
}
