using Cpor.Rules.Engine;

// This file is the README sample, verbatim; ReadmeSampleTests checks that they stay equal.
namespace Cpor.Rules.Tests.Samples;

public sealed record Customer(int Id, string Country);
public sealed record Order(int Id, int CustomerId, decimal Amount);
public sealed record ExportReview(Order Order, Customer Customer);

public sealed class LargeExportRule : Rule
{
    public static readonly FactIndex<Customer, int> CustomersById = new("Customers by id", c => c.Id);

    public override RuleMetadata Metadata { get; } = new("EXP-001", "LargeExport") { Priority = 10, Basis = "export policy" };

    public override void Define(RuleBuilder rule)
        => rule.Match<Order>(o => o.Amount >= 10_000m)
            .Join(CustomersById, o => o.CustomerId)
            .Where((_, customer) => customer.Country != "KR")
            .Yield((order, customer) => new ExportReview(order, customer));
}

public static class EngineSample
{
    public static IReadOnlyList<ExportReview> Run()
    {
        CompiledRuleSet rules = new RuleRepository().Load(new LargeExportRule()).Compile();
        Session session = rules.CreateSession(options: new SessionOptions { Trace = true });
        session.InsertRange([new Customer(1, "KR"), new Customer(2, "DE")]);
        session.InsertRange([new Order(10, 1, 50_000m), new Order(11, 2, 20_000m), new Order(12, 2, 500m)]);
        session.Fire();
        return session.Query<ExportReview>();   // one review: order 11; session.Firings says why
    }
}
