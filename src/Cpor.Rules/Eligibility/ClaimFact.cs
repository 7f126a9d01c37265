using Cpor.Rules.Domain;

namespace Cpor.Rules.Eligibility;

/// <summary>
/// The fact the rules see for one claim: the claim with what the fact snapshot knows about it, looked up once by the
/// library (the tenant and the partner it names). Claim-level rules match it; a rule reports a finding on the whole
/// claim with <see cref="Report"/>. One is inserted per claim, so a rule that matches only this fact costs the same
/// for every claim, whatever the batch size.
/// </summary>
public sealed class ClaimFact
{
    private LineFact[] _lines = [];
    private List<Finding>? _findings;

    internal ClaimFact(Claim claim, int index, CustomerTenant? tenant, Partner? partner, ClaimDataError? batchError)
    {
        Claim = claim;
        Index = index;
        Tenant = tenant;
        Partner = partner;
        DataErrors = batchError is null ? claim.DataErrors : [.. claim.DataErrors, batchError];
        IsSetAside = batchError is not null;
    }

    /// <summary>The claim.</summary>
    public Claim Claim { get; }

    /// <summary>The customer tenant the claim names; <see langword="null"/> when its ID could not be read or is unknown to the snapshot.</summary>
    public CustomerTenant? Tenant { get; }

    /// <summary>The partner the claim names; <see langword="null"/> when its ID could not be read or is unknown to the snapshot.</summary>
    public Partner? Partner { get; }

    /// <summary>
    /// The fields that could not be read: the claim's own <see cref="Domain.Claim.DataErrors"/> and, for a claim whose ID
    /// repeats an earlier claim's in the batch, that repetition (DOMAIN.md section 8).
    /// </summary>
    public IReadOnlyList<ClaimDataError> DataErrors { get; }

    /// <summary>The claim's lines, in the order of its products.</summary>
    public IReadOnlyList<LineFact> Lines => _lines;

    /// <summary>The lines as an array: the library walks them often, and an array needs no enumerator.</summary>
    /// <remarks>Set once, by the library, before the fact is inserted.</remarks>
    internal LineFact[] LineArray
    {
        get => _lines;
        set => _lines = value;
    }

    /// <summary>The claim's position in the batch, from 0.</summary>
    internal int Index { get; }

    /// <summary>The findings reported so far, in the order they were reported; <see langword="null"/> while there are none.</summary>
    internal List<Finding>? Findings => _findings;

    /// <summary>The rule firings on this claim's facts, when the evaluation explains itself.</summary>
    internal List<RuleFiring>? Firings { get; set; }

    /// <summary>The faults of rules that were judging this claim; a faulted claim leaves duplicate detection and arbitration.</summary>
    internal List<RuleFault>? Faults { get; set; }

    /// <summary>Whether the claim was set aside from duplicate detection and arbitration (its ID repeats an earlier claim's).</summary>
    internal bool IsSetAside { get; }

    /// <summary>Whether the claim takes part in duplicate detection and arbitration: not set aside and no rule failed on it.</summary>
    internal bool Competes => !IsSetAside && Faults is null;

    /// <summary>
    /// Reports a finding on the whole claim (it applies to every line). Call it from a rule's action. Findings are
    /// collected by the library, not inserted as facts: rules cannot match on findings.
    /// </summary>
    /// <param name="code">The finding code.</param>
    /// <param name="detail">Culture-neutral specifics shown after the message, such as the value at fault; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public void Report(FindingCode code, string? detail = null)
        => Add(new Finding(Guard.NotNull(code), Claim, null, detail));

    /// <summary>Reports a finding on the whole claim whose detail is made from the claim when it is read.</summary>
    internal void ReportFromClaim(FindingCode code, ClaimDetail detail) => Add(new Finding(code, Claim, null, detail));

    internal void Add(Finding finding) => (_findings ??= []).Add(finding);

    /// <summary>Whether a Blocking or ActionRequired finding was reported on the claim itself or on line <paramref name="line"/>.</summary>
    internal bool Disqualifies(int line)
    {
        if (_findings is null)
        {
            return false;
        }

        foreach (var finding in _findings)
        {
            if ((finding.Line is null || finding.Line.Index == line) && OutcomePolicy.KeepsOutOfArbitration(finding.Severity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A hash that is cheap to compute: NRules hashes every fact it holds, and identity hashing is slower.</summary>
    /// <returns>The claim's position in its batch.</returns>
    public override int GetHashCode() => Index;

    /// <summary>Reference equality: a fact is itself only.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>Whether it is this fact.</returns>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc />
    public override string ToString() => Claim.ToString();
}
