using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;

namespace Cpor.Rules.Evaluation;

/// <summary>
/// A batch's decisions kept as columns, one entry per claim at its position in the input, until they are read:
/// <see cref="DecisionAt"/> makes a <see cref="ClaimDecision"/> from them.
/// </summary>
/// <remarks>
/// A batch keeps every decision until it is written. Small objects kept that long are copied twice by the garbage
/// collector (into generation 1, then 2), and a workstation collector stops every thread of the batch while it copies:
/// at a million claims, copying decisions kept as objects took a quarter of the run and kept two threads from going
/// much faster than one. Here the columns are a few arrays of the batch's length, allocated once (large arrays are
/// never copied), and each session adds one array of its findings; nothing else is kept per claim but the key parts of
/// a claim of several lines (and their outcomes when these differ) and the contests and firings a claim took part in.
/// </remarks>
internal sealed class DecisionTable
{
    private static readonly OutcomeKind[] KindsByValue =
        [OutcomeKind.Eligible, OutcomeKind.PartiallyEligible, OutcomeKind.ActionRequired, OutcomeKind.UnderReview, OutcomeKind.Rejected];

    private readonly Claim[] _claims;
    private readonly byte[] _kinds;
    private readonly object?[] _lines;
    private readonly int[] _sessionOf;
    private readonly int[] _firstFinding;
    private readonly int[] _findingCount;
    // Per session: FindingRow[], or Finding[] when firings are kept (a firing names the very findings of the decision).
    private readonly Array[] _findings;
    private readonly IReadOnlyList<ArbitrationResult>?[] _arbitrations;
    private readonly IReadOnlyList<RuleFiring>?[]? _explanations;

    /// <param name="claims">The batch, in input order.</param>
    /// <param name="sessions">How many sessions decide it.</param>
    /// <param name="explain">Whether firings are kept.</param>
    public DecisionTable(Claim[] claims, int sessions, bool explain)
    {
        _claims = claims;
        _kinds = new byte[claims.Length];
        _lines = new object?[claims.Length];
        _sessionOf = new int[claims.Length];
        _firstFinding = new int[claims.Length];
        _findingCount = new int[claims.Length];
        _findings = new Array[sessions];
        _arbitrations = new IReadOnlyList<ArbitrationResult>?[claims.Length];
        // Stryker disable once Conditional : with the array, findings are kept as they are instead of as rows, and read the same
        _explanations = explain ? new IReadOnlyList<RuleFiring>?[claims.Length] : null;
    }

    /// <summary>The number of claims.</summary>
    public int Count => _claims.Length;

    /// <summary>
    /// Files the decision on the claim at <paramref name="index"/>, decided in session <paramref name="session"/>,
    /// whose findings go to <paramref name="sessionFindings"/> until <see cref="Seal"/>. Sessions may file at the same
    /// time: each writes only its own claims.
    /// </summary>
    public void Add(
        int session,
        int index,
        in AssembledDecision decision,
        List<Finding> sessionFindings,
        IReadOnlyList<ArbitrationResult>? arbitrations,
        IReadOnlyList<RuleFiring>? explanation)
    {
        _kinds[index] = (byte)decision.Kind.Value;
        _lines[index] = decision.Lines;
        _sessionOf[index] = session;
        _firstFinding[index] = sessionFindings.Count;
        if (decision.Findings is { } findings)
        {
            sessionFindings.AddRange(findings);
            _findingCount[index] = findings.Count;
        }

        _arbitrations[index] = arbitrations;
        if (_explanations is not null)
        {
            _explanations[index] = explanation;
        }
    }

    /// <summary>
    /// Keeps the findings of session <paramref name="session"/> in an array of their exact size: as rows (the findings
    /// themselves are left to die young), or as they are when firings are kept.
    /// </summary>
    public void Seal(int session, List<Finding> sessionFindings)
    {
        if (_explanations is not null)
        {
            _findings[session] = sessionFindings.ToArray();
            return;
        }

        var rows = new FindingRow[sessionFindings.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var finding = sessionFindings[i];
            rows[i] = new FindingRow(finding.Code, finding.Line, finding.DetailSource);
        }

        _findings[session] = rows;
    }

    /// <summary>The claim at <paramref name="index"/>.</summary>
    public Claim ClaimAt(int index) => _claims[index];

    /// <summary>The outcome of the claim at <paramref name="index"/>, without making its decision.</summary>
    public OutcomeKind KindAt(int index) => KindsByValue[_kinds[index]];

    /// <summary>The contests of the claim at <paramref name="index"/>, without making its decision.</summary>
    public IReadOnlyList<ArbitrationResult> ArbitrationsAt(int index) => _arbitrations[index] ?? [];

    /// <summary>Makes the decision on the claim at <paramref name="index"/> (a new object on every call).</summary>
    public ClaimDecision DecisionAt(int index)
    {
        var claim = _claims[index];
        Finding[] findings;
        if (_findings[_sessionOf[index]] is Finding[] kept)
        {
            findings = kept.AsSpan(_firstFinding[index], _findingCount[index]).ToArray();
        }
        else
        {
            var rows = ((FindingRow[])_findings[_sessionOf[index]]).AsSpan(_firstFinding[index], _findingCount[index]);
            findings = new Finding[rows.Length];
            for (var i = 0; i < findings.Length; i++)
            {
                findings[i] = new Finding(rows[i].Code, claim, rows[i].Line, rows[i].Detail);
            }
        }

        return new ClaimDecision(
            claim,
            ClaimOutcome.Of(KindAt(index), findings),
            _lines[index],
            ArbitrationsAt(index),
            _explanations?[index] ?? []);
    }
}
