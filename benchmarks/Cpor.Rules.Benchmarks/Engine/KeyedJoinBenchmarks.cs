using BenchmarkDotNet.Attributes;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Benchmarks.Engine;

/// <summary>
/// A 2-pattern keyed join of N orders with N customers: one hash probe per order, so time per fact stays flat from
/// 10,000 to 100,000 (compare the per-fact time of the two sizes: linear scaling gives a ratio near 1).
/// </summary>
public class KeyedJoinBenchmarks
{
    private static readonly FactIndex<Customer, int> CustomersById = new("Customers by id", c => c.Id);

    private CompiledRuleSet _rules = null!;
    private Customer[] _customers = null!;
    private Order[] _orders = null!;

    /// <summary>Orders, and customers.</summary>
    [Params(10_000, 100_000)]
    public int N { get; set; }

    /// <summary>Builds the facts and compiles the rule.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _customers = [.. Enumerable.Range(0, N).Select(i => new Customer(i, i % 3 == 0 ? "KR" : "DE"))];
        _orders = [.. Enumerable.Range(0, N).Select(i => new Order(i, random.Next(N), random.Next(1_000)))];
        _rules = new RuleRepository().Load(new OrderCustomerRule()).Compile();
    }

    /// <summary>Inserts both sides, fires, and returns the joined pairs.</summary>
    [Benchmark]
    public int Join()
    {
        var session = _rules.CreateSession();
        session.InsertRange(_customers);
        session.InsertRange(_orders);
        session.Fire();
        return session.Query<OrderOfCustomer>().Count;
    }

    /// <summary>A customer.</summary>
    public sealed record Customer(int Id, string Country);

    /// <summary>An order of a customer.</summary>
    public sealed record Order(int Id, int CustomerId, int Amount);

    /// <summary>The joined pair.</summary>
    public readonly record struct OrderOfCustomer(Order Order, Customer Customer);

    private sealed class OrderCustomerRule : Rule
    {
        public override RuleMetadata Metadata { get; } = new("JOIN-1", "OrderOfCustomer");

        public override void Define(RuleBuilder rule)
            => rule.Match<Order>().Join(CustomersById, o => o.CustomerId).Yield((order, customer) => new OrderOfCustomer(order, customer));
    }
}
