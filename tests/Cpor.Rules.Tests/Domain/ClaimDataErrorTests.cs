using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Domain;

public sealed class ClaimDataErrorTests
{
    [Fact]
    public void ToString_IsFieldAndReason()
        => Assert.Equal("tenantId: it is empty", new ClaimDataError("tenantId", string.Empty, "it is empty").ToString());

    [Fact]
    public void Equals_SameFieldValueAndReason_IsTrue()
    {
        Assert.Equal(new ClaimDataError("activity", "usage", "unknown"), new ClaimDataError("activity", "usage", "unknown"));
        Assert.NotEqual(new ClaimDataError("activity", "usage", "unknown"), new ClaimDataError("activity", null, "unknown"));
    }
}
