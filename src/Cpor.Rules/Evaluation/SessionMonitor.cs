using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Eligibility.Rules;
using NRules;
using NRules.Diagnostics;
using NRules.RuleModel;

namespace Cpor.Rules.Evaluation;

/// <summary>
/// Listens to one NRules session. Always: the three failure events, each handled (so one failing rule never sinks the
/// batch) and recorded against the claims whose facts the rule was judging. When explaining: the firing events, each
/// firing recorded on the claims it concerns with what it produced. When not explaining, nothing is subscribed for
/// explanations and nothing is allocated for them.
/// </summary>
internal sealed class SessionMonitor
{
    private readonly List<(ClaimFact Claim, int Findings)> _before = [];

    public SessionMonitor(ISession session, bool explain)
    {
        session.Events.LhsExpressionFailedEvent += OnConditionFailed;
        session.Events.AgendaExpressionFailedEvent += OnAgendaFailed;
        session.Events.RhsExpressionFailedEvent += OnActionFailed;
        if (explain)
        {
            session.Events.RuleFiringEvent += OnRuleFiring;
            session.Events.RuleFiredEvent += OnRuleFired;
        }
    }

    /// <summary>The faults of the session, in the order they happened; <see langword="null"/> when there were none.</summary>
    public List<RuleFault>? Faults { get; private set; }

    private void OnConditionFailed(object? sender, LhsExpressionErrorEventArgs e)
    {
        e.IsHandled = true;
        Fault(e.Rules.FirstOrDefault()?.Name ?? "(unknown rule)", e.Facts.Select(f => f.Value), e.Exception);
    }

    private void OnAgendaFailed(object? sender, AgendaExpressionErrorEventArgs e)
    {
        e.IsHandled = true;
        Fault(e.Match.Rule.Name, e.Match.Facts.Select(f => f.Value), e.Exception);
    }

    private void OnActionFailed(object? sender, RhsExpressionErrorEventArgs e)
    {
        e.IsHandled = true;
        var ruleId = e.Match.Rule.Name;
        foreach (var claim in Fault(ruleId, e.Match.Facts.Select(f => f.Value), e.Exception))
        {
            // An action that failed half-way has no say: what it reported on these claims before it threw is withdrawn
            // (findings carry their code's rule id, which is the reporting rule's for the catalogue and by convention).
            claim.Findings?.RemoveAll(f => string.Equals(f.RuleId, ruleId, StringComparison.Ordinal));
        }
    }

    private ClaimFact[] Fault(string ruleId, IEnumerable<object?> facts, Exception? exception)
    {
        var claims = Owners(facts).ToArray();
        var fault = new RuleFault(ruleId, [.. claims.Select(c => c.Claim)], exception ?? new InvalidOperationException($"The rule {ruleId} failed."));
        (Faults ??= []).Add(fault);
        foreach (var claim in claims)
        {
            (claim.Faults ??= []).Add(fault);
        }

        return claims;
    }

    private void OnRuleFiring(object? sender, AgendaEventArgs e)
    {
        _before.Clear();
        foreach (var owner in Owners(e.Facts.Select(f => f.Value)))
        {
            _before.Add((owner, owner.Findings?.Count ?? 0));
        }
    }

    private void OnRuleFired(object? sender, AgendaEventArgs e)
    {
        var facts = e.Facts.Select(f => f.Value!).ToArray();
        var produced = new List<object>();
        foreach (var fact in facts)
        {
            if (fact is Contest { Result: { } result })
            {
                produced.Add(result);
            }
        }

        foreach (var (owner, count) in _before)
        {
            if (owner.Findings is { } findings)
            {
                for (var i = count; i < findings.Count; i++)
                {
                    produced.Add(findings[i]);
                }
            }
        }

        var firing = new RuleFiring(e.Rule.Name, facts, produced);
        foreach (var (owner, _) in _before)
        {
            (owner.Firings ??= []).Add(firing);
        }
    }

    /// <summary>The claims a set of facts concerns, each once.</summary>
    private static IEnumerable<ClaimFact> Owners(IEnumerable<object?> facts)
    {
        var seen = new HashSet<ClaimFact>(ReferenceEqualityComparer.Instance);
        foreach (var fact in facts)
        {
            foreach (var owner in OwnersOf(fact))
            {
                if (seen.Add(owner))
                {
                    yield return owner;
                }
            }
        }
    }

    private static IEnumerable<ClaimFact> OwnersOf(object? fact)
    {
        switch (fact)
        {
            case ClaimFact claim:
                yield return claim;
                break;
            case LineFact line:
                yield return line.Claim;
                break;
            case DuplicateClaims group:
                foreach (var line in group.Lines)
                {
                    yield return line.Claim;
                }

                break;
            case Contender { Fact: { } line }:
                yield return line.Claim;
                break;
            case Contest contest:
                foreach (var claimant in contest.Claimants)
                {
                    yield return claimant.Fact!.Claim;
                }

                break;
            case ArbitrationResult result:
                foreach (var place in result.Ranking)
                {
                    if (place.Contender.Fact is { } contender)
                    {
                        yield return contender.Claim;
                    }
                }

                break;
        }
    }
}
