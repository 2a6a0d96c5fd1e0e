using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Staff;
using XinfangBot.Web.Tests.Support;

namespace XinfangBot.Web.Tests.Browser;

/// <summary>The knowledge pages in Debian's Chromium: edit with preview, publish (the running bot answers with it), diff,
/// restore; the gap queue to a draft; the statistics page with its charts. Screenshots go to src/XinfangBot.Web/screenshots/.</summary>
[Trait("Category", "Browser")]
public sealed class KnowledgeBrowserTests
{
    private const string Marker = "（本条刚由工作人员更新）";

    [BrowserFact]
    public async Task Editor_PreviewPublishDiffRestore_ReachesTheRunningBot()
    {
        await using var host = await KnowledgeConsoleHost.StartAsync();
        host.AddAccount("curator1", StaffRoles.Curator);
        await using var browser = await Support.Browser.StartAsync();
        var page = browser.Page;
        await browser.SignInAsync(host.BaseAddress, "curator1", ConsoleHost.Password);

        await page.GotoAsync(new Uri(host.BaseAddress, "/knowledge?kind=faq&q=%E5%90%AC%E8%AF%81").ToString());
        await page.ClickAsync("a[href='/knowledge/entry?id=faq%2Fhearing']");
        var raw = await page.InputValueAsync("#raw");
        var edited = raw.Replace("summary: ", "summary: " + Marker, StringComparison.Ordinal).Replace("## 答\n", "## 答\n" + Marker + "\n", StringComparison.Ordinal);
        Assert.NotEqual(raw, edited);
        await page.FillAsync("#raw", edited);

        // Live: the preview follows the typing (knowledge.js asks the server to render it), before anything is saved.
        await page.WaitForSelectorAsync($"#preview:has-text('{Marker}')");
        await page.ClickAsync("button[formaction='/knowledge/entry/preview']");
        Assert.Contains(Marker, await page.InnerTextAsync("#preview"), StringComparison.Ordinal);
        Assert.Equal(EntryStatus.Published, await page.InnerTextAsync("#status"));

        await page.ClickAsync("button:text('保存草稿')");
        Assert.Contains("草稿已保存", await page.InnerTextAsync(".flash"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Support.Browser.DocsFolder(), "console-editor.png"), FullPage = false });

        var engine = host.Services.GetRequiredService<AnswerEngine>();
        const string question = "信访听证是什么，什么时候会举行？";
        Assert.DoesNotContain(Marker, (await engine.AnswerAsync(new Question(question, []), CancellationToken.None)).Text, StringComparison.Ordinal);
        await page.ClickAsync("button[formaction='/knowledge/entry/publish']");
        Assert.Contains("已发布", await page.InnerTextAsync(".flash"), StringComparison.Ordinal);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!(await engine.AnswerAsync(new Question(question, []), CancellationToken.None)).Text.Contains(Marker, StringComparison.Ordinal))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(5), "the running bot did not answer with the published edit within 5 s");
            await Task.Delay(100);
        }

        Assert.Contains(Marker, await page.Locator("#history tr.add").First.InnerTextAsync(), StringComparison.Ordinal);
        await page.ClickAsync("#history form[action='/knowledge/entry/restore'] button >> nth=-1");
        Assert.Contains("恢复为草稿", await page.InnerTextAsync(".flash"), StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, await page.InputValueAsync("#raw"), StringComparison.Ordinal);
        await page.ClickAsync("button[formaction='/knowledge/entry/publish']");
        Assert.Contains("已发布", await page.InnerTextAsync(".flash"), StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, host.Services.GetRequiredService<KnowledgeStore>().Get("faq/hearing")!.Text, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task GapQueue_StartDraft_OpensTheMaskedDraftInTheEditor()
    {
        await using var host = await KnowledgeConsoleHost.StartAsync();
        host.AddAccount("curator2", StaffRoles.Curator);
        var store = host.Services.GetRequiredService<ConversationStore>();
        foreach (var (chat, text) in new[] { ("1", "村里的路灯坏了半年没人修，找谁"), ("2", "村里路灯坏了半年了没人修找谁啊") })
        {
            store.GetOrStart("telegram", chat);
            store.Record(new ConversationMessage { ConversationId = "telegram:" + chat, Direction = MessageDirection.In, Author = MessageAuthor.User, Text = text + "，电话13812345678" });
            store.Record(new ConversationMessage { ConversationId = "telegram:" + chat, Direction = MessageDirection.Out, Author = MessageAuthor.Bot, Text = "请说具体些", Mode = AnswerMode.Clarify });
        }

        await using var browser = await Support.Browser.StartAsync();
        var page = browser.Page;
        await browser.SignInAsync(host.BaseAddress, "curator2", ConsoleHost.Password);
        await page.GotoAsync(new Uri(host.BaseAddress, "/knowledge/gaps").ToString());
        Assert.Contains("2 次", await page.InnerTextAsync(".gap"), StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", await page.ContentAsync(), StringComparison.Ordinal);
        await page.ClickAsync(".gap button:text('从这里起草常见问题')");

        Assert.Contains("已生成草稿：faq/gap-", await page.InnerTextAsync(".flash"), StringComparison.Ordinal);
        var raw = await page.InputValueAsync("#raw");
        Assert.Contains("路灯", raw, StringComparison.Ordinal);
        Assert.Contains("[手机号]", raw, StringComparison.Ordinal);
        Assert.Contains("status: draft", raw, StringComparison.Ordinal);
        Assert.Contains("cites", await page.InnerTextAsync("#problems"), StringComparison.Ordinal);
        await page.GotoAsync(new Uri(host.BaseAddress, "/knowledge/gaps").ToString());
        Assert.Equal(0, await page.Locator(".gap").CountAsync());
    }

    [BrowserFact]
    public async Task StatsPage_ShowsFiguresAndSvgChartsAndExportsCsv()
    {
        await using var host = await KnowledgeConsoleHost.StartAsync();
        host.AddAccount("admin1", StaffRoles.Admin);
        host.Api.SendText(9301, "工地老板拖欠工资三个月怎么办？");
        await host.Api.WaitForSentAsync(9301, 1);
        host.Api.SendText(9301, "找个人工");
        await host.Api.WaitForSentAsync(9301, 3);
        host.Api.SendText(9302, "单位拖欠工资三个月不给怎么办？");
        await host.Api.WaitForSentAsync(9302, 1);

        await using var browser = await Support.Browser.StartAsync();
        var page = browser.Page;
        await browser.SignInAsync(host.BaseAddress, "admin1", ConsoleHost.Password);
        await page.GotoAsync(new Uri(host.BaseAddress, "/stats").ToString());
        Assert.Contains("提问", await page.InnerTextAsync("table.figures"), StringComparison.Ordinal);
        Assert.True(await page.Locator("svg.chart").CountAsync() >= 3);
        Assert.True(await page.Locator("svg.chart rect").CountAsync() >= 3);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Support.Browser.DocsFolder(), "console-stats.png"), FullPage = true });

        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var download = await page.Context.APIRequest.GetAsync(new Uri(host.BaseAddress, $"/stats.csv?from={today}&to={today}").ToString());
        Assert.Equal(200, download.Status);
        var csv = await download.TextAsync();
        Assert.Contains("metric,key,value", csv, StringComparison.Ordinal);
        Assert.Contains("escalations,human-request,1", csv, StringComparison.Ordinal);

        await page.GotoAsync(new Uri(host.BaseAddress, "/stats?from=2026-13-01").ToString());
        Assert.Contains("日期格式", await page.InnerTextAsync(".flash"), StringComparison.Ordinal);
    }
}
