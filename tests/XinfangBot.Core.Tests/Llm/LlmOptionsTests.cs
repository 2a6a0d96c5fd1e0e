using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using XinfangBot.Core.Llm;

namespace XinfangBot.Core.Tests.Llm;

public sealed class LlmOptionsTests
{
    [Fact]
    public void Bind_NoLlmSection_LeavesItOfflineWithoutErrors()
    {
        var options = new ConfigurationBuilder().Build().GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();
        Assert.False(options.IsConfigured);
        Assert.Empty(options.Validate(new ValidationContext(options)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:11434", "http://127.0.0.1:11434/v1")]
    [InlineData("http://127.0.0.1:11434/v1/", "http://127.0.0.1:11434/v1")]
    public void GetEndpointUri_EndsInV1(string endpoint, string expected) =>
        Assert.Equal(new Uri(expected), new LlmOptions { Endpoint = endpoint, Model = "m" }.GetEndpointUri());

    [Fact]
    public void Validate_EndpointWithoutModel_NamesTheKey()
    {
        var options = new LlmOptions { Endpoint = "http://127.0.0.1:1/v1" };
        Assert.Contains(options.Validate(new ValidationContext(options)), r => r.ErrorMessage!.Contains("Llm:Model", StringComparison.Ordinal));
    }
}
