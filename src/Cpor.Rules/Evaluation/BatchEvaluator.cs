using System.Collections.Concurrent;
using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Eligibility.Rules;

namespace Cpor.Rules.Evaluation;

/// <summary>
/// Runs a batch through NRules, linear by design. NRules joins by nested loops, so no session ever holds two fact
/// sets that grow with the batch and are related by a condition:
/// <list type="number">
/// <item>The library looks each claim's references up once, with the snapshot's dictionaries (tenant, partner, each
/// line's subscription or workload, the incumbent on its key), and inserts one <see cref="ClaimFact"/> per claim and
/// one <see cref="LineFact"/> per line that carry them: every catalogue rule is a condition on one fact.</item>
/// <item>Claims are packed into sessions of a few hundred, whole tenants at a time (every association key includes
/// the tenant), and each session is dropped when its claims are decided.</item>
/// <item>Where claims meet each other (duplicates, contests), the library groups them by key with a dictionary and
/// inserts the groups, stage by stage, each stage fired before the next is inserted.</item>
/// </list>
/// </summary>
internal static class BatchEvaluator
{
    /// <summary>Claims per session: small enough that a session's memory stays in cache and dies young.</summary>
    internal const int SessionSize = 256;

    public static BatchResult Evaluate(CporRuleSet ruleSet, Claim[] claims, FactSnapshot facts, EvaluationOptions options)
    {
        // The two passes over the whole batch are independent: with a second core they run side by side, since every
        // session waits for both (about a twentieth of a million-claim batch).
        int[]? firstWithId = null;
        SessionPlan sessions = null!;
        if (options.DegreeOfParallelism == 1)
        {
            firstWithId = RepeatedIds(claims);
            sessions = SessionPlan.For(claims, facts.Index, options.SessionSize);
        }
        else
        {
            Parallel.Invoke(
                new ParallelOptions { MaxDegreeOfParallelism = options.DegreeOfParallelism },
                () => firstWithId = RepeatedIds(claims),
                () => sessions = SessionPlan.For(claims, facts.Index, options.SessionSize));
        }

        var explain = options.Explain ?? true;
        var decisions = new DecisionTable(claims, sessions.Count, explain);
        var faults = new List<RuleFault>?[sessions.Count];
        var run = new SessionRun(ruleSet, explain, facts.Index, claims, firstWithId, decisions);
        var degreeOfParallelism = options.DegreeOfParallelism;
        if (degreeOfParallelism == 1 || sessions.Count == 1)
        {
            for (var i = 0; i < sessions.Count; i++)
            {
                faults[i] = run.Decide(i, sessions[i]);
            }
        }
        else
        {
            try
            {
                Parallel.ForEach(
                    Partitioner.Create(0, sessions.Count, 1),
                    new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism },
                    range =>
                    {
                        for (var i = range.Item1; i < range.Item2; i++)
                        {
                            faults[i] = run.Decide(i, sessions[i]);
                        }
                    });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                // The same exception as the sequential run would throw (none is expected: rule failures are handled).
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
        }

        // Contests in the order their first claim appears in the input.
        var arbitrations = new List<ArbitrationResult>();
        var seen = new HashSet<ArbitrationResult>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < decisions.Count; i++)
        {
            foreach (var contest in decisions.ArbitrationsAt(i))
            {
                if (seen.Add(contest))
                {
                    arbitrations.Add(contest);
                }
            }
        }

        IReadOnlyList<RuleFault> allFaults = faults.All(f => f is null) ? [] : [.. faults.Where(f => f is not null).SelectMany(f => f!)];
        return new BatchResult(CporRuleSet.Name, options.AsOf, decisions, arbitrations, allFaults);
    }

    /// <summary>For each claim whose ID repeats an earlier claim's, the index of the first claim with that ID; -1 otherwise (DOMAIN.md section 8).</summary>
    private static int[]? RepeatedIds(Claim[] claims)
    {
        int[]? first = null;
        var byId = new Dictionary<ClaimId, int>(claims.Length);
        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i].Id is not { } id)
            {
                continue;
            }

            if (!byId.TryAdd(id, i))
            {
                if (first is null)
                {
                    first = new int[claims.Length];
                    Array.Fill(first, -1);
                }

                first[i] = byId[id];
            }
        }

        return first;
    }

    /// <summary>What every session of one batch shares; <see cref="Decide"/> is safe to call from several threads on different sessions.</summary>
    private sealed class SessionRun(CporRuleSet ruleSet, bool explain, SnapshotIndex index, Claim[] claims, int[]? firstWithId, DecisionTable decisions)
    {
        [ThreadStatic]
        private static Dictionary<AssociationKey, int>? t_claimed;

        /// <summary>Decides the claims at <paramref name="positions"/>, session <paramref name="number"/>; returns the session's faults.</summary>
        public List<RuleFault>? Decide(int number, ReadOnlySpan<int> positions)
        {
            var facts = new ClaimFact[positions.Length];
            var inserted = new List<object>(positions.Length * 3);
            var claimed = ClaimedKeys();
            for (var i = 0; i < positions.Length; i++)
            {
                var fact = facts[i] = ClaimFactOf(positions[i]);
                inserted.Add(fact);
                foreach (var line in fact.LineArray)
                {
                    inserted.Add(line);
                    if (line.Key is { } key)
                    {
                        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(claimed, key, out _)++;
                    }
                }
            }

            // A key's claimants all sit in this session (sessions hold whole tenants), so a line whose key no other
            // line claims and no incumbent holds meets nobody: CPOR-D01/D02 leave it out of duplicates and arbitration.
            foreach (var fact in facts)
            {
                foreach (var line in fact.LineArray)
                {
                    line.IsMet = line.Key is { } key && (claimed[key] > 1 || line.Incumbent is not null);
                }
            }

            var session = ruleSet.Sessions.CreateSession();
            var monitor = new SessionMonitor(session, explain);

            // Stage 1: every claim and line rule, the derivations that key lines, and rules of your own.
            session.InsertAll(inserted);
            session.Fire();

            // Stage 2: duplicates, among the keyed lines of claims that compete.
            var keyedLines = 0;
            foreach (var fact in facts)
            {
                foreach (var line in fact.LineArray)
                {
                    keyedLines += line.IsKeyed ? 1 : 0;
                }
            }

            var duplicates = DuplicateGroups(facts, keyedLines);
            if (duplicates.Count > 0)
            {
                session.InsertAll(duplicates);
                session.Fire();
            }

            // Stage 3: a keyed line (its key is claimed by another line of the batch too, or held by the incumbent)
            // asks CPOR-D03 to admit it, now that all findings are in. A line alone on its key has nobody to contend
            // with: it is decided by its own findings and not keyed, so it is not inserted (most lines are alone; this
            // keeps the sessions small).
            inserted.Clear();
            foreach (var fact in facts)
            {
                if (!CouldContend(fact))
                {
                    continue;
                }

                foreach (var line in fact.LineArray)
                {
                    if (line.IsKeyed)
                    {
                        inserted.Add(Contender.ForLine(line));
                    }
                }
            }

            if (inserted.Count > 0)
            {
                session.InsertAll(inserted);
                session.Fire();

                // Stage 4: the contests, where at least two parties meet on a key. A ranking that fails faults the
                // claims of its contest; a claim can contend on several keys, so every contest it was in is formed
                // again without it, until no new fault appears (each round sets at least one claim aside).
                var contests = Contests(inserted);
                var round = contests;
                while (round.Count > 0)
                {
                    session.InsertAll(round);
                    session.Fire();
                    var broken = new HashSet<AssociationKey>();
                    foreach (var contest in contests)
                    {
                        if (!contest.Claimants.All(c => c.Fact!.Claim.Competes))
                        {
                            broken.Add(contest.Key);
                        }
                    }

                    if (broken.Count == 0)
                    {
                        break;
                    }

                    round = [.. Contests(inserted).Where(c => broken.Contains(c.Key))];
                    contests = [.. contests.Where(c => !broken.Contains(c.Key)), .. round];
                }

                // Stage 5: what each contest means for its claimants (CPOR-025, CPOR-026).
                inserted.Clear();
                foreach (var contest in contests)
                {
                    if (contest.Result is { } result)
                    {
                        inserted.Add(result);
                    }
                }

                if (inserted.Count > 0)
                {
                    session.InsertAll(inserted);
                    session.Fire();
                }
            }

            var contestsByClaim = ContestsByClaim(inserted);
            var findings = new List<Finding>(facts.Length);
            foreach (var fact in facts)
            {
                decisions.Add(number, fact.Index, DecisionAssembler.Assemble(fact), findings, contestsByClaim?.GetValueOrDefault(fact), fact.Firings);
            }

            decisions.Seal(number, findings);

            foreach (var item in inserted)
            {
                if (item is ArbitrationResult result)
                {
                    foreach (var place in result.Ranking)
                    {
                        place.Contender.Detach();
                    }
                }
            }

            return monitor.Faults;
        }

        /// <summary>
        /// A dictionary for counting the lines on each key, one per thread, cleared and used again from session to
        /// session: a fresh one per session would be garbage a moment later.
        /// </summary>
        private static Dictionary<AssociationKey, int> ClaimedKeys()
        {
            // A session holds a whole tenant, however large; a dictionary grown for a huge one is not kept for the
            // life of the thread.
            if (t_claimed is { } claimed && claimed.EnsureCapacity(0) <= SessionSize * 4)
            {
                claimed.Clear();
                return claimed;
            }

            return t_claimed = new Dictionary<AssociationKey, int>(SessionSize * 2);
        }

        private ClaimFact ClaimFactOf(int position)
        {
            var claim = claims[position];
            var tenant = index.Tenant(claim.TenantId);
            ClaimDataError? repeat = null;
            if (firstWithId is not null && firstWithId[position] >= 0)
            {
                repeat = new ClaimDataError("claimId", claim.Id?.ToString(), $"repeats the claim ID of $.claims[{firstWithId[position]}]");
            }

            var fact = new ClaimFact(claim, position, tenant, index.Partner(claim.PartnerId), repeat);
            var lines = new LineFact[claim.Lines.Count];
            for (var i = 0; i < lines.Length; i++)
            {
                var (resolution, subscription, key) = LineResolver.Resolve(claim.Lines[i], tenant, index);
                lines[i] = new LineFact(fact, claim.Lines[i], resolution, subscription, key, index.Incumbent(key));
            }

            fact.LineArray = lines;
            return fact;
        }

        private static bool CouldContend(ClaimFact fact)
            => fact.Competes && fact.Claim.PartnerId is not null && fact.Claim.ProofOfExecution?.CustomerAcknowledgedOn is not null;

        /// <summary>The keyed lines of one partner on one key, where there are two or more (most keys have one: no list is made for them).</summary>
        private static List<object> DuplicateGroups(ClaimFact[] facts, int keyedLines)
        {
            if (keyedLines < 2)
            {
                return [];
            }

            var first = new Dictionary<(PartnerId, AssociationKey), LineFact>(keyedLines);
            Dictionary<(PartnerId, AssociationKey), List<LineFact>>? repeated = null;
            List<List<LineFact>>? order = null;
            foreach (var fact in facts)
            {
                if (!fact.Competes || fact.Claim.PartnerId is not { } partner)
                {
                    continue;
                }

                foreach (var line in fact.LineArray)
                {
                    if (!line.IsKeyed)
                    {
                        continue;
                    }

                    var key = (partner, line.Key!.Value);
                    if (first.TryAdd(key, line))
                    {
                        continue;
                    }

                    repeated ??= [];
                    if (!repeated.TryGetValue(key, out var group))
                    {
                        repeated[key] = group = [first[key]];
                        (order ??= []).Add(group);
                    }

                    group.Add(line);
                }
            }

            return order is null
                ? []
                : [.. order.Select(g => new DuplicateClaims(g[0].Claim.Claim.PartnerId!.Value, g[0].Key!.Value, g))];
        }

        /// <summary>The contests: keys where an admitted claimant meets another or the incumbent, in the order of their first claimant.</summary>
        private List<Contest> Contests(List<object> contenders)
        {
            var first = new Dictionary<AssociationKey, Contender>(contenders.Count);
            Dictionary<AssociationKey, List<Contender>>? shared = null;
            var keys = new List<AssociationKey>();
            foreach (Contender contender in contenders)
            {
                if (!contender.IsAdmitted || !contender.Fact!.Claim.Competes)
                {
                    continue;
                }

                if (first.TryAdd(contender.Key, contender))
                {
                    keys.Add(contender.Key);
                    continue;
                }

                shared ??= [];
                if (!shared.TryGetValue(contender.Key, out var group))
                {
                    shared[contender.Key] = group = [first[contender.Key]];
                }

                group.Add(contender);
            }

            var contests = new List<Contest>();
            foreach (var key in keys)
            {
                var incumbent = index.Incumbent(key);
                if (shared is not null && shared.TryGetValue(key, out var group))
                {
                    contests.Add(new Contest(key, [.. group], incumbent is null ? null : Contender.ForIncumbent(incumbent)));
                }
                else if (incumbent is not null)
                {
                    contests.Add(new Contest(key, [first[key]], Contender.ForIncumbent(incumbent)));
                }
            }

            return contests;
        }

        private static Dictionary<ClaimFact, List<ArbitrationResult>>? ContestsByClaim(List<object> results)
        {
            Dictionary<ClaimFact, List<ArbitrationResult>>? byClaim = null;
            foreach (var item in results)
            {
                if (item is not ArbitrationResult result)
                {
                    continue;
                }

                foreach (var place in result.Ranking)
                {
                    if (place.Contender.Fact is { } line)
                    {
                        byClaim ??= [];
                        if (!byClaim.TryGetValue(line.Claim, out var list))
                        {
                            byClaim[line.Claim] = list = [];
                        }

                        if (list.Count == 0 || !ReferenceEquals(list[^1], result))
                        {
                            list.Add(result);
                        }
                    }
                }
            }

            return byClaim;
        }
    }
}
