using Microsoft.Playwright;

namespace XinfangBot.Web.Tests.Support;

/// <summary>Playwright on Debian's Chromium (never Playwright's own browser download), headless, one page per test.</summary>
public sealed class Browser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public static async Task<Browser> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1180, Height = 760 }, Locale = "zh-CN" });
        page.SetDefaultTimeout(15_000);
        return new Browser(playwright, browser, page);
    }

    /// <summary>Signs in through the form, as a person would.</summary>
    public async Task SignInAsync(Uri baseAddress, string name, string password)
    {
        await Page.GotoAsync(new Uri(baseAddress, "/login").ToString());
        await Page.FillAsync("#username", name);
        await Page.FillAsync("#password", password);
        await Page.ClickAsync("form[action='/login'] button[type=submit]");
    }

    /// <summary>The console's screenshots folder, src/XinfangBot.Web/screenshots (the README shows them).</summary>
    public static string DocsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "XinfangBot.sln")))
        {
            dir = dir.Parent;
        }

        var docs = dir is null ? Path.Combine(Path.GetTempPath(), "xinfangbot-screenshots") : Path.Combine(dir.FullName, "src", "XinfangBot.Web", "screenshots");
        Directory.CreateDirectory(docs);
        return docs;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
