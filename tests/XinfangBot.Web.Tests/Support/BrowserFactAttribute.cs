namespace XinfangBot.Web.Tests.Support;

/// <summary>A browser test: runs in Debian's Chromium, and is skipped (saying why) where /usr/bin/chromium is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(Browser.ChromiumPath))
        {
            Skip = $"{Browser.ChromiumPath} is missing: run tests/install-browser.sh (apt-get install chromium) to run the browser tests";
        }
    }
}
