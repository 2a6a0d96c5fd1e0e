using Microsoft.Playwright;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Staff;
using XinfangBot.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace XinfangBot.Web.Tests.Browser;

/// <summary>The staff console in a real browser (Debian's Chromium through Playwright), against the fake Bot API.</summary>
[Trait("Category", "Browser")]
public sealed class ConsoleBrowserTests
{
    private const long Citizen = 9201;

    [BrowserFact]
    public async Task SignIn_WrongPasswordThenLockout_RefusesEvenTheRightPasswordUntilReset()
    {
        await using var host = await ConsoleHost.StartAsync(new Dictionary<string, string?> { ["Staff:LockoutAttempts"] = "3" });
        host.AddAccount("zhangwei", StaffRoles.Reviewer);
        await using var browser = await Support.Browser.StartAsync();
        var page = browser.Page;

        await browser.SignInAsync(host.BaseAddress, "zhangwei", "wrong password 1");
        await Expect(page.Locator(".flash.error")).ToContainTextAsync("用户名或密码不正确");
        Assert.EndsWith("/login", page.Url, StringComparison.Ordinal);

        await browser.SignInAsync(host.BaseAddress, "zhangwei", "wrong password 2");
        await browser.SignInAsync(host.BaseAddress, "zhangwei", "wrong password 3");
        await Expect(page.Locator(".flash.error")).ToContainTextAsync("已暂时锁定");

        await browser.SignInAsync(host.BaseAddress, "zhangwei", ConsoleHost.Password);
        await Expect(page.Locator(".flash.error")).ToContainTextAsync("已暂时锁定");

        var staff = host.Services.GetService(typeof(StaffDirectory)) as StaffDirectory;
        Assert.True(staff!.Reset("zhangwei", ConsoleHost.Password));
        await browser.SignInAsync(host.BaseAddress, "zhangwei", ConsoleHost.Password);
        await Expect(page.Locator("h1")).ToHaveTextAsync("案件队列");

        var audit = (host.Services.GetService(typeof(AuditLog)) as AuditLog)!.Latest(20);
        Assert.Equal(4, audit.Count(e => e.Action == "sign-in-failed"));
        Assert.Contains(audit, e => e.Action == "sign-in" && e.Actor == "zhangwei");
    }

    [BrowserFact]
    public async Task Queue_TakeReplyResolve_TheReplyReachesTheCitizenThroughTheFakeBotApi()
    {
        await using var host = await ConsoleHost.StartAsync();
        host.AddAccount("wangfang", StaffRoles.Reviewer);
        host.AddAccount("admin1", StaffRoles.Admin);

        // A realistic queue: a crisis, a threat and requests for a person.
        host.Api.SendText(Citizen + 1, "讨了三年工资都要不到，我真的不想活了");
        await host.Api.WaitForSentAsync(Citizen + 1, 2);
        host.Api.SendText(Citizen + 2, "老板再不给钱，我就去杀了他，同归于尽");
        await host.Api.WaitForSentAsync(Citizen + 2, 2);
        await host.OpenHumanRequestAsync(Citizen + 3, "村里征地补偿款一直不发，找谁？");
        var id = await host.OpenHumanRequestAsync(Citizen, "我叫王五，手机13812345678，工地老板拖欠工资三个月怎么办？");

        await using var browser = await Support.Browser.StartAsync();
        var page = browser.Page;
        await browser.SignInAsync(host.BaseAddress, "wangfang", ConsoleHost.Password);
        await Expect(page.Locator("h1")).ToHaveTextAsync("案件队列");
        var rows = page.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(4);
        await Expect(rows.First).ToContainTextAsync("危机求助");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Support.Browser.DocsFolder(), "console-queue.png"), FullPage = true });

        await page.SelectOptionAsync("select[name=kind]", "human-request");
        await page.ClickAsync("form.filters button");
        await Expect(rows).ToHaveCountAsync(2);

        await page.ClickAsync($"a[href='/cases/{id}']");
        await Expect(page.Locator("h1")).ToContainTextAsync($"#{id}");
        await Expect(page.Locator(".transcript")).ToContainTextAsync("[手机号]");
        await Expect(page.Locator(".transcript")).Not.ToContainTextAsync("13812345678");

        await page.ClickAsync("button[name=take]");
        await Expect(page.Locator(".flash")).ToContainTextAsync("已接手");
        await host.Api.WaitForAsync(() => host.Api.Sent(Citizen).FirstOrDefault(m => m.Text.Contains("工作人员已接手", StringComparison.Ordinal)), null, "the citizen told");

        await page.FillAsync("#reply-text", "您好，欠薪可以先向当地劳动保障监察机构投诉，也可以申请劳动仲裁。");
        await page.ClickAsync("form[action$='/reply'] button");
        await Expect(page.Locator(".flash")).ToContainTextAsync("已发送");
        var delivered = await host.Api.WaitForAsync(
            () => host.Api.Sent(Citizen).FirstOrDefault(m => m.Text.Contains("劳动保障监察机构投诉", StringComparison.Ordinal)), null, "the reply at the fake Bot API");
        Assert.StartsWith("工作人员回复：", TelegramText(delivered.Text), StringComparison.Ordinal);
        await Expect(page.Locator(".transcript .msg.staff")).ToContainTextAsync("劳动保障监察机构投诉");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Support.Browser.DocsFolder(), "console-case.png"), FullPage = true });

        // While claimed the bot is silent in that chat.
        var before = host.Api.Sent(Citizen).Count;
        host.Api.SendText(Citizen, "好的，谢谢，那仲裁要带什么材料？");
        await Task.Delay(800);
        Assert.Equal(before, host.Api.Sent(Citizen).Count);

        await page.FillAsync("#resolve-note", "已告知劳动监察和仲裁途径");
        await page.ClickAsync("form[action$='/resolve'] button:not(.secondary)");
        await Expect(page.Locator(".flash")).ToContainTextAsync("已结案");
        await host.Api.WaitForAsync(() => host.Api.Sent(Citizen).FirstOrDefault(m => m.Text.Contains("已处理完毕", StringComparison.Ordinal)), null, "the citizen told of the resolution");
        Assert.Equal(EscalationStatus.Resolved, host.Cases.Get(id)!.Status);

        // A resolved case becomes a masked FAQ draft for curators.
        await page.ClickAsync($"form[action='/cases/{id}/faq'] button");
        await Expect(page.Locator(".flash")).ToContainTextAsync("草稿");
        var draft = Assert.Single(host.Cases.FaqDrafts());
        Assert.DoesNotContain("13812345678", draft.Question, StringComparison.Ordinal);

        // The admin sees every sign-in, transcript view and action in the audit log.
        await using var adminBrowser = await Support.Browser.StartAsync();
        await adminBrowser.SignInAsync(host.BaseAddress, "admin1", ConsoleHost.Password);
        await adminBrowser.Page.GotoAsync(new Uri(host.BaseAddress, "/audit").ToString());
        var log = adminBrowser.Page.Locator("tbody");
        foreach (var action in new[] { "sign-in", "view-transcript", "take", "reply", "resolve", "faq-draft" })
        {
            await Expect(log).ToContainTextAsync(action);
        }
    }

    [BrowserFact]
    public async Task CrisisCase_ResolveWithoutNote_IsRefused()
    {
        await using var host = await ConsoleHost.StartAsync();
        host.AddAccount("wangfang", StaffRoles.Reviewer);
        host.Api.SendText(Citizen, "我真的不想活了");
        var notice = await host.Api.WaitForSentAsync(ConsoleHost.AdminChat, 1);
        var id = long.Parse(System.Text.RegularExpressions.Regex.Match(notice.Text, @"#(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        await using var browser = await Support.Browser.StartAsync();
        await browser.SignInAsync(host.BaseAddress, "wangfang", ConsoleHost.Password);
        await browser.Page.GotoAsync(new Uri(host.BaseAddress, $"/cases/{id}").ToString());
        await browser.Page.ClickAsync("form[action$='/resolve'] button:not(.secondary)");
        await Expect(browser.Page.Locator(".flash.error")).ToContainTextAsync("必须写处理说明");
        Assert.Equal(EscalationStatus.Open, host.Cases.Get(id)!.Status);
    }

    private static string TelegramText(string html) => System.Net.WebUtility.HtmlDecode(html);
}
