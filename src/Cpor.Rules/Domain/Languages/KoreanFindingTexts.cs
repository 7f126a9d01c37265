using System.Collections.Frozen;

namespace Cpor.Rules.Domain.Languages;

/// <summary>
/// The Korean words of every catalogue finding code, keyed by the code's name; a code missing here is worded in
/// English (<see cref="FindingTexts"/>). A message is written so that the finding's detail can follow it in parentheses.
/// </summary>
internal static class KoreanFindingTexts
{
    /// <summary>
    /// The Korean words of each catalogue code, by the code's name. Keyed by <c>nameof</c>: a misspelt or removed code
    /// name does not compile, and <c>Add</c> refuses a name given twice.
    /// </summary>
    public static FrozenDictionary<string, FindingText> ByCodeName { get; } = new Dictionary<string, FindingText>(StringComparer.Ordinal)
    {
        {
            // CPOR-000
            nameof(FindingCode.InvalidClaimData),
            new(
                "클레임 정보를 읽을 수 없음",
                "클레임의 필드가 누락되었거나 형식이 올바르지 않아 클레임을 검토할 수 없습니다.",
                "세부 정보에 표시된 필드를 수정한 후(예: GUID 형식의 테넌트 ID, 목록에 있는 이름 그대로의 솔루션 영역·활동·역할) 클레임을 다시 제출하십시오.")
        },
        {
            // CPOR-001
            nameof(FindingCode.TenantNotFound),
            new(
                "고객 테넌트를 찾을 수 없음",
                "클레임에 입력한 테넌트 ID에 해당하는 고객 테넌트가 없습니다.",
                "고객에게 Microsoft 365 또는 Azure 관리 센터에서 테넌트(디렉터리) ID를 확인해 달라고 요청한 뒤, 확인된 ID로 클레임을 제출하십시오.")
        },
        {
            // CPOR-002
            nameof(FindingCode.DomainTenantMismatch),
            new(
                "도메인과 테넌트 불일치",
                "클레임의 고객 도메인이 해당 테넌트에 등록된 도메인이 아닙니다.",
                "클레임하려는 테넌트에 속한 도메인(예: .onmicrosoft.com 도메인)을 고객에게 확인한 뒤, 그 도메인으로 클레임을 제출하십시오.")
        },
        {
            // CPOR-003
            nameof(FindingCode.ActivityNotApplicable),
            new(
                "솔루션 영역에서 제공하지 않는 활동",
                "선택한 활동은 이 솔루션 영역에서 제공되지 않습니다. Microsoft 365 클레임은 사용(Usage) 활동만 가능합니다.",
                "솔루션 영역에 맞는 활동(비즈니스 애플리케이션: 사전 판매, 사용, 매출 연결 / Microsoft 365: 사용)을 선택하여 클레임을 다시 제출하십시오.")
        },
        {
            // CPOR-004
            nameof(FindingCode.RoleNotAuthorized),
            new(
                "클레임 제출 권한 없음",
                "고객 연결 클레임은 파트너의 청구 관리자, 전역 관리자 또는 인센티브 관리자만 제출할 수 있습니다.",
                "해당 역할이 있는 담당자에게 제출을 요청하거나, 전역 관리자에게 인센티브 관리자 역할을 할당해 달라고 요청하십시오.")
        },
        {
            // CPOR-005
            nameof(FindingCode.UnknownPartner),
            new(
                "파트너 ID를 찾을 수 없음",
                "클레임에 입력한 파트너 ID가 등록된 파트너 ID가 아닙니다.",
                "파트너 센터의 계정 설정에서 파트너(위치) ID를 확인한 뒤 올바른 ID로 클레임을 제출하십시오.")
        },
        {
            // CPOR-006
            nameof(FindingCode.GlobalPartnerId),
            new(
                "글로벌 계정 ID 사용",
                "클레임에 글로벌 계정 파트너 ID가 사용되었습니다. 고객 연결과 인센티브는 위치 파트너 ID를 기준으로 합니다.",
                "실제로 작업을 수행하고 인센티브 프로그램에 등록된 위치의 파트너 ID(기존 MPN ID)로 클레임을 다시 제출하십시오.")
        },
        {
            // CPOR-007
            nameof(FindingCode.NotASubscriptionId),
            new(
                "구독 ID 형식이 아님",
                "클레임에 입력한 식별자는 구독 ID가 아닙니다. 구독 ID는 GUID 형식입니다.",
                "고객에게 관리 센터에서 구독 ID(예: 0f8fad5b-d9cb-469f-a165-70867728950e)를 확인해 달라고 요청하고, 주문 번호나 계약 번호 대신 그 값을 입력하십시오.")
        },
        {
            // CPOR-008
            nameof(FindingCode.SubscriptionNotInTenant),
            new(
                "테넌트에 없는 구독",
                "클레임한 테넌트에는 입력한 구독 ID를 가진 구독이 없습니다.",
                "고객에게 구독 ID와 해당 구독이 속한 테넌트를 확인하고, 그 구독을 보유한 테넌트로 클레임하십시오.")
        },
        {
            // CPOR-009
            nameof(FindingCode.ProductNotInTenant),
            new(
                "테넌트에 없는 제품",
                "이 줄의 제품 또는 워크로드가 고객 테넌트에 없습니다.",
                "고객이 이 테넌트에서 해당 제품이나 워크로드를 사용 중인지, 이름이 구독에 표시된 것과 같은지 확인하십시오. 사용하지 않는다면 클레임에서 제외하십시오.")
        },
        {
            // CPOR-010
            nameof(FindingCode.SubscriptionIdRequired),
            new(
                "구독 ID 필요",
                "고객에게 이 제품의 구독이 여러 개 있어 어떤 구독에 대한 클레임인지 지정해야 합니다.",
                "작업한 구독이 어느 것인지 고객에게 확인하고 그 구독 ID를 클레임에 추가하십시오.")
        },
        {
            // CPOR-011
            nameof(FindingCode.SubscriptionNotDynamics),
            new(
                "Dynamics 365 구독이 아님",
                "비즈니스 애플리케이션 클레임은 Dynamics 365 구독만 대상으로 하며, 이 구독은 다른 제품입니다.",
                "고객의 Dynamics 365 구독으로 클레임하거나, 이 제품이 속한 솔루션 영역에서 클레임하십시오.")
        },
        {
            // CPOR-012
            nameof(FindingCode.SubscriptionIsCsp),
            new(
                "CSP로 구매한 구독",
                "이 구독은 클라우드 솔루션 공급자(CSP) 프로그램으로 구매되어 여기서 클레임할 수 없습니다. 비즈니스 애플리케이션 클레임은 볼륨 라이선스 또는 웹 직접 구매여야 합니다.",
                "이 구독을 클레임에서 제외하십시오. CSP 구매는 CSP 프로그램을 통해 인정됩니다.")
        },
        {
            // CPOR-013
            nameof(FindingCode.SubscriptionNotProvisioned),
            new(
                "구독이 아직 프로비저닝되지 않음",
                "구독은 있지만 아직 프로비저닝되지 않았습니다. 클레임할 수 있게 되기까지 며칠이 걸릴 수 있습니다.",
                "고객에게 구독 활성화를 마쳐 달라고 요청한 뒤, 며칠 후 같은 클레임을 다시 제출하십시오. 그래도 실패하면 인센티브 지원팀에 문의하십시오.")
        },
        {
            // CPOR-014
            nameof(FindingCode.SubscriptionNotActive),
            new(
                "활성 상태가 아닌 구독",
                "구독이 일시 중단, 사용 중지, 만료 또는 삭제된 상태여서 클레임할 수 없습니다.",
                "고객과 구독 상태를 확인하십시오. 갱신했거나 새 구독을 구매했다면 새 클레임으로 그 구독을 클레임하십시오.")
        },
        {
            // CPOR-015
            nameof(FindingCode.AlreadyClaimed),
            new(
                "이미 연결된 항목",
                "이 구독 또는 워크로드는 이미 귀사의 파트너 ID에 연결되어 있습니다.",
                "이 줄은 따로 조치할 필요가 없습니다. 나머지 항목만 결정받으려면 이 줄을 클레임에서 제외하십시오.")
        },
        {
            // CPOR-016
            nameof(FindingCode.DuplicateClaim),
            new(
                "중복 클레임",
                "이번 배치에서 같은 구독 또는 워크로드를 두 번 이상 클레임했습니다. 가장 먼저 제출한 클레임만 유지됩니다.",
                "이 중복 줄을 철회하십시오. 세부 정보에 표시된 먼저 제출한 클레임이 계속 검토됩니다.")
        },
        {
            // CPOR-017
            nameof(FindingCode.MissingAllPoe),
            new(
                "실행 증명(PoE) 없음",
                "클레임에 실행 증명(PoE)이 첨부되지 않았습니다.",
                "귀사의 서비스 내용과 클레임한 제품이 기재되고 고객이 서명한 작업 명세서 등 실행 증명을 첨부하여 제출하십시오.")
        },
        {
            // CPOR-018
            nameof(FindingCode.MissingCustomerAcknowledgment),
            new(
                "PoE에 고객 확인 없음",
                "실행 증명에 고객의 확인이나 서명이 없습니다.",
                "고객에게 실행 증명에 서명하거나 확인해 달라고 요청한 뒤, 확인된 문서를 다시 업로드하십시오.")
        },
        {
            // CPOR-019
            nameof(FindingCode.MissingOrOldDates),
            new(
                "PoE 날짜 누락 또는 기간 초과",
                "실행 증명의 고객 확인 날짜가 없거나, 제출일보다 늦거나, 허용 기간(기본값: 제출일 전 12개월)보다 오래되었습니다.",
                "제출일 전 허용 기간(기본값 12개월) 이내에 고객이 확인했고 확인 날짜가 표시된 실행 증명을 업로드하십시오.")
        },
        {
            // CPOR-020
            nameof(FindingCode.MissingPartnerService),
            new(
                "PoE에 서비스 내용 없음",
                "실행 증명에 귀사가 고객에게 제공한 서비스에 대한 설명이 없습니다.",
                "작업 명세서의 범위처럼 귀사가 고객을 위해 수행한 업무가 명시된 실행 증명을 업로드하십시오.")
        },
        {
            // CPOR-021
            nameof(FindingCode.MissingProducts),
            new(
                "PoE에 제품 누락",
                "이 줄에서 클레임한 제품 또는 워크로드가 실행 증명에 언급되어 있지 않습니다.",
                "클레임한 모든 제품과 워크로드가 기재된 실행 증명을 업로드하거나, 이 제품을 클레임에서 제외하십시오.")
        },
        {
            // CPOR-022
            nameof(FindingCode.PartnerNotEnrolled),
            new(
                "인센티브 프로그램 미등록",
                "귀사의 파트너 ID가 이 솔루션 영역의 인센티브 프로그램에 등록되어 있지 않아 연결되더라도 인센티브가 지급되지 않습니다.",
                "연결은 그대로 유지할 수 있습니다. 인센티브를 받으려면 파트너 센터에서 이 위치를 프로그램에 등록하거나, 등록된 위치 ID로 클레임하십시오.")
        },
        {
            // CPOR-023
            nameof(FindingCode.AssociationOnly),
            new(
                "연결만 인정, 인센티브 없음",
                "매출 연결(Revenue association)은 고객과의 연결만 기록하며 인센티브는 지급되지 않습니다.",
                "따로 조치할 필요는 없습니다. 사전 판매나 사용 촉진 업무를 수행했다면 인센티브 평가를 받을 수 있도록 해당 활동으로 클레임하십시오.")
        },
        {
            // CPOR-024
            nameof(FindingCode.SubscriptionInGrace),
            new(
                "유예 기간 중인 구독",
                "구독이 유예 기간 중입니다. 클레임은 가능하지만 구독이 만료되면 인센티브 적립이 중단됩니다.",
                "클레임에 대해서는 조치할 필요가 없습니다. 연결이 계속 인센티브를 적립할 수 있도록 고객에게 구독 갱신을 안내하십시오.")
        },
        {
            // CPOR-025
            nameof(FindingCode.CompetingClaimLost),
            new(
                "다른 클레임이 우선함",
                "다른 파트너의 클레임 또는 현재 등록된 파트너의 실행 증명이 더 최근에 고객 확인을 받아 이 줄보다 우선합니다.",
                "고객이 더 최근에 확인한 실행 증명이 있다면 30일 이내에 그 문서를 첨부하여 이의를 제기하십시오.")
        },
        {
            // CPOR-026
            nameof(FindingCode.CompetingClaimUnderReview),
            new(
                "경합 클레임 검토 중",
                "다른 파트너가 같은 구독 또는 워크로드를 같은 날짜의 실행 증명으로 클레임하여 검토자가 결정합니다.",
                "지금은 조치할 필요가 없습니다. 검토자가 양쪽 파트너에게 추가 정보를 요청할 수 있으며, 요청을 받으면 영업일 기준 5일 이내에 답변하십시오.")
        },
        {
            // CPOR-900
            nameof(FindingCode.EvaluationFault),
            new(
                "평가 오류",
                "이 클레임을 판정하는 중에 규칙이 실패하여 자동으로 결정할 수 없었습니다. 클레임의 오류가 아닙니다.",
                "지금은 조치할 필요가 없습니다. 검토자가 클레임을 결정하며, 정보 요청을 받으면 영업일 기준 5일 이내에 답변하십시오.")
        },
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
