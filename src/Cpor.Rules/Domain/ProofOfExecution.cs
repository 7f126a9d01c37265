namespace Cpor.Rules.Domain;

/// <summary>The proof of execution (PoE) attached to a claim, as reviewers read it: a statement of work or similar.</summary>
public sealed class ProofOfExecution
{
    private readonly string[] _products;

    /// <summary>Creates a proof of execution.</summary>
    /// <param name="customerAcknowledgedOn">When the customer acknowledged (signed) it; <see langword="null"/> when it bears no acknowledgment.</param>
    /// <param name="describesPartnerService">Whether it describes the service the partner performed.</param>
    /// <param name="products">The products or workloads it lists.</param>
    /// <exception cref="ArgumentNullException"><paramref name="products"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A product name is blank.</exception>
    public ProofOfExecution(DateOnly? customerAcknowledgedOn, bool describesPartnerService, IEnumerable<string> products)
    {
        CustomerAcknowledgedOn = customerAcknowledgedOn;
        DescribesPartnerService = describesPartnerService;
        _products = Guard.Names(products);
    }

    /// <summary>When the customer acknowledged it; <see langword="null"/> when it bears no acknowledgment.</summary>
    public DateOnly? CustomerAcknowledgedOn { get; }

    /// <summary>Whether it describes the service the partner performed.</summary>
    public bool DescribesPartnerService { get; }

    /// <summary>The products or workloads it lists.</summary>
    public IReadOnlyList<string> Products => _products;

    /// <summary>Whether it lists the product or workload (letter case ignored).</summary>
    public bool Lists(string product) => Names.Contains(_products, product);
}
