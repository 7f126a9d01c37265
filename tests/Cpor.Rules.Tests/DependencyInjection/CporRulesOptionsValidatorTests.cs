using Cpor.Rules.DependencyInjection;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cpor.Rules.Tests.DependencyInjection;

public sealed class CporRulesOptionsValidatorTests
{
    private static readonly CporRulesOptionsValidator Validator = new("Cpor");

    [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    public void Validate_AnyAgeLimit_FailsExactlyOutsideOneTo120WithTheValueInTheMessage(AgeLimit limit)
    {
        var result = Validator.Validate(name: null, new CporRulesOptions { PoeAgeLimitMonths = limit.Months });

        var inRange = limit.Months is >= 1 and <= 120;
        Assert.Equal(!inRange, result.Failed);
        if (!inRange)
        {
            Assert.Equal([$"Cpor:PoeAgeLimitMonths must be between 1 and 120; it is {limit.Months}."], result.Failures);
        }
    }

    [Fact]
    public void Validate_AgeLimit_AcceptsExactlyWhatCporOptionsAccepts()
        => Assert.All(Enumerable.Range(-2, CporOptions.MaxPoeAgeLimitMonths + 5), months =>
        {
            var compiles = Record.Exception(() => new CporOptions { PoeAgeLimitMonths = months }) is null;

            Assert.Equal(compiles, Validator.Validate(name: null, new CporRulesOptions { PoeAgeLimitMonths = months }).Succeeded);
        });

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        var result = Validator.Validate(name: null, new CporRulesOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_EmptySectionPath_NamesThePropertyAlone()
    {
        var result = new CporRulesOptionsValidator(string.Empty).Validate(name: null, new CporRulesOptions { PoeAgeLimitMonths = 500 });

        Assert.Equal(["PoeAgeLimitMonths must be between 1 and 120; it is 500."], result.Failures);
    }

    [Fact]
    public void Validate_NullOptions_ThrowsWithTheArgumentName()
    {
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => Validator.Validate(name: null, null!)).ParamName);
    }

    /// <summary>A PoE age limit in months, valid or not.</summary>
    public sealed record AgeLimit(int Months);

    public static class Arbitraries
    {
        public static Arbitrary<AgeLimit> AgeLimits()
            => Gen.OneOf(
                    Gen.Elements(int.MinValue, -1, 0, 1, 2, 119, 120, 121, int.MaxValue),
                    Gen.Choose(-50, 200))
                .Select(m => new AgeLimit(m))
                .ToArbitrary();
    }
}
