using System.Collections.Frozen;

namespace Cpor.Rules.Domain.Languages;

/// <summary>
/// The English words of every catalogue finding code, keyed by the code's name. English is the fallback: every code
/// must have its words here (a test holds this file to <see cref="FindingCode"/>'s list). A message is written so that
/// the finding's detail can follow it in parentheses.
/// </summary>
internal static class EnglishFindingTexts
{
    /// <summary>
    /// The English words of each catalogue code, by the code's name. Keyed by <c>nameof</c>: a misspelt or removed code
    /// name does not compile, and <c>Add</c> refuses a name given twice.
    /// </summary>
    public static FrozenDictionary<string, FindingText> ByCodeName { get; } = new Dictionary<string, FindingText>(StringComparer.Ordinal)
    {
        {
            // CPOR-000
            nameof(FindingCode.InvalidClaimData),
            new(
                "Claim data cannot be read",
                "A field of the claim is missing or is not in the expected form, so the claim cannot be checked.",
                "Correct the field named in the details (for example a tenant ID in GUID form, or a solution area, activity or role spelled as listed) and submit the claim again.")
        },
        {
            // CPOR-001
            nameof(FindingCode.TenantNotFound),
            new(
                "Customer tenant not found",
                "The tenant ID on the claim does not belong to any customer tenant we know.",
                "Ask the customer to confirm their tenant (directory) ID in the Microsoft 365 or Azure admin center, then submit the claim with that ID.")
        },
        {
            // CPOR-002
            nameof(FindingCode.DomainTenantMismatch),
            new(
                "Domain does not match the tenant",
                "The customer domain on the claim is not one of the domains of the claimed tenant.",
                "Ask the customer to confirm which domain belongs to the tenant you are claiming (for example their .onmicrosoft.com domain) and submit the claim with that domain.")
        },
        {
            // CPOR-003
            nameof(FindingCode.ActivityNotApplicable),
            new(
                "Activity not offered in this solution area",
                "The activity you chose is not offered in the claim's solution area: Microsoft 365 claims are for Usage only.",
                "Choose an activity the solution area offers (Business Applications: Pre-sales, Usage or Revenue association; Microsoft 365: Usage) and submit the claim again.")
        },
        {
            // CPOR-004
            nameof(FindingCode.RoleNotAuthorized),
            new(
                "Your role cannot submit claims",
                "Only a billing admin, global admin or incentives admin of the partner can submit a customer association claim.",
                "Ask someone in your organization with one of those roles to submit the claim, or ask your global admin to assign you the incentives admin role.")
        },
        {
            // CPOR-005
            nameof(FindingCode.UnknownPartner),
            new(
                "Partner ID not found",
                "The partner ID on the claim is not a partner ID we know.",
                "Check the partner (location) ID in Partner Center under your account settings and submit the claim with the correct ID.")
        },
        {
            // CPOR-006
            nameof(FindingCode.GlobalPartnerId),
            new(
                "Global account ID used",
                "The claim uses your global account partner ID; customer associations and incentives are tied to location partner IDs.",
                "Submit the claim again with the location partner ID (formerly MPN ID) of the location that did the work and is enrolled in the incentive program.")
        },
        {
            // CPOR-007
            nameof(FindingCode.NotASubscriptionId),
            new(
                "Not a subscription ID",
                "The subscription identifier on the claim is not a subscription ID; a subscription ID is a GUID.",
                "Ask the customer for the subscription ID (a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e) in their admin center and enter it instead of an order, contract or product number.")
        },
        {
            // CPOR-008
            nameof(FindingCode.SubscriptionNotInTenant),
            new(
                "Subscription not in this tenant",
                "No subscription of the claimed tenant has the subscription ID on the claim.",
                "Ask the customer to confirm the subscription ID and the tenant it belongs to; claim the subscription under the tenant that owns it.")
        },
        {
            // CPOR-009
            nameof(FindingCode.ProductNotInTenant),
            new(
                "Product not found on the tenant",
                "The product or workload on this line is not present on the customer's tenant.",
                "Check with the customer that they have the product or workload on this tenant and that its name is spelled as in their subscription; remove it from the claim if they do not.")
        },
        {
            // CPOR-010
            nameof(FindingCode.SubscriptionIdRequired),
            new(
                "Subscription ID needed",
                "The customer has more than one subscription of this product, so the claim must say which one it is for.",
                "Ask the customer which subscription you worked on and add its subscription ID to the claim.")
        },
        {
            // CPOR-011
            nameof(FindingCode.SubscriptionNotDynamics),
            new(
                "Not a Dynamics 365 subscription",
                "Business Applications claims are for Dynamics 365 subscriptions, and this subscription is for another product.",
                "Claim a Dynamics 365 subscription of the customer, or claim this product in the solution area it belongs to.")
        },
        {
            // CPOR-012
            nameof(FindingCode.SubscriptionIsCsp),
            new(
                "Subscription bought through CSP",
                "The subscription was bought through the Cloud Solution Provider program, which cannot be claimed here: Business Applications claims need a Volume Licensing or Web Direct purchase.",
                "Remove this subscription from the claim; CSP purchases are recognized through the CSP program instead.")
        },
        {
            // CPOR-013
            nameof(FindingCode.SubscriptionNotProvisioned),
            new(
                "Subscription not provisioned yet",
                "The subscription exists but is not provisioned yet; it can take a few days before it can be claimed.",
                "Ask the customer to finish activating the subscription, then submit the same claim again in a few days. If it still fails, contact incentives support.")
        },
        {
            // CPOR-014
            nameof(FindingCode.SubscriptionNotActive),
            new(
                "Subscription not active",
                "The subscription is suspended, disabled, expired or deleted, so it cannot be claimed.",
                "Check the subscription's status with the customer. If they renewed or bought a new subscription, claim that one in a new claim.")
        },
        {
            // CPOR-015
            nameof(FindingCode.AlreadyClaimed),
            new(
                "Already associated with you",
                "Your partner ID already holds the association for this subscription or workload.",
                "No action is needed for this line: you already hold it. Remove it from the claim if you want the rest decided alone.")
        },
        {
            // CPOR-016
            nameof(FindingCode.DuplicateClaim),
            new(
                "Duplicate claim",
                "You claimed the same subscription or workload more than once in this batch; only the earliest claim is kept.",
                "Withdraw this duplicate line; the earlier claim named in the details goes on for review.")
        },
        {
            // CPOR-017
            nameof(FindingCode.MissingAllPoe),
            new(
                "No proof of execution",
                "The claim has no proof of execution attached.",
                "Attach a proof of execution, such as a statement of work signed by the customer, that describes your service and lists the claimed products, then submit the claim.")
        },
        {
            // CPOR-018
            nameof(FindingCode.MissingCustomerAcknowledgment),
            new(
                "No customer acknowledgment on the PoE",
                "The proof of execution is not acknowledged or signed by the customer.",
                "Have the customer sign or otherwise acknowledge the proof of execution and upload the acknowledged version.")
        },
        {
            // CPOR-019
            nameof(FindingCode.MissingOrOldDates),
            new(
                "PoE date missing or out of range",
                "The customer's acknowledgment date on the proof of execution is missing, later than the submission date, or older than the allowed age (12 months before submission by default).",
                "Upload a proof of execution acknowledged by the customer within the allowed age before you submit (12 months by default), with the acknowledgment date shown on it.")
        },
        {
            // CPOR-020
            nameof(FindingCode.MissingPartnerService),
            new(
                "PoE does not describe your service",
                "The proof of execution does not describe the service your organization delivered to the customer.",
                "Upload a proof of execution that states what your organization did for the customer, for example the scope of a statement of work.")
        },
        {
            // CPOR-021
            nameof(FindingCode.MissingProducts),
            new(
                "Product missing from the PoE",
                "The proof of execution does not mention the product or workload claimed on this line.",
                "Upload a proof of execution that lists every claimed product or workload, or remove this product from the claim.")
        },
        {
            // CPOR-022
            nameof(FindingCode.PartnerNotEnrolled),
            new(
                "Not enrolled in the incentive program",
                "Your partner ID is not enrolled in the incentive program of this solution area, so the association earns no incentives.",
                "You may keep the association. To earn incentives, enroll this location in the program in Partner Center, or claim with a location ID that is enrolled.")
        },
        {
            // CPOR-023
            nameof(FindingCode.AssociationOnly),
            new(
                "Association only, no incentives",
                "A revenue association records your association with the customer but never pays incentives.",
                "No action is needed. If you performed pre-sales or usage work, claim that activity instead to be assessed for incentives.")
        },
        {
            // CPOR-024
            nameof(FindingCode.SubscriptionInGrace),
            new(
                "Subscription in grace period",
                "The subscription is in its grace period: it can be claimed, but earnings stop if it lapses.",
                "No action is needed for the claim. Remind the customer to renew the subscription so that the association keeps earning.")
        },
        {
            // CPOR-025
            nameof(FindingCode.CompetingClaimLost),
            new(
                "Another claim ranks higher",
                "Another partner's claim or the current partner of record ranks above this line, because its proof of execution was acknowledged more recently.",
                "If you hold a newer proof of execution acknowledged by the customer, dispute the decision within 30 days and attach it.")
        },
        {
            // CPOR-026
            nameof(FindingCode.CompetingClaimUnderReview),
            new(
                "Competing claims under review",
                "Another partner claimed the same subscription or workload with an equally recent proof of execution, so a reviewer will decide.",
                "No action is needed now. Reviewers may ask both partners for more information; answer within 5 business days if they do.")
        },
        {
            // CPOR-900
            nameof(FindingCode.EvaluationFault),
            new(
                "Evaluation fault",
                "A rule failed while judging this claim, so it could not be decided automatically. This is not an error in your claim.",
                "No action is needed. A reviewer will decide the claim; answer within 5 business days if they ask for information.")
        },
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
