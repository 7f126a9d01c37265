namespace Cpor.Rules.Testing;

/// <summary>
/// Thrown by the assertions of this package when a decision is not what the test expected. Its message says what was
/// expected and then describes the decision: outcome, every finding with its rule ID, and the line outcomes. Every
/// test framework reports it as a failed test.
/// </summary>
public sealed class CporAssertionException : Exception
{
    /// <summary>An assertion failure with the default message.</summary>
    public CporAssertionException()
        : base("A Cpor.Rules assertion failed.")
    {
    }

    /// <summary>An assertion failure with <paramref name="message"/>.</summary>
    /// <param name="message">What was expected and what was found.</param>
    public CporAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>An assertion failure with <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="innerException">The exception that caused it.</param>
    public CporAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
