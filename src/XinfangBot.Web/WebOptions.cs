using System.ComponentModel.DataAnnotations;

namespace XinfangBot.Web;

/// <summary>The staff console (section <c>Web</c>), served by <c>run</c> in the same process as the bot.</summary>
public sealed class WebOptions : IValidatableObject
{
    public const string SectionName = "Web";

    /// <summary>Where the console listens (semicolon-separated URLs). Keep it on loopback behind a TLS reverse proxy.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    public bool Enabled { get; set; } = true;

    /// <summary>Sign-in attempts allowed per client address per minute (then 429).</summary>
    [Range(1, 1000)]
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>How long a sign-in lasts without activity.</summary>
    [Range(5, 1440)]
    public int SessionMinutes { get; set; } = 480;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                yield return new ValidationResult($"Web:Urls must be absolute http(s) URLs such as http://127.0.0.1:5080; '{url}' is not one.", [nameof(Urls)]);
            }
        }
    }
}
