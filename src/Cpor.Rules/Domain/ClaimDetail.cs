namespace Cpor.Rules.Domain;

/// <summary>
/// A finding's detail that is made from the finding's claim when it is first read. A batch keeps every claim's
/// findings until they are written; a detail such as an ID's text would be one more object kept per finding, while the
/// claim it is made from is kept anyway.
/// </summary>
/// <param name="text">Makes the text from the claim; called only for a claim the rule fired on.</param>
internal sealed class ClaimDetail(Func<Claim, string> text)
{
    /// <summary>The claim's tenant ID.</summary>
    public static readonly ClaimDetail TenantId = new(static claim => claim.TenantId!.Value.ToString());

    /// <summary>The claim's partner ID.</summary>
    public static readonly ClaimDetail PartnerId = new(static claim => claim.PartnerId!.Value.ToString());

    /// <summary>The claim's subscription ID.</summary>
    public static readonly ClaimDetail SubscriptionId = new(static claim => claim.SubscriptionId!.Value.ToString());

    /// <summary>The text for <paramref name="claim"/>.</summary>
    public string Of(Claim claim) => text(claim);
}
