using System.Globalization;
using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Domain.Languages;

namespace Cpor.Rules.Cli;

/// <summary>
/// The table's own words, in the language messages are shown in (Korean for any <c>ko</c> culture, English
/// otherwise). Outcomes, severities and arbitration results are worded in that language too; rule IDs and finding
/// codes stay as they are in both: they are what the JSON says and what support searches for.
/// </summary>
internal sealed record Labels(
    string Title,
    string AsOf,
    string NoAsOf,
    string Claims,
    string Decisions,
    string Claim,
    string Partner,
    string Outcome,
    string Lines,
    string Findings,
    string FindingsTitle,
    string Message,
    string WhatToDo,
    string Arbitrations,
    string Key,
    string Rank,
    string Contender,
    string Incumbent,
    string PoeAcknowledged,
    string SeparatedBy,
    string Result,
    string Summary,
    string Count,
    string Total,
    string NoFindings,
    string NoArbitrations,
    string Truncated)
{
    public static Labels English { get; } = new(
        Title: "CPOR decisions",
        AsOf: "as of",
        NoAsOf: "no evaluation date",
        Claims: "{0:N0} claims",
        Decisions: "Decisions",
        Claim: "Claim",
        Partner: "Partner",
        Outcome: "Outcome",
        Lines: "Lines",
        Findings: "Findings",
        FindingsTitle: "Findings and what to do",
        Message: "Finding",
        WhatToDo: "What to do",
        Arbitrations: "Arbitrations",
        Key: "Tenant └ subscription or workload",
        Rank: "Rank",
        Contender: "Contender",
        Incumbent: "incumbent",
        PoeAcknowledged: "PoE acknowledged",
        SeparatedBy: "Separated by",
        Result: "Result",
        Summary: "Summary",
        Count: "Claims",
        Total: "Total",
        NoFindings: "No findings.",
        NoArbitrations: "No competing claims.",
        Truncated: "The first {0:N0} of {1:N0} claims are shown; use --all or --format json for all of them.")
    {
        OneClaim = "1 claim",
        Filtered = "Only {2} claims are shown: {0:N0} of {1:N0}.",
        FilteredTruncated = "Only {2} claims are shown: the first {0:N0} of {1:N0}; use --all for all of them.",
        OutcomeNames = new Dictionary<OutcomeKind, string>
        {
            [OutcomeKind.Eligible] = "Eligible",
            [OutcomeKind.PartiallyEligible] = "PartiallyEligible",
            [OutcomeKind.ActionRequired] = "ActionRequired",
            [OutcomeKind.UnderReview] = "UnderReview",
            [OutcomeKind.Rejected] = "Rejected",
        },
        SeverityNames = new Dictionary<Severity, string>
        {
            [Severity.Blocking] = "Blocking",
            [Severity.ActionRequired] = "ActionRequired",
            [Severity.Advisory] = "Advisory",
        },
        VerdictNames = new Dictionary<ArbitrationVerdict, string>
        {
            [ArbitrationVerdict.Decided] = "Decided",
            [ArbitrationVerdict.ManualReview] = "ManualReview",
        },
    };

    public static Labels Korean { get; } = new(
        Title: "CPOR 결정",
        AsOf: "기준일",
        NoAsOf: "기준일 없음",
        Claims: "클레임 {0:N0}건",
        Decisions: "결정",
        Claim: "클레임",
        Partner: "파트너",
        Outcome: "결과",
        Lines: "제품별 결과",
        Findings: "발견 사항",
        FindingsTitle: "발견 사항과 조치 방법",
        Message: "발견 사항",
        WhatToDo: "조치 방법",
        Arbitrations: "경합 클레임 중재",
        Key: "테넌트 └ 구독 또는 워크로드",
        Rank: "순위",
        Contender: "경합자",
        Incumbent: "현재 보유자",
        PoeAcknowledged: "PoE 확인일",
        SeparatedBy: "순위 결정 기준",
        Result: "중재 결과",
        Summary: "요약",
        Count: "클레임",
        Total: "합계",
        NoFindings: "발견 사항이 없습니다.",
        NoArbitrations: "경합하는 클레임이 없습니다.",
        Truncated: "클레임 {1:N0}건 중 처음 {0:N0}건만 표시합니다. 모두 보려면 --all 또는 --format json을 사용하세요.")
    {
        OneClaim = "클레임 1건",
        Filtered = "결과가 {2}인 클레임만 표시합니다: {1:N0}건 중 {0:N0}건.",
        FilteredTruncated = "결과가 {2}인 클레임만 표시합니다: {1:N0}건 중 처음 {0:N0}건. 모두 보려면 --all을 사용하세요.",
        OutcomeNames = new Dictionary<OutcomeKind, string>
        {
            [OutcomeKind.Eligible] = "적격",
            [OutcomeKind.PartiallyEligible] = "부분 적격",
            [OutcomeKind.ActionRequired] = "조치 필요",
            [OutcomeKind.UnderReview] = "검토 중",
            [OutcomeKind.Rejected] = "거부됨",
        },
        SeverityNames = new Dictionary<Severity, string>
        {
            [Severity.Blocking] = "차단",
            [Severity.ActionRequired] = "조치 필요",
            [Severity.Advisory] = "참고",
        },
        VerdictNames = new Dictionary<ArbitrationVerdict, string>
        {
            [ArbitrationVerdict.Decided] = "결정됨",
            [ArbitrationVerdict.ManualReview] = "수동 검토",
        },
    };

    /// <summary>The header's count for exactly one claim (the plural form <see cref="Claims"/> does not fit it in English).</summary>
    public required string OneClaim { get; init; }

    /// <summary>Said before the tables when <c>--only</c> filters them: {0} shown, {1} with that outcome, {2} the outcome.</summary>
    public required string Filtered { get; init; }

    /// <summary>As <see cref="Filtered"/>, when the cap also applies: {0} shown, {1} with that outcome, {2} the outcome.</summary>
    public required string FilteredTruncated { get; init; }

    /// <summary>Outcome names as shown.</summary>
    public required IReadOnlyDictionary<OutcomeKind, string> OutcomeNames { get; init; }

    /// <summary>Severity names as shown.</summary>
    public required IReadOnlyDictionary<Severity, string> SeverityNames { get; init; }

    /// <summary>Arbitration results as shown.</summary>
    public required IReadOnlyDictionary<ArbitrationVerdict, string> VerdictNames { get; init; }

    /// <summary>The header's claim count: singular for one.</summary>
    public string ClaimCount(int count)
        => count == 1 ? OneClaim : string.Format(CultureInfo.InvariantCulture, Claims, count);

    public static Labels For(CultureInfo culture)
        => Cultures.IsKorean(culture) ? Korean : English;
}
