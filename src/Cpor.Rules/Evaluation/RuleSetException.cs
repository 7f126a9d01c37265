namespace Cpor.Rules.Evaluation;

/// <summary>A rule set cannot be built from the rules given; the message names the rules at fault.</summary>
public sealed class RuleSetException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleSetException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong, naming the rules.</param>
    public RuleSetException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    /// <param name="message">What is wrong, naming the rules.</param>
    /// <param name="innerException">The cause.</param>
    public RuleSetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
