namespace Cpor.Rules.Benchmarks.Data;

/// <summary>The mix of claims in a generated batch.</summary>
public enum BatchShape
{
    /// <summary>Almost all claims eligible, each on its own key.</summary>
    Clean,

    /// <summary>About a third of the claims with findings; about one in ten on a contested key.</summary>
    Mixed,

    /// <summary>Most claims broken, many with malformed values.</summary>
    Hostile,
}
