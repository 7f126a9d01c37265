using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Tests.Properties;

/// <summary>
/// The catalogue (DOMAIN.md sections 4 and 5, and the README's decisions) written as plainly as possible: lists and
/// nested loops, no engine, no indexes, no library internals beyond the public domain types. Slow on purpose; it is
/// only ever run on small batches, as the reference the library must agree with.
/// </summary>
internal static class ReferenceOracle
{
    public sealed record LineVerdict(string Outcome, SortedSet<string> Codes);

    public sealed record ClaimVerdict(string? ClaimId, string Outcome, SortedSet<string> Codes, List<LineVerdict> Lines);

    public sealed record Contest(string Key, List<(string Who, int Rank)> Ranking, string Result);

    public static (List<ClaimVerdict> Claims, List<Contest> Contests) Decide(IReadOnlyList<Claim> claims, FactSnapshot facts)
    {
        var claimCodes = new List<List<string>>();
        var lineCodes = new List<List<List<string>>>();
        var lineKeys = new List<List<string?>>();

        foreach (var claim in claims)
        {
            var codes = new List<string>();
            if (claim.DataErrors.Count > 0)
            {
                codes.Add("InvalidClaimData");
            }

            CustomerTenant? tenant = null;
            if (claim.TenantId is { } tenantId)
            {
                tenant = facts.Tenants.FirstOrDefault(t => t.Id == tenantId);
                if (tenant is null)
                {
                    codes.Add("TenantNotFound");
                }
            }

            if (tenant is not null && claim.CustomerDomain is { } domain && !tenant.Domains.Contains(domain))
            {
                codes.Add("DomainTenantMismatch");
            }

            if (claim.SolutionArea == SolutionArea.Microsoft365 && claim.Activity is not null && claim.Activity != Activity.Usage)
            {
                codes.Add("ActivityNotApplicable");
            }

            if (claim.SubmittedBy is not null && claim.SubmittedBy != PartnerRole.BillingAdmin && claim.SubmittedBy != PartnerRole.GlobalAdmin && claim.SubmittedBy != PartnerRole.IncentivesAdmin)
            {
                codes.Add("RoleNotAuthorized");
            }

            var partner = claim.PartnerId is { } partnerId ? facts.Partners.FirstOrDefault(p => p.Id == partnerId) : null;
            if (claim.PartnerId is not null && partner is null)
            {
                codes.Add("UnknownPartner");
            }

            if (partner is not null && partner.Account == PartnerAccount.Global)
            {
                codes.Add("GlobalPartnerId");
            }

            var poe = claim.ProofOfExecution;
            var ackUnreadable = claim.DataErrors.Any(e => e.Field == "proofOfExecution.customerAcknowledgedOn");
            var serviceUnreadable = claim.DataErrors.Any(e => e.Field == "proofOfExecution.describesPartnerService");
            if (poe is null)
            {
                codes.Add("MissingAllPoe");
            }
            else
            {
                if (poe.CustomerAcknowledgedOn is null && !ackUnreadable)
                {
                    codes.Add("MissingCustomerAcknowledgment");
                    codes.Add("MissingOrOldDates");
                }

                if (poe.CustomerAcknowledgedOn is { } ack && claim.SubmittedOn is { } submitted)
                {
                    if (ack > submitted || ack < submitted.AddMonths(-12))
                    {
                        codes.Add("MissingOrOldDates");
                    }
                }

                if (!poe.DescribesPartnerService && !serviceUnreadable)
                {
                    codes.Add("MissingPartnerService");
                }
            }

            if (partner is not null && claim.SolutionArea is not null && !partner.EnrolledIn.Contains(claim.SolutionArea))
            {
                codes.Add("PartnerNotEnrolled");
            }

            if (claim.Activity == Activity.RevenueAssociation)
            {
                codes.Add("AssociationOnly");
            }

            claimCodes.Add(codes);

            var perLine = new List<List<string>>();
            var keys = new List<string?>();
            foreach (var line in claim.Lines)
            {
                var own = new List<string>();
                string? key = null;
                if (claim.SolutionArea == SolutionArea.BusinessApplications && claim.MalformedSubscriptionId is not null)
                {
                    own.Add("NotASubscriptionId");
                }

                if (poe is not null && !poe.Products.Any(p => string.Equals(p, line.Product, StringComparison.OrdinalIgnoreCase)))
                {
                    own.Add("MissingProducts");
                }

                if (tenant is not null && claim.SolutionArea == SolutionArea.Microsoft365)
                {
                    if (tenant.Workloads.Any(w => string.Equals(w, line.Product, StringComparison.OrdinalIgnoreCase)))
                    {
                        key = $"{tenant.Id}/w/{line.Product.ToUpperInvariant()}";
                    }
                    else
                    {
                        own.Add("ProductNotInTenant");
                    }
                }

                if (tenant is not null && claim.SolutionArea == SolutionArea.BusinessApplications && claim.MalformedSubscriptionId is null)
                {
                    Subscription? chosen = null;
                    var stop = false;
                    if (claim.SubscriptionId is { } given)
                    {
                        var byId = facts.Subscriptions.FirstOrDefault(s => s.Id == given && s.TenantId == tenant.Id);
                        if (byId is null)
                        {
                            own.Add("SubscriptionNotInTenant");
                            stop = true;
                        }
                        else if (string.Equals(byId.Product, line.Product, StringComparison.OrdinalIgnoreCase))
                        {
                            chosen = byId;
                        }
                    }

                    if (!stop && chosen is null)
                    {
                        var byName = facts.Subscriptions.Where(s => s.TenantId == tenant.Id && string.Equals(s.Product, line.Product, StringComparison.OrdinalIgnoreCase)).ToList();
                        if (byName.Count == 0)
                        {
                            own.Add("ProductNotInTenant");
                        }
                        else if (byName.Count > 1)
                        {
                            own.Add("SubscriptionIdRequired");
                        }
                        else
                        {
                            chosen = byName[0];
                        }
                    }

                    if (chosen is not null)
                    {
                        key = $"{tenant.Id}/s/{chosen.Id}";
                        if (!chosen.IsDynamics)
                        {
                            own.Add("SubscriptionNotDynamics");
                        }

                        if (chosen.Channel == PurchaseChannel.Csp)
                        {
                            own.Add("SubscriptionIsCsp");
                        }

                        if (chosen.State == SubscriptionState.Pending)
                        {
                            own.Add("SubscriptionNotProvisioned");
                        }

                        if (chosen.State == SubscriptionState.Suspended || chosen.State == SubscriptionState.Disabled || chosen.State == SubscriptionState.Expired || chosen.State == SubscriptionState.Deleted)
                        {
                            own.Add("SubscriptionNotActive");
                        }

                        if (chosen.State == SubscriptionState.InGrace)
                        {
                            own.Add("SubscriptionInGrace");
                        }
                    }
                }

                if (key is not null && claim.PartnerId is { } holder && Incumbent(facts, key) is { } incumbent && incumbent.PartnerId == holder)
                {
                    own.Add("AlreadyClaimed");
                }

                perLine.Add(own);
                keys.Add(key);
            }

            lineCodes.Add(perLine);
            lineKeys.Add(keys);
        }

        // Duplicates: same partner, same key; the earliest submission, then the lowest claim id, then the earlier line stays.
        for (var c = 0; c < claims.Count; c++)
        {
            for (var l = 0; l < claims[c].Lines.Count; l++)
            {
                if (lineKeys[c][l] is null || claims[c].PartnerId is null)
                {
                    continue;
                }

                for (var d = 0; d < claims.Count; d++)
                {
                    for (var m = 0; m < claims[d].Lines.Count; m++)
                    {
                        if ((d, m) != (c, l) && lineKeys[d][m] == lineKeys[c][l] && claims[d].PartnerId == claims[c].PartnerId && Before(claims, d, m, c, l))
                        {
                            if (!lineCodes[c][l].Contains("DuplicateClaim"))
                            {
                                lineCodes[c][l].Add("DuplicateClaim");
                            }
                        }
                    }
                }
            }
        }

        // Arbitration: eligible lines per key, with the incumbent; newer PoE first, then the incumbent; ties share a rank.
        var contests = new List<Contest>();
        var keysSeen = new List<string>();
        for (var c = 0; c < claims.Count; c++)
        {
            for (var l = 0; l < claims[c].Lines.Count; l++)
            {
                if (Eligible(claims, claimCodes, lineCodes, lineKeys, c, l) && !keysSeen.Contains(lineKeys[c][l]!))
                {
                    keysSeen.Add(lineKeys[c][l]!);
                }
            }
        }

        foreach (var key in keysSeen)
        {
            var entrants = new List<(string Who, DateOnly Poe, bool Incumbent, int Claim, int Line)>();
            for (var c = 0; c < claims.Count; c++)
            {
                for (var l = 0; l < claims[c].Lines.Count; l++)
                {
                    if (lineKeys[c][l] == key && Eligible(claims, claimCodes, lineCodes, lineKeys, c, l))
                    {
                        entrants.Add((claims[c].Id!.Value.ToString() + "#" + l, claims[c].ProofOfExecution!.CustomerAcknowledgedOn!.Value, false, c, l));
                    }
                }
            }

            if (Incumbent(facts, key) is { } incumbent)
            {
                entrants.Add(("incumbent:" + incumbent.PartnerId, incumbent.PoeAcknowledgedOn, true, -1, -1));
            }

            if (entrants.Count < 2)
            {
                continue;
            }

            var ranking = new List<(string Who, int Rank)>();
            foreach (var entrant in entrants)
            {
                var above = entrants.Count(o => o.Poe > entrant.Poe || (o.Poe == entrant.Poe && o.Incumbent && !entrant.Incumbent));
                ranking.Add((entrant.Who, above + 1));
            }

            var leaders = ranking.Count(r => r.Rank == 1);
            contests.Add(new Contest(key, [.. ranking.OrderBy(r => r.Who, StringComparer.Ordinal)], leaders > 1 ? "ManualReview" : "Decided"));
            foreach (var entrant in entrants.Where(e => !e.Incumbent))
            {
                var rank = ranking.First(r => r.Who == entrant.Who).Rank;
                if (rank > 1)
                {
                    lineCodes[entrant.Claim][entrant.Line].Add("CompetingClaimLost");
                }
                else if (leaders > 1)
                {
                    lineCodes[entrant.Claim][entrant.Line].Add("CompetingClaimUnderReview");
                }
            }
        }

        var verdicts = new List<ClaimVerdict>();
        for (var c = 0; c < claims.Count; c++)
        {
            var lines = new List<LineVerdict>();
            for (var l = 0; l < claims[c].Lines.Count; l++)
            {
                var all = claimCodes[c].Concat(lineCodes[c][l]).ToList();
                var outcome = all.Any(IsBlocking) ? "Rejected"
                    : all.Any(IsActionRequired) ? "ActionRequired"
                    : all.Contains("CompetingClaimUnderReview") ? "UnderReview"
                    : "Eligible";
                lines.Add(new LineVerdict(outcome, new SortedSet<string>(lineCodes[c][l], StringComparer.Ordinal)));
            }

            string claimOutcome;
            if (lines.Count == 0)
            {
                claimOutcome = claimCodes[c].Any(IsBlocking) ? "Rejected" : claimCodes[c].Any(IsActionRequired) ? "ActionRequired" : "Eligible";
            }
            else if (lines.All(x => x.Outcome == "Eligible"))
            {
                claimOutcome = "Eligible";
            }
            else if (lines.All(x => x.Outcome == "Rejected"))
            {
                claimOutcome = "Rejected";
            }
            else if (lines.Any(x => x.Outcome == "ActionRequired"))
            {
                claimOutcome = "ActionRequired";
            }
            else if (lines.Any(x => x.Outcome == "UnderReview"))
            {
                claimOutcome = "UnderReview";
            }
            else
            {
                claimOutcome = "PartiallyEligible";
            }

            var codes = new SortedSet<string>(claimCodes[c], StringComparer.Ordinal);
            codes.UnionWith(lineCodes[c].SelectMany(x => x));
            verdicts.Add(new ClaimVerdict(claims[c].Id?.ToString(), claimOutcome, codes, lines));
        }

        return (verdicts, contests);
    }

    private static bool Eligible(IReadOnlyList<Claim> claims, List<List<string>> claimCodes, List<List<List<string>>> lineCodes, List<List<string?>> lineKeys, int c, int l)
        => lineKeys[c][l] is not null
            && claims[c].PartnerId is not null
            && claims[c].ProofOfExecution?.CustomerAcknowledgedOn is not null
            && !claimCodes[c].Concat(lineCodes[c][l]).Any(x => IsBlocking(x) || IsActionRequired(x));

    private static Association? Incumbent(FactSnapshot facts, string key)
    {
        Association? best = null;
        foreach (var association in facts.Associations)
        {
            var associationKey = association.Key.SubscriptionId is { } s
                ? $"{association.TenantId}/s/{s}"
                : $"{association.TenantId}/w/{association.Key.Workload!.ToUpperInvariant()}";
            if (associationKey != key)
            {
                continue;
            }

            if (best is null
                || association.ApprovedOn > best.ApprovedOn
                || (association.ApprovedOn == best.ApprovedOn && association.PoeAcknowledgedOn > best.PoeAcknowledgedOn)
                || (association.ApprovedOn == best.ApprovedOn && association.PoeAcknowledgedOn == best.PoeAcknowledgedOn && association.PartnerId < best.PartnerId))
            {
                best = association;
            }
        }

        return best;
    }

    /// <summary>Whether line (d, m) is kept before line (c, l) among duplicates.</summary>
    private static bool Before(IReadOnlyList<Claim> claims, int d, int m, int c, int l)
    {
        var x = claims[d];
        var y = claims[c];
        if (x.SubmittedOn != y.SubmittedOn)
        {
            return y.SubmittedOn is null || (x.SubmittedOn is not null && x.SubmittedOn < y.SubmittedOn);
        }

        if (x.Id != y.Id)
        {
            return y.Id is null || (x.Id is not null && string.CompareOrdinal(x.Id.Value.Value, y.Id.Value.Value) < 0);
        }

        // Same submission and id: the same claim's earlier line, or else the earlier claim in the batch.
        return d == c ? m < l : d < c;
    }

    private static bool IsBlocking(string code)
        => code is "InvalidClaimData" or "TenantNotFound" or "DomainTenantMismatch" or "ActivityNotApplicable" or "RoleNotAuthorized"
            or "UnknownPartner" or "GlobalPartnerId" or "NotASubscriptionId" or "SubscriptionNotInTenant" or "ProductNotInTenant"
            or "SubscriptionIdRequired" or "SubscriptionNotDynamics" or "SubscriptionIsCsp" or "SubscriptionNotProvisioned"
            or "SubscriptionNotActive" or "AlreadyClaimed" or "DuplicateClaim" or "CompetingClaimLost";

    private static bool IsActionRequired(string code)
        => code is "MissingAllPoe" or "MissingCustomerAcknowledgment" or "MissingOrOldDates" or "MissingPartnerService" or "MissingProducts";
}
