using System.Text.Json;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization;

/// <summary>
/// Reads one claim object of a batch document, token by token, into an <see cref="UnvalidatedClaim"/>. It never
/// refuses: a value of the wrong JSON type (a number where text is expected, say) becomes a
/// <see cref="ClaimDataError"/>, so that the claim is decided (rejected with <c>InvalidClaimData</c>) instead of sinking
/// the batch. Unknown properties are skipped. The reader must hold the whole object (the caller made sure of it).
/// </summary>
internal static class ClaimJsonReader
{
    /// <param name="reader">On the claim object's start.</param>
    /// <param name="names">Shares names, enum names and dates.</param>
    /// <param name="domains">Shares domains.</param>
    /// <param name="errors">Problems already found in the claim (bad text outside the fields read here), or <see langword="null"/>.</param>
    public static UnvalidatedClaim Read(ref Utf8JsonReader reader, StringPool names, StringPool domains, List<ClaimDataError>? errors)
    {
        string? claimId = null, partnerId = null, submittedBy = null, tenantId = null, customerDomain = null;
        string? solutionArea = null, activity = null, subscriptionId = null, submittedOn = null;
        IReadOnlyList<string?>? products = null;
        UnvalidatedProofOfExecution? proof = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (JsonStrings.NameIs(ref reader, "claimId"u8))
            {
                claimId = Text(ref reader, "claimId", pool: null, ref errors, keepLiteral: true);
            }
            else if (JsonStrings.NameIs(ref reader, "partnerId"u8))
            {
                partnerId = Text(ref reader, "partnerId", names, ref errors);
            }
            else if (JsonStrings.NameIs(ref reader, "submittedBy"u8))
            {
                submittedBy = Text(ref reader, "submittedBy", names, ref errors);
            }
            else if (JsonStrings.NameIs(ref reader, "tenantId"u8))
            {
                tenantId = Text(ref reader, "tenantId", pool: null, ref errors);
            }
            else if (JsonStrings.NameIs(ref reader, "customerDomain"u8))
            {
                customerDomain = Text(ref reader, "customerDomain", domains, ref errors);
            }
            else if (JsonStrings.NameIs(ref reader, "solutionArea"u8))
            {
                solutionArea = Text(ref reader, "solutionArea", names, ref errors);
            }
            else if (JsonStrings.NameIs(ref reader, "activity"u8))
            {
                activity = Text(ref reader, "activity", names, ref errors);
            }
            else if (JsonStrings.NameIs(ref reader, "products"u8))
            {
                products = Names(ref reader, "products", names, ref errors);
            }
            else if (JsonStrings.NameIs(ref reader, "subscriptionId"u8))
            {
                subscriptionId = SubscriptionIdentifier(ref reader, ref errors);
            }
            else if (JsonStrings.NameIs(ref reader, "submittedOn"u8))
            {
                submittedOn = Text(ref reader, "submittedOn", names, ref errors);
            }
            else if (JsonStrings.NameIs(ref reader, "proofOfExecution"u8))
            {
                proof = Proof(ref reader, names, ref errors);
            }
            else
            {
                reader.Read();
                reader.TrySkip();
            }
        }

        return new UnvalidatedClaim
        {
            ClaimId = claimId,
            PartnerId = partnerId,
            SubmittedBy = submittedBy,
            TenantId = tenantId,
            CustomerDomain = customerDomain,
            SolutionArea = solutionArea,
            Activity = activity,
            Products = products,
            SubscriptionId = subscriptionId,
            SubmittedOn = submittedOn,
            ProofOfExecution = proof,
            ReadErrors = errors,
        };
    }

    private static UnvalidatedProofOfExecution? Proof(ref Utf8JsonReader reader, StringPool pool, ref List<ClaimDataError>? errors)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Report(ref errors, "proofOfExecution", $"expected an object or null, found {JsonTokenText.Describe(ref reader)}");
            reader.TrySkip();
            return null;
        }

        string? acknowledgedOn = null;
        bool? describesService = null;
        IReadOnlyList<string?>? products = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (JsonStrings.NameIs(ref reader, "customerAcknowledgedOn"u8))
            {
                acknowledgedOn = Text(ref reader, ClaimValidator.AcknowledgedOnField, pool, ref errors);
            }
            else if (JsonStrings.NameIs(ref reader, "describesPartnerService"u8))
            {
                describesService = Flag(ref reader, ClaimValidator.DescribesPartnerServiceField, ref errors);
            }
            else if (JsonStrings.NameIs(ref reader, "products"u8))
            {
                products = Names(ref reader, "proofOfExecution.products", pool, ref errors);
            }
            else
            {
                reader.Read();
                reader.TrySkip();
            }
        }

        return new UnvalidatedProofOfExecution
        {
            CustomerAcknowledgedOn = acknowledgedOn,
            DescribesPartnerService = describesService,
            Products = products,
        };
    }

    /// <summary>
    /// Text, or <see langword="null"/> for JSON null; anything else is reported and read as <see langword="null"/>.
    /// Values that repeat across claims and are kept (names, domains, partner IDs) or short-lived but few (enum names,
    /// dates) go through <paramref name="pool"/>; unique or parsed-away values (claim and tenant IDs) do not.
    /// </summary>
    /// <param name="reader">Before the value.</param>
    /// <param name="field">The contract name of the field.</param>
    /// <param name="pool">Where the value is shared, or <see langword="null"/>.</param>
    /// <param name="errors">Where a problem goes.</param>
    /// <param name="keepLiteral">Whether a number or a boolean is kept in the error as its JSON text, so that the
    /// decision can echo it (a claim ID given as <c>123</c>).</param>
    private static string? Text(ref Utf8JsonReader reader, string field, StringPool? pool, ref List<ClaimDataError>? errors, bool keepLiteral = false)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return String(ref reader, field, pool, ref errors);
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False when keepLiteral:
                (errors ??= []).Add(new ClaimDataError(field, JsonTokenText.Literal(ref reader), $"expected text, found {JsonTokenText.Describe(ref reader)}"));
                return null;
            default:
                Report(ref errors, field, $"expected text, found {JsonTokenText.Describe(ref reader)}");
                reader.TrySkip();
                return null;
        }
    }

    /// <summary>The current string token, or <see langword="null"/> with the problem reported when it is not valid text.</summary>
    private static string? String(ref Utf8JsonReader reader, string field, StringPool? pool, ref List<ClaimDataError>? errors)
    {
        if (JsonStrings.TryGet(ref reader, pool, out var value, out var problem))
        {
            return value;
        }

        Report(ref errors, field, $"the text {problem}");
        return null;
    }

    /// <summary>
    /// The subscription identifier. A number or a boolean is kept as its JSON text: it is then a subscription identifier
    /// that is not a subscription ID (<c>NotASubscriptionId</c>), which is what the contract says of a malformed one.
    /// An object or an array is not an identifier of any kind and is reported as unreadable data.
    /// </summary>
    private static string? SubscriptionIdentifier(ref Utf8JsonReader reader, ref List<ClaimDataError>? errors)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return String(ref reader, "subscriptionId", pool: null, ref errors);
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
            case JsonTokenType.True:
            case JsonTokenType.False:
                return JsonTokenText.Literal(ref reader);
            default:
                Report(ref errors, "subscriptionId", $"expected a subscription ID (text) or null, found {JsonTokenText.Describe(ref reader)}");
                reader.TrySkip();
                return null;
        }
    }

    private static bool? Flag(ref Utf8JsonReader reader, string field, ref List<ClaimDataError>? errors)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
            default:
                Report(ref errors, field, $"expected true or false, found {JsonTokenText.Describe(ref reader)}");
                reader.TrySkip();
                return null;
        }
    }

    /// <summary>An array of names. Entries that are not text are reported and kept as <see langword="null"/>, so that indexes stay right.</summary>
    private static List<string?>? Names(ref Utf8JsonReader reader, string field, StringPool pool, ref List<ClaimDataError>? errors)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Report(ref errors, field, $"expected an array of names, found {JsonTokenText.Describe(ref reader)}");
            reader.TrySkip();
            return null;
        }

        var names = new List<string?>(2);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                if (!JsonStrings.TryGet(ref reader, pool, out var name, out var problem))
                {
                    Report(ref errors, $"{field}[{names.Count}]", $"the text {problem}");
                }
                else if (EchoText.HasControl(name))
                {
                    Report(ref errors, $"{field}[{names.Count}]", $"{EchoText.Quote(name)} holds control characters, which a product or workload name may not");
                    name = null;
                }

                names.Add(name);
            }
            else if (reader.TokenType == JsonTokenType.Null)
            {
                names.Add(null);
            }
            else
            {
                Report(ref errors, $"{field}[{names.Count}]", $"expected a name (text), found {JsonTokenText.Describe(ref reader)}");
                names.Add(null);
                reader.TrySkip();
            }
        }

        return names;
    }

    private static void Report(ref List<ClaimDataError>? errors, string field, string reason)
        => (errors ??= []).Add(new ClaimDataError(field, null, reason));
}
