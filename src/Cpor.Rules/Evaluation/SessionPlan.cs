using Cpor.Rules.Domain;

namespace Cpor.Rules.Evaluation;

/// <summary>
/// Which claims each session decides: claims packed into sessions of about a given size, every claim of a customer
/// tenant in one session, each session's claims in input order. A claim whose tenant is unreadable or not in the
/// snapshot resolves no line, so it has no key and meets no other claim: it goes wherever there is room. (Kept
/// together by tenant, a batch's claims naming one unknown tenant made one session of 48,514 claims in the benchmark
/// data, which NRules decides at a higher cost per claim, on one thread, and holds in memory until it ends.)
/// </summary>
/// <remarks>
/// The plan is two arrays of numbers (the claims' positions ordered by session, and where each session starts), and
/// it is made with arrays of numbers only. A batch-long list of per-tenant lists would be large arrays holding small
/// objects, and until a full collection finds such an array dead, every young object it holds is kept (and copied
/// twice) by each quick collection: measured at a million claims, that was about 58 MB copied twice per batch.
/// </remarks>
internal sealed class SessionPlan
{
    private readonly int[] _order;
    private readonly int[] _starts;

    private SessionPlan(int[] order, int[] starts)
    {
        _order = order;
        _starts = starts;
    }

    /// <summary>The number of sessions (one for an empty batch).</summary>
    public int Count => _starts.Length - 1;

    /// <summary>The positions, in the batch, of the claims that session <paramref name="session"/> decides, ascending.</summary>
    public ReadOnlySpan<int> this[int session] => _order.AsSpan(_starts[session], _starts[session + 1] - _starts[session]);

    /// <summary>Plans sessions of about <paramref name="sessionSize"/> claims: a session is closed once it holds that many or more.</summary>
    public static SessionPlan For(Claim[] claims, SnapshotIndex index, int sessionSize)
    {
        // Stryker disable once Equality : a batch of exactly the size packs into the same one session below; the case only saves the work
        if (claims.Length <= sessionSize)
        {
            return new SessionPlan([.. Enumerable.Range(0, claims.Length)], [0, claims.Length]);
        }

        // Groups numbered by first appearance: the claims of each tenant of the snapshot, and every other claim alone.
        var groupOf = new int[claims.Length];
        var numbers = new Dictionary<TenantId, int>();
        var sizes = new List<int>();
        for (var i = 0; i < claims.Length; i++)
        {
            var number = sizes.Count;
            if (index.Tenant(claims[i].TenantId) is not { } tenant || numbers.TryAdd(tenant.Id, number))
            {
                sizes.Add(0);
            }
            else
            {
                number = numbers[tenant.Id];
            }

            groupOf[i] = number;
            sizes[number]++;
        }

        // Whole groups into sessions, in that order.
        var sessionOf = new int[sizes.Count];
        var starts = new List<int> { 0 };
        var filled = 0;
        for (var group = 0; group < sizes.Count; group++)
        {
            sessionOf[group] = starts.Count - 1;
            filled += sizes[group];
            if (filled - starts[^1] >= sessionSize)
            {
                starts.Add(filled);
            }
        }

        if (starts[^1] < claims.Length)
        {
            starts.Add(claims.Length);
        }

        // Each claim to the next free place of its session, in input order.
        var order = new int[claims.Length];
        var next = starts.ToArray();
        for (var i = 0; i < claims.Length; i++)
        {
            order[next[sessionOf[groupOf[i]]]++] = i;
        }

        return new SessionPlan(order, [.. starts]);
    }
}
