using Cpor.Rules.Testing;

namespace Cpor.Rules.Tests.Testing;

public sealed class CporAssertionExceptionTests
{
    [Fact]
    public void Constructors_MessageAndCause_Kept()
    {
        var cause = new InvalidOperationException("cause");

        Assert.Equal("A Cpor.Rules assertion failed.", new CporAssertionException().Message);
        Assert.Equal("expected", new CporAssertionException("expected").Message);
        Assert.Same(cause, new CporAssertionException("expected", cause).InnerException);
    }
}
