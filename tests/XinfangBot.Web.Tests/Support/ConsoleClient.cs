using System.Net;
using System.Text.RegularExpressions;

namespace XinfangBot.Web.Tests.Support;

/// <summary>A plain HTTP client of the console with its own cookies and no automatic redirects.</summary>
public sealed partial class ConsoleClient : IDisposable
{
    private readonly HttpClient _http;

    public ConsoleClient(Uri baseAddress)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>Posts a form; with <paramref name="tokenFrom"/> the antiforgery token of that page is added.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, IDictionary<string, string> fields, string? tokenFrom = null)
    {
        var values = new Dictionary<string, string>(fields);
        if (tokenFrom is not null)
        {
            values["__RequestVerificationToken"] = await TokenAsync(tokenFrom);
        }

        using var content = new FormUrlEncodedContent(values);
        return await _http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public async Task<HttpResponseMessage> SignInAsync(string name, string password) =>
        await PostAsync("/login", new Dictionary<string, string> { ["username"] = name, ["password"] = password }, "/login");

    public async Task<string> TokenAsync(string page)
    {
        using var response = await GetAsync(page);
        var html = await response.Content.ReadAsStringAsync();
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"no antiforgery field on {page} ({(int)response.StatusCode})");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
