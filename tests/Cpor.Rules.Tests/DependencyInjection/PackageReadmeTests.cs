using Cpor.Rules.DependencyInjection;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.DependencyInjection;

/// <summary>Keeps the package README honest (its service sample is compiled and run by <c>ServiceSampleTests</c>).</summary>
public sealed class PackageReadmeTests
{
    private const string Readme = "src/Cpor.Rules.DependencyInjection/README.md";

    [Fact]
    public void Telemetry_ReadmeTable_NamesEveryInstrument()
    {
        var readme = Repository.Read(Readme);

        Assert.Contains($"`{CporRulesTelemetry.ClaimsEvaluated}`", readme, StringComparison.Ordinal);
        Assert.Contains($"`{CporRulesTelemetry.Outcomes}`", readme, StringComparison.Ordinal);
        Assert.Contains($"`{CporRulesTelemetry.BatchDuration}`", readme, StringComparison.Ordinal);
        Assert.Contains($"`{CporRulesTelemetry.OutcomeTag}`", readme, StringComparison.Ordinal);
        Assert.Contains($"`{CporRulesTelemetry.MeterName}`", readme, StringComparison.Ordinal);
    }
}
