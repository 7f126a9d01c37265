using System.Globalization;

namespace Cpor.Rules.Cli;

/// <summary>
/// The table's own words, in the language messages are shown in (Korean for any <c>ko</c> culture, English
/// otherwise). Contract names (outcomes, codes, severities) stay as they are in both: they are what the JSON says.
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
        Truncated: "The first {0:N0} of {1:N0} claims are shown; use --format json for all of them.");

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
        Truncated: "클레임 {1:N0}건 중 처음 {0:N0}건만 표시합니다. 모두 보려면 --format json을 사용하세요.");

    public static Labels For(CultureInfo culture)
        => string.Equals(culture.TwoLetterISOLanguageName, "ko", StringComparison.OrdinalIgnoreCase) ? Korean : English;
}
