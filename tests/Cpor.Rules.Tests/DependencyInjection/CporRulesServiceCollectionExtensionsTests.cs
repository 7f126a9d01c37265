using Cpor.Rules.Arbitration;
using Cpor.Rules.DependencyInjection;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Tests.Samples;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.DependencyInjection;

public sealed class CporRulesServiceCollectionExtensionsTests
{
    private static readonly ServiceProviderOptions Strict = new() { ValidateOnBuild = true, ValidateScopes = true };

    [Fact]
    public void AddCporRules_Resolved_OneRuleSetSharedByTheEvaluator()
    {
        using var provider = new ServiceCollection().AddCporRules().Services.BuildServiceProvider(Strict);

        var ruleSet = provider.GetRequiredService<CporRuleSet>();
        var evaluator = provider.GetRequiredService<ICporEvaluator>();

        Assert.Same(ruleSet, provider.GetRequiredService<CporRuleSet>());
        Assert.Same(evaluator, provider.GetRequiredService<ICporEvaluator>());
        Assert.Same(ruleSet, evaluator.RuleSet);
        using (var scope = provider.CreateScope())
        {
            Assert.Same(ruleSet, scope.ServiceProvider.GetRequiredService<CporRuleSet>());
        }
    }

    [Fact]
    public void AddCporRules_NoSettings_CompilesWithTheDocumentedDefaults()
    {
        using var provider = new ServiceCollection().AddCporRules().Services.BuildServiceProvider(Strict);

        var options = provider.GetRequiredService<CporRuleSet>().Options;

        Assert.Equal(CporOptions.Default.PoeAgeLimitMonths, options.PoeAgeLimitMonths);
        Assert.True(provider.GetRequiredService<IOptions<CporRulesOptions>>().Value.Explain);
        Assert.Equal(RankingPolicy.Default.Rules, options.Ranking.Rules);
        Assert.Equal(CporRuleSet.Default.Rules.Select(r => r.Id), provider.GetRequiredService<CporRuleSet>().Rules.Select(r => r.Id));
    }

    [Fact]
    public void AddCporRules_ConfigurationSection_BindsEveryOption()
    {
        var section = Configuration(new()
        {
            ["Cpor:PoeAgeLimitMonths"] = "6",
            ["Cpor:Explain"] = "false",
        }).GetSection("Cpor");
        using var provider = new ServiceCollection().AddCporRules(section).Services.BuildServiceProvider(Strict);

        Assert.Equal(6, provider.GetRequiredService<CporRuleSet>().Options.PoeAgeLimitMonths);
        Assert.False(provider.GetRequiredService<IOptions<CporRulesOptions>>().Value.Explain);
    }

    [Fact]
    public void AddCporRules_ConfiguredAgeLimit_ChangesDecisions()
    {
        // Acknowledged 7 months before submission: within the default 12, beyond a configured 6.
        var raw = Raw().WithPoe(p => p with { CustomerAcknowledgedOn = "2020-03-01" });
        using var strict = new ServiceCollection().AddCporRules(Configuration(new() { ["Cpor:PoeAgeLimitMonths"] = "6" }).GetSection("Cpor")).Services.BuildServiceProvider();
        using var lenient = new ServiceCollection().AddCporRules().Services.BuildServiceProvider();

        var strictDecision = strict.GetRequiredService<ICporEvaluator>().Evaluate(Claim(raw), Facts());
        var lenientDecision = lenient.GetRequiredService<ICporEvaluator>().Evaluate(Claim(raw), Facts());

        Assert.Equal(["MissingOrOldDates"], strictDecision.Codes());
        Assert.Equal(OutcomeKind.Eligible, lenientDecision.Kind);
    }

    [Fact]
    public void AddCporRules_Action_SetsOptions()
    {
        using var provider = new ServiceCollection()
            .AddCporRules(o =>
            {
                o.PoeAgeLimitMonths = 24;
                o.Explain = false;
            })
            .Services.BuildServiceProvider(Strict);

        Assert.Equal(24, provider.GetRequiredService<CporRuleSet>().Options.PoeAgeLimitMonths);
        Assert.False(provider.GetRequiredService<IOptions<CporRulesOptions>>().Value.Explain);
    }

    [Fact]
    public void AddCporRules_ExplainOff_EvaluatorExplainsOnlyWhenACallAsks()
    {
        using var provider = new ServiceCollection().AddCporRules(o => o.Explain = false).Services.BuildServiceProvider(Strict);
        var evaluator = provider.GetRequiredService<ICporEvaluator>();
        var facts = Facts(associations: [Holds(Rival, Sales, SubmittedOn.AddMonths(-2))]);

        Assert.Empty(evaluator.Evaluate(Claim(Raw()), facts).Explanation);
        Assert.Empty(evaluator.Evaluate(Claim(Raw()), facts, new EvaluationOptions { AsOf = new DateOnly(2020, 10, 5) }).Explanation);
        Assert.NotEmpty(evaluator.Evaluate(Claim(Raw()), facts, new EvaluationOptions { Explain = true }).Explanation);
        Assert.Equal(new DateOnly(2020, 10, 5), evaluator.EvaluateBatch([Claim(Raw())], facts, new EvaluationOptions { AsOf = new DateOnly(2020, 10, 5) }).AsOf);
    }

    [Fact]
    public void AddCporRules_MonthsOutOfRange_StartupValidationFailsNamingKeyAndValue()
    {
        using var provider = new ServiceCollection()
            .AddCporRules(Configuration(new() { ["Cpor:PoeAgeLimitMonths"] = "0" }).GetSection("Cpor"))
            .Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(["Cpor:PoeAgeLimitMonths must be between 1 and 120; it is 0."], error.Failures);
        Assert.Contains("Cpor:PoeAgeLimitMonths must be between 1 and 120; it is 0.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCporRules_BadOption_ReportedOnce()
    {
        using var provider = new ServiceCollection()
            .AddCporRules(Configuration(new() { ["Cpor:PoeAgeLimitMonths"] = "121" }).GetSection("Cpor"))
            .Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(["Cpor:PoeAgeLimitMonths must be between 1 and 120; it is 121."], error.Failures);
    }

    [Fact]
    public void AddCporRules_NestedSection_MessagesUseItsPath()
    {
        var section = Configuration(new() { ["Services:Claims:PoeAgeLimitMonths"] = "-3" }).GetSection("Services:Claims");
        using var provider = new ServiceCollection().AddCporRules(section).Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(["Services:Claims:PoeAgeLimitMonths must be between 1 and 120; it is -3."], error.Failures);
    }

    [Fact]
    public void AddCporRules_InvalidOptionsWithoutStartupValidation_FirstResolutionFailsWithTheMessage()
    {
        using var provider = new ServiceCollection().AddCporRules(o => o.PoeAgeLimitMonths = 0).Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<ICporEvaluator>);

        Assert.Equal(["Cpor:PoeAgeLimitMonths must be between 1 and 120; it is 0."], error.Failures);
    }

    [Fact]
    public void AddCporRules_MisspeltKey_StartupFailsNamingIt()
    {
        using var provider = new ServiceCollection()
            .AddCporRules(Configuration(new() { ["Cpor:PoeAgeLimitMonth"] = "6" }).GetSection("Cpor"))
            .Services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("PoeAgeLimitMonth", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCporRules_UnconvertibleValue_StartupFailsNamingTheKey()
    {
        using var provider = new ServiceCollection()
            .AddCporRules(Configuration(new() { ["Cpor:Explain"] = "next Tuesday" }).GetSection("Cpor"))
            .Services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Cpor:Explain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCporRules_RuleThatCannotCompile_StartupValidationFails()
    {
        using var provider = new ServiceCollection().AddCporRules().AddRule<ReusedIdRule>().Services.BuildServiceProvider();

        var error = Assert.Throws<RuleSetException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("CPOR-002", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCporRules_ValidSetup_StartupValidationCompilesTheRuleSetBeforeFirstUse()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFakeLogging());
        services.AddCporRules();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        var compiled = Assert.Single(provider.GetFakeLogCollector().GetSnapshot(), r => r.Id.Name == "RuleSetCompiled");
        Assert.Equal(LogLevel.Information, compiled.Level);
        Assert.Equal(CporRulesTelemetry.MeterName, compiled.Category);
        Assert.StartsWith($"Compiled rule set {CporRuleSet.Name} with {CporRuleSet.Default.Rules.Count} rules (0 of your own, 2 ranking rules)", compiled.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCporRules_CalledTwice_KeepsOneRuleSetAndAppliesBothSettings()
    {
        var services = new ServiceCollection();
        services.AddCporRules(Configuration(new() { ["Cpor:PoeAgeLimitMonths"] = "6" }).GetSection("Cpor"));
        services.AddCporRules(o => o.Explain = false);
        using var provider = services.BuildServiceProvider(Strict);

        var options = provider.GetRequiredService<CporRuleSet>().Options;

        Assert.Single(services, d => d.ServiceType == typeof(CporRuleSet));
        Assert.Single(services, d => d.ServiceType == typeof(ICporEvaluator));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<CporRulesOptions>));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<RuleSetCompilation>));
        Assert.Equal(6, options.PoeAgeLimitMonths);
    }

    [Fact]
    public void AddCporRules_NullArguments_ThrowWithTheArgumentName()
    {
        var services = new ServiceCollection();

        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddCporRules()).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddCporRules(_ => { })).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => services.AddCporRules((IConfiguration)null!)).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => services.AddCporRules((Action<CporRulesOptions>)null!)).ParamName);
    }

    private static IConfigurationRoot Configuration(Dictionary<string, string?> values)
        => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
