using Cpor.Rules.Serialization;

namespace Cpor.Rules.Tests.Serialization;

public sealed class BatchDocumentReaderGuardTests
{
    [Fact]
    public void Read_NullStream_ThrowsArgumentNull()
        => Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => BatchDocumentReader.Read((Stream)null!)).ParamName);

    [Fact]
    public void Read_NullText_ThrowsArgumentNull()
        => Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => BatchDocumentReader.Read((string)null!)).ParamName);
}
