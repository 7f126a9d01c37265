namespace Cpor.Rules.Domain;

/// <summary>
/// The words of every catalogue finding, in English and in Korean, indexed by the code's value (CPOR-000 is 0).
/// Kept together so that a reviewer reads each code's two languages side by side; <see cref="FindingTexts"/> picks the
/// language. A message is written so that the finding's detail can follow it in parentheses.
/// </summary>
internal static class FindingCatalogueText
{
    private static readonly FindingText[] EnglishTexts =
    [
        // CPOR-000 InvalidClaimData
        new(
            "Claim data cannot be read",
            "A field of the claim is missing or is not in the expected form, so the claim cannot be checked.",
            "Correct the field named in the details (for example a tenant ID in GUID form, or a solution area, activity or role spelled as listed) and submit the claim again."),

        // CPOR-001 TenantNotFound
        new(
            "Customer tenant not found",
            "The tenant ID on the claim does not belong to any customer tenant we know.",
            "Ask the customer to confirm their tenant (directory) ID in the Microsoft 365 or Azure admin center, then submit the claim with that ID."),

        // CPOR-002 DomainTenantMismatch
        new(
            "Domain does not match the tenant",
            "The customer domain on the claim is not one of the domains of the claimed tenant.",
            "Ask the customer to confirm which domain belongs to the tenant you are claiming (for example their .onmicrosoft.com domain) and submit the claim with that domain."),

        // CPOR-003 ActivityNotApplicable
        new(
            "Activity not offered in this solution area",
            "The activity you chose is not offered in the claim's solution area: Microsoft 365 claims are for Usage only.",
            "Choose an activity the solution area offers (Business Applications: Pre-sales, Usage or Revenue association; Microsoft 365: Usage) and submit the claim again."),

        // CPOR-004 RoleNotAuthorized
        new(
            "Your role cannot submit claims",
            "Only a billing admin, global admin or incentives admin of the partner can submit a customer association claim.",
            "Ask someone in your organization with one of those roles to submit the claim, or ask your global admin to assign you the incentives admin role."),

        // CPOR-005 UnknownPartner
        new(
            "Partner ID not found",
            "The partner ID on the claim is not a partner ID we know.",
            "Check the partner (location) ID in Partner Center under your account settings and submit the claim with the correct ID."),

        // CPOR-006 GlobalPartnerId
        new(
            "Global account ID used",
            "The claim uses your global account partner ID; customer associations and incentives are tied to location partner IDs.",
            "Submit the claim again with the location partner ID (formerly MPN ID) of the location that did the work and is enrolled in the incentive program."),

        // CPOR-007 NotASubscriptionId
        new(
            "Not a subscription ID",
            "The subscription identifier on the claim is not a subscription ID; a subscription ID is a GUID.",
            "Ask the customer for the subscription ID (a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e) in their admin center and enter it instead of an order, contract or product number."),

        // CPOR-008 SubscriptionNotInTenant
        new(
            "Subscription not in this tenant",
            "No subscription of the claimed tenant has the subscription ID on the claim.",
            "Ask the customer to confirm the subscription ID and the tenant it belongs to; claim the subscription under the tenant that owns it."),

        // CPOR-009 ProductNotInTenant
        new(
            "Product not found on the tenant",
            "The product or workload on this line is not present on the customer's tenant.",
            "Check with the customer that they have the product or workload on this tenant and that its name is spelled as in their subscription; remove it from the claim if they do not."),

        // CPOR-010 SubscriptionIdRequired
        new(
            "Subscription ID needed",
            "The customer has more than one subscription of this product, so the claim must say which one it is for.",
            "Ask the customer which subscription you worked on and add its subscription ID to the claim."),

        // CPOR-011 SubscriptionNotDynamics
        new(
            "Not a Dynamics 365 subscription",
            "Business Applications claims are for Dynamics 365 subscriptions, and this subscription is for another product.",
            "Claim a Dynamics 365 subscription of the customer, or claim this product in the solution area it belongs to."),

        // CPOR-012 SubscriptionIsCsp
        new(
            "Subscription bought through CSP",
            "The subscription was bought through the Cloud Solution Provider program, which cannot be claimed here: Business Applications claims need a Volume Licensing or Web Direct purchase.",
            "Remove this subscription from the claim; CSP purchases are recognized through the CSP program instead."),

        // CPOR-013 SubscriptionNotProvisioned
        new(
            "Subscription not provisioned yet",
            "The subscription exists but is not provisioned yet; it can take a few days before it can be claimed.",
            "Ask the customer to finish activating the subscription, then submit the same claim again in a few days. If it still fails, contact incentives support."),

        // CPOR-014 SubscriptionNotActive
        new(
            "Subscription not active",
            "The subscription is suspended, disabled, expired or deleted, so it cannot be claimed.",
            "Check the subscription's status with the customer. If they renewed or bought a new subscription, claim that one in a new claim."),

        // CPOR-015 AlreadyClaimed
        new(
            "Already associated with you",
            "Your partner ID already holds the association for this subscription or workload.",
            "No action is needed for this line: you already hold it. Remove it from the claim if you want the rest decided alone."),

        // CPOR-016 DuplicateClaim
        new(
            "Duplicate claim",
            "You claimed the same subscription or workload more than once in this batch; only the earliest claim is kept.",
            "Withdraw this duplicate line; the earlier claim named in the details goes on for review."),

        // CPOR-017 MissingAllPoe
        new(
            "No proof of execution",
            "The claim has no proof of execution attached.",
            "Attach a proof of execution, such as a statement of work signed by the customer, that describes your service and lists the claimed products, then submit the claim."),

        // CPOR-018 MissingCustomerAcknowledgment
        new(
            "No customer acknowledgment on the PoE",
            "The proof of execution is not acknowledged or signed by the customer.",
            "Have the customer sign or otherwise acknowledge the proof of execution and upload the acknowledged version."),

        // CPOR-019 MissingOrOldDates
        new(
            "PoE date missing or out of range",
            "The customer's acknowledgment date on the proof of execution is missing, later than the submission date, or older than the allowed age (12 months before submission by default).",
            "Upload a proof of execution acknowledged by the customer within the allowed age before you submit (12 months by default), with the acknowledgment date shown on it."),

        // CPOR-020 MissingPartnerService
        new(
            "PoE does not describe your service",
            "The proof of execution does not describe the service your organization delivered to the customer.",
            "Upload a proof of execution that states what your organization did for the customer, for example the scope of a statement of work."),

        // CPOR-021 MissingProducts
        new(
            "Product missing from the PoE",
            "The proof of execution does not mention the product or workload claimed on this line.",
            "Upload a proof of execution that lists every claimed product or workload, or remove this product from the claim."),

        // CPOR-022 PartnerNotEnrolled
        new(
            "Not enrolled in the incentive program",
            "Your partner ID is not enrolled in the incentive program of this solution area, so the association earns no incentives.",
            "You may keep the association. To earn incentives, enroll this location in the program in Partner Center, or claim with a location ID that is enrolled."),

        // CPOR-023 AssociationOnly
        new(
            "Association only, no incentives",
            "A revenue association records your association with the customer but never pays incentives.",
            "No action is needed. If you performed pre-sales or usage work, claim that activity instead to be assessed for incentives."),

        // CPOR-024 SubscriptionInGrace
        new(
            "Subscription in grace period",
            "The subscription is in its grace period: it can be claimed, but earnings stop if it lapses.",
            "No action is needed for the claim. Remind the customer to renew the subscription so that the association keeps earning."),

        // CPOR-025 CompetingClaimLost
        new(
            "Another claim ranks higher",
            "Another partner's claim or the current partner of record ranks above this line, because its proof of execution was acknowledged more recently.",
            "If you hold a newer proof of execution acknowledged by the customer, dispute the decision within 30 days and attach it."),

        // CPOR-026 CompetingClaimUnderReview
        new(
            "Competing claims under review",
            "Another partner claimed the same subscription or workload with an equally recent proof of execution, so a reviewer will decide.",
            "No action is needed now. Reviewers may ask both partners for more information; answer within 5 business days if they do."),
    ];

    private static readonly FindingText[] KoreanTexts =
    [
        // CPOR-000 InvalidClaimData
        new(
            "클레임 정보를 읽을 수 없음",
            "클레임의 필드가 누락되었거나 형식이 올바르지 않아 클레임을 검토할 수 없습니다.",
            "세부 정보에 표시된 필드를 수정한 후(예: GUID 형식의 테넌트 ID, 목록에 있는 이름 그대로의 솔루션 영역·활동·역할) 클레임을 다시 제출하십시오."),

        // CPOR-001 TenantNotFound
        new(
            "고객 테넌트를 찾을 수 없음",
            "클레임에 입력한 테넌트 ID에 해당하는 고객 테넌트가 없습니다.",
            "고객에게 Microsoft 365 또는 Azure 관리 센터에서 테넌트(디렉터리) ID를 확인해 달라고 요청한 뒤, 확인된 ID로 클레임을 제출하십시오."),

        // CPOR-002 DomainTenantMismatch
        new(
            "도메인과 테넌트 불일치",
            "클레임의 고객 도메인이 해당 테넌트에 등록된 도메인이 아닙니다.",
            "클레임하려는 테넌트에 속한 도메인(예: .onmicrosoft.com 도메인)을 고객에게 확인한 뒤, 그 도메인으로 클레임을 제출하십시오."),

        // CPOR-003 ActivityNotApplicable
        new(
            "솔루션 영역에서 제공하지 않는 활동",
            "선택한 활동은 이 솔루션 영역에서 제공되지 않습니다. Microsoft 365 클레임은 사용(Usage) 활동만 가능합니다.",
            "솔루션 영역에 맞는 활동(비즈니스 애플리케이션: 사전 판매, 사용, 매출 연결 / Microsoft 365: 사용)을 선택하여 클레임을 다시 제출하십시오."),

        // CPOR-004 RoleNotAuthorized
        new(
            "클레임 제출 권한 없음",
            "고객 연결 클레임은 파트너의 청구 관리자, 전역 관리자 또는 인센티브 관리자만 제출할 수 있습니다.",
            "해당 역할이 있는 담당자에게 제출을 요청하거나, 전역 관리자에게 인센티브 관리자 역할을 할당해 달라고 요청하십시오."),

        // CPOR-005 UnknownPartner
        new(
            "파트너 ID를 찾을 수 없음",
            "클레임에 입력한 파트너 ID가 등록된 파트너 ID가 아닙니다.",
            "파트너 센터의 계정 설정에서 파트너(위치) ID를 확인한 뒤 올바른 ID로 클레임을 제출하십시오."),

        // CPOR-006 GlobalPartnerId
        new(
            "글로벌 계정 ID 사용",
            "클레임에 글로벌 계정 파트너 ID가 사용되었습니다. 고객 연결과 인센티브는 위치 파트너 ID를 기준으로 합니다.",
            "실제로 작업을 수행하고 인센티브 프로그램에 등록된 위치의 파트너 ID(기존 MPN ID)로 클레임을 다시 제출하십시오."),

        // CPOR-007 NotASubscriptionId
        new(
            "구독 ID 형식이 아님",
            "클레임에 입력한 식별자는 구독 ID가 아닙니다. 구독 ID는 GUID 형식입니다.",
            "고객에게 관리 센터에서 구독 ID(예: 0f8fad5b-d9cb-469f-a165-70867728950e)를 확인해 달라고 요청하고, 주문 번호나 계약 번호 대신 그 값을 입력하십시오."),

        // CPOR-008 SubscriptionNotInTenant
        new(
            "테넌트에 없는 구독",
            "클레임한 테넌트에는 입력한 구독 ID를 가진 구독이 없습니다.",
            "고객에게 구독 ID와 해당 구독이 속한 테넌트를 확인하고, 그 구독을 보유한 테넌트로 클레임하십시오."),

        // CPOR-009 ProductNotInTenant
        new(
            "테넌트에 없는 제품",
            "이 줄의 제품 또는 워크로드가 고객 테넌트에 없습니다.",
            "고객이 이 테넌트에서 해당 제품이나 워크로드를 사용 중인지, 이름이 구독에 표시된 것과 같은지 확인하십시오. 사용하지 않는다면 클레임에서 제외하십시오."),

        // CPOR-010 SubscriptionIdRequired
        new(
            "구독 ID 필요",
            "고객에게 이 제품의 구독이 여러 개 있어 어떤 구독에 대한 클레임인지 지정해야 합니다.",
            "작업한 구독이 어느 것인지 고객에게 확인하고 그 구독 ID를 클레임에 추가하십시오."),

        // CPOR-011 SubscriptionNotDynamics
        new(
            "Dynamics 365 구독이 아님",
            "비즈니스 애플리케이션 클레임은 Dynamics 365 구독만 대상으로 하며, 이 구독은 다른 제품입니다.",
            "고객의 Dynamics 365 구독으로 클레임하거나, 이 제품이 속한 솔루션 영역에서 클레임하십시오."),

        // CPOR-012 SubscriptionIsCsp
        new(
            "CSP로 구매한 구독",
            "이 구독은 클라우드 솔루션 공급자(CSP) 프로그램으로 구매되어 여기서 클레임할 수 없습니다. 비즈니스 애플리케이션 클레임은 볼륨 라이선스 또는 웹 직접 구매여야 합니다.",
            "이 구독을 클레임에서 제외하십시오. CSP 구매는 CSP 프로그램을 통해 인정됩니다."),

        // CPOR-013 SubscriptionNotProvisioned
        new(
            "구독이 아직 프로비저닝되지 않음",
            "구독은 있지만 아직 프로비저닝되지 않았습니다. 클레임할 수 있게 되기까지 며칠이 걸릴 수 있습니다.",
            "고객에게 구독 활성화를 마쳐 달라고 요청한 뒤, 며칠 후 같은 클레임을 다시 제출하십시오. 그래도 실패하면 인센티브 지원팀에 문의하십시오."),

        // CPOR-014 SubscriptionNotActive
        new(
            "활성 상태가 아닌 구독",
            "구독이 일시 중단, 사용 중지, 만료 또는 삭제된 상태여서 클레임할 수 없습니다.",
            "고객과 구독 상태를 확인하십시오. 갱신했거나 새 구독을 구매했다면 새 클레임으로 그 구독을 클레임하십시오."),

        // CPOR-015 AlreadyClaimed
        new(
            "이미 연결된 항목",
            "이 구독 또는 워크로드는 이미 귀사의 파트너 ID에 연결되어 있습니다.",
            "이 줄은 따로 조치할 필요가 없습니다. 나머지 항목만 결정받으려면 이 줄을 클레임에서 제외하십시오."),

        // CPOR-016 DuplicateClaim
        new(
            "중복 클레임",
            "이번 배치에서 같은 구독 또는 워크로드를 두 번 이상 클레임했습니다. 가장 먼저 제출한 클레임만 유지됩니다.",
            "이 중복 줄을 철회하십시오. 세부 정보에 표시된 먼저 제출한 클레임이 계속 검토됩니다."),

        // CPOR-017 MissingAllPoe
        new(
            "실행 증명(PoE) 없음",
            "클레임에 실행 증명(PoE)이 첨부되지 않았습니다.",
            "귀사의 서비스 내용과 클레임한 제품이 기재되고 고객이 서명한 작업 명세서 등 실행 증명을 첨부하여 제출하십시오."),

        // CPOR-018 MissingCustomerAcknowledgment
        new(
            "PoE에 고객 확인 없음",
            "실행 증명에 고객의 확인이나 서명이 없습니다.",
            "고객에게 실행 증명에 서명하거나 확인해 달라고 요청한 뒤, 확인된 문서를 다시 업로드하십시오."),

        // CPOR-019 MissingOrOldDates
        new(
            "PoE 날짜 누락 또는 기간 초과",
            "실행 증명의 고객 확인 날짜가 없거나, 제출일보다 늦거나, 허용 기간(기본값: 제출일 전 12개월)보다 오래되었습니다.",
            "제출일 전 허용 기간(기본값 12개월) 이내에 고객이 확인했고 확인 날짜가 표시된 실행 증명을 업로드하십시오."),

        // CPOR-020 MissingPartnerService
        new(
            "PoE에 서비스 내용 없음",
            "실행 증명에 귀사가 고객에게 제공한 서비스에 대한 설명이 없습니다.",
            "작업 명세서의 범위처럼 귀사가 고객을 위해 수행한 업무가 명시된 실행 증명을 업로드하십시오."),

        // CPOR-021 MissingProducts
        new(
            "PoE에 제품 누락",
            "이 줄에서 클레임한 제품 또는 워크로드가 실행 증명에 언급되어 있지 않습니다.",
            "클레임한 모든 제품과 워크로드가 기재된 실행 증명을 업로드하거나, 이 제품을 클레임에서 제외하십시오."),

        // CPOR-022 PartnerNotEnrolled
        new(
            "인센티브 프로그램 미등록",
            "귀사의 파트너 ID가 이 솔루션 영역의 인센티브 프로그램에 등록되어 있지 않아 연결되더라도 인센티브가 지급되지 않습니다.",
            "연결은 그대로 유지할 수 있습니다. 인센티브를 받으려면 파트너 센터에서 이 위치를 프로그램에 등록하거나, 등록된 위치 ID로 클레임하십시오."),

        // CPOR-023 AssociationOnly
        new(
            "연결만 인정, 인센티브 없음",
            "매출 연결(Revenue association)은 고객과의 연결만 기록하며 인센티브는 지급되지 않습니다.",
            "따로 조치할 필요는 없습니다. 사전 판매나 사용 촉진 업무를 수행했다면 인센티브 평가를 받을 수 있도록 해당 활동으로 클레임하십시오."),

        // CPOR-024 SubscriptionInGrace
        new(
            "유예 기간 중인 구독",
            "구독이 유예 기간 중입니다. 클레임은 가능하지만 구독이 만료되면 인센티브 적립이 중단됩니다.",
            "클레임에 대해서는 조치할 필요가 없습니다. 연결이 계속 인센티브를 적립할 수 있도록 고객에게 구독 갱신을 안내하십시오."),

        // CPOR-025 CompetingClaimLost
        new(
            "다른 클레임이 우선함",
            "다른 파트너의 클레임 또는 현재 등록된 파트너의 실행 증명이 더 최근에 고객 확인을 받아 이 줄보다 우선합니다.",
            "고객이 더 최근에 확인한 실행 증명이 있다면 30일 이내에 그 문서를 첨부하여 이의를 제기하십시오."),

        // CPOR-026 CompetingClaimUnderReview
        new(
            "경합 클레임 검토 중",
            "다른 파트너가 같은 구독 또는 워크로드를 같은 날짜의 실행 증명으로 클레임하여 검토자가 결정합니다.",
            "지금은 조치할 필요가 없습니다. 검토자가 양쪽 파트너에게 추가 정보를 요청할 수 있으며, 요청을 받으면 영업일 기준 5일 이내에 답변하십시오."),
    ];

    // CPOR-900 EvaluationFault: the library's own fault, outside the numbered catalogue rows.
    private static readonly FindingText EvaluationFaultEnglish = new(
        "Evaluation fault",
        "A rule failed while judging this claim, so it could not be decided automatically. This is not an error in your claim.",
        "No action is needed. A reviewer will decide the claim; answer within 5 business days if they ask for information.");

    private static readonly FindingText EvaluationFaultKorean = new(
        "평가 오류",
        "이 클레임을 판정하는 중에 규칙이 실패하여 자동으로 결정할 수 없었습니다. 클레임의 오류가 아닙니다.",
        "지금은 조치할 필요가 없습니다. 검토자가 클레임을 결정하며, 정보 요청을 받으면 영업일 기준 5일 이내에 답변하십시오.");

    /// <summary>The English words of a catalogue code.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a catalogue value (0 to 26, or 900).</exception>
    public static FindingText English(int code) => code == 900 ? EvaluationFaultEnglish : Pick(EnglishTexts, code);

    /// <summary>The Korean words of a catalogue code.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a catalogue value (0 to 26, or 900).</exception>
    public static FindingText Korean(int code) => code == 900 ? EvaluationFaultKorean : Pick(KoreanTexts, code);

    private static FindingText Pick(FindingText[] texts, int code)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(code);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(code, texts.Length);
        return texts[code];
    }
}
