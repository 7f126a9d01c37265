namespace Cpor.Rules.Domain;

/// <summary>
/// Validates a claim as it arrived (<see cref="UnvalidatedClaim"/>) into a <see cref="Claim"/>; the rules behind
/// <see cref="Claim.FromUnvalidated"/>. Every field that cannot be read becomes a <see cref="ClaimDataError"/> named by the
/// field's contract name (its JSON path): those names are the contract and live here, where the errors are made.
/// </summary>
internal static class ClaimValidator
{
    /// <summary>The contract name of the PoE acknowledgment date field; the JSON reader names its errors with it too.</summary>
    internal const string AcknowledgedOnField = "proofOfExecution.customerAcknowledgedOn";

    /// <summary>The contract name of the PoE service description field; the JSON reader names its errors with it too.</summary>
    internal const string DescribesPartnerServiceField = "proofOfExecution.describesPartnerService";

    private delegate bool TryParser<T>(string? value, out T result, out string? error);

    /// <summary>See <see cref="Claim.FromUnvalidated"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is <see langword="null"/>.</exception>
    public static Claim Validate(UnvalidatedClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var errors = new List<ClaimDataError>();
        if (claim.ReadErrors is { } readErrors)
        {
            errors.AddRange(readErrors.Where(e => e is not null));
        }

        var readErrorCount = errors.Count;

        var id = Identifier<ClaimId>(claim.ClaimId, "claimId", ClaimId.TryParse, errors);
        var partnerId = Identifier<PartnerId>(claim.PartnerId, "partnerId", PartnerId.TryParse, errors);
        var tenantId = Identifier<TenantId>(claim.TenantId, "tenantId", TenantId.TryParse, errors);
        var domain = Identifier<CustomerDomain>(claim.CustomerDomain, "customerDomain", CustomerDomain.TryParse, errors);
        var role = Named<PartnerRole>(claim.SubmittedBy, "submittedBy", errors);
        var area = Named<SolutionArea>(claim.SolutionArea, "solutionArea", errors);
        var activity = Named<Activity>(claim.Activity, "activity", errors);
        var submittedOn = Date(claim.SubmittedOn, "submittedOn", required: true, errors);

        var products = new List<string>();
        if (claim.Products is null || claim.Products.Count == 0)
        {
            errors.Add(new ClaimDataError("products", null, "at least one product or workload is required"));
        }
        else
        {
            for (var i = 0; i < claim.Products.Count; i++)
            {
                var product = claim.Products[i];
                if (string.IsNullOrWhiteSpace(product))
                {
                    errors.Add(new ClaimDataError($"products[{i}]", product, "a product or workload name is required"));
                }
                else
                {
                    products.Add(product);
                }
            }
        }

        SubscriptionId? subscriptionId = null;
        string? malformedSubscriptionId = null;
        if (claim.SubscriptionId is not null)
        {
            if (SubscriptionId.TryParse(claim.SubscriptionId, out var parsed))
            {
                subscriptionId = parsed;
            }
            else
            {
                malformedSubscriptionId = claim.SubscriptionId;
            }
        }

        var poe = claim.ProofOfExecution is { } rawPoe ? ReadProof(rawPoe, errors) : null;

        // A reader that could not read a field reports it and leaves the field null; saying again that the
        // field is missing would report one problem twice, the second time wrongly.
        if (readErrorCount > 0)
        {
            var readFields = errors.Take(readErrorCount).Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
            var own = errors.Skip(readErrorCount).Where(e => e.Value is not null || !readFields.Contains(e.Field)).ToArray();
            errors.RemoveRange(readErrorCount, errors.Count - readErrorCount);
            errors.AddRange(own);
        }

        return new Claim(
            id,
            partnerId,
            role,
            tenantId,
            domain,
            area,
            activity,
            products,
            subscriptionId,
            malformedSubscriptionId,
            submittedOn,
            poe,
            errors.Count == 0 ? [] : [.. errors],
            unreadableAcknowledgmentDate: IsAbout(errors, AcknowledgedOnField),
            unreadableServiceDescription: IsAbout(errors, DescribesPartnerServiceField));
    }

    /// <summary>Whether one of <paramref name="errors"/> is about <paramref name="field"/> (its contract name).</summary>
    private static bool IsAbout(List<ClaimDataError> errors, string field)
    {
        foreach (var error in errors)
        {
            if (string.Equals(error.Field, field, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static ProofOfExecution ReadProof(UnvalidatedProofOfExecution raw, List<ClaimDataError> errors)
    {
        var acknowledgedOn = Date(raw.CustomerAcknowledgedOn, AcknowledgedOnField, required: false, errors);
        if (raw.DescribesPartnerService is null)
        {
            errors.Add(new ClaimDataError(DescribesPartnerServiceField, null, "true or false is required"));
        }

        var products = new List<string>();
        if (raw.Products is { } listed)
        {
            for (var i = 0; i < listed.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(listed[i]))
                {
                    errors.Add(new ClaimDataError($"proofOfExecution.products[{i}]", listed[i], "a product or workload name is required"));
                }
                else
                {
                    products.Add(listed[i]!);
                }
            }
        }

        return new ProofOfExecution(acknowledgedOn, raw.DescribesPartnerService ?? false, products);
    }

    private static T? Identifier<T>(string? value, string field, TryParser<T> tryParse, List<ClaimDataError> errors)
        where T : struct
    {
        if (value is null)
        {
            errors.Add(new ClaimDataError(field, null, "the field is required"));
            return null;
        }

        if (tryParse(value, out var result, out var error))
        {
            return result;
        }

        errors.Add(new ClaimDataError(field, value, IdentifierText.Invalid(typeof(T).Name, value, error!).Message));
        return null;
    }

    private static TEnum? Named<TEnum>(string? value, string field, List<ClaimDataError> errors)
        where TEnum : Ardalis.SmartEnum.SmartEnum<TEnum, int>
    {
        if (ContractNames.TryParse<TEnum>(value, out var result))
        {
            return result;
        }

        errors.Add(new ClaimDataError(field, value, ContractNames.Describe<TEnum>(value)));
        return null;
    }

    private static DateOnly? Date(string? value, string field, bool required, List<ClaimDataError> errors)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(new ClaimDataError(field, null, "a date (yyyy-MM-dd) is required"));
            }

            return null;
        }

        if (IsoDate.TryParse(value, out var date))
        {
            return date;
        }

        errors.Add(new ClaimDataError(field, value, $"{EchoText.Quote(value)} is not a date in the form yyyy-MM-dd"));
        return null;
    }
}
