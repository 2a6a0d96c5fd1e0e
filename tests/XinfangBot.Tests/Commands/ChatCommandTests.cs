using LiteDB;
using Microsoft.Extensions.Options;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Storage;
using XinfangBot.Tests.Support;

namespace XinfangBot.Tests.Commands;

/// <summary>
/// <c>chat</c> through the conversation port: each exchange is recorded and confirmed delivered, /reset forgets the
/// conversation, a number picks one of the numbered choices.
/// </summary>
[Trait("Category", "Process")]
public sealed class ChatCommandTests
{
    [Fact]
    public async Task Chat_QuestionResetQuestion_RecordsDeliveredAnswersAndForgetsTheFirst()
    {
        var dir = HostProcess.TempDir();

        var result = await HostProcess.RunAsync(dir, "公司拖欠我三个月工资怎么办\n/reset\n你能做什么\n/quit\n", "chat");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("已重新开始对话。", result.StdOut, StringComparison.Ordinal);
        using var db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = Path.Combine(dir, "bot.db"), Connection = "shared" }));
        var messages = db.Database.GetCollection<ConversationMessage>("messages").FindAll().ToList();
        Assert.Equal([MessageDirection.In, MessageDirection.Out], messages.Select(m => m.Direction));
        Assert.Equal([MessageAuthor.User, MessageAuthor.Bot], messages.Select(m => m.Author));
        Assert.Equal("你能做什么", messages[0].Text);
        Assert.True(messages[1].Delivered);
        Assert.Contains(messages[1].Text.Split('\n')[0], result.StdOut, StringComparison.Ordinal);
        Assert.All(messages, m => Assert.StartsWith(XinfangBot.Commands.ChatCommand.Channel + ":", m.ConversationId, StringComparison.Ordinal));
        Assert.Single(db.Database.GetCollection("conversations").FindAll());
    }

    [Fact]
    public async Task Chat_NumberAfterAClarifyingQuestion_AsksTheChoiceItNumbers()
    {
        var dir = HostProcess.TempDir();

        var result = await HostProcess.RunAsync(dir, "我有冤情\n1\n/quit\n", "chat");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  1. ", result.StdOut, StringComparison.Ordinal);
        using var db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = Path.Combine(dir, "bot.db"), Connection = "shared" }));
        var asked = db.Database.GetCollection<ConversationMessage>("messages").FindAll()
            .Where(m => m.Direction == MessageDirection.In).Select(m => m.Text).ToList();
        Assert.Equal(2, asked.Count);
        Assert.NotEqual("1", asked[1]);
        Assert.Contains("  1. " + asked[1], result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_PersonAskedFor_SaysHonestlyThatStaffCannotWriteHereAndWhereAPersonIsReached()
    {
        var dir = HostProcess.TempDir();

        var result = await HostProcess.RunAsync(dir, "/help\n我要找工作人员\n还有人吗\n/quit\n", "chat");

        Assert.Equal(0, result.ExitCode);
        // /help lists the commands and is no question: nothing of it is recorded.
        Assert.Contains("/reset", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("/quit", result.StdOut, StringComparison.Ordinal);
        // The handover and the held chat both say that nobody can answer in the terminal, and give 12345 and 110 / 120.
        Assert.Contains("工作人员无法在这个终端里回复你", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("这是本机终端对话，工作人员无法在这里回复你", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("12345", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("工作人员看到后会在这里回复你", result.StdOut, StringComparison.Ordinal);
        using var db = new LiteDbProvider(Options.Create(new StorageOptions { DatabasePath = Path.Combine(dir, "bot.db"), Connection = "shared" }));
        var asked = db.Database.GetCollection<ConversationMessage>("messages").FindAll()
            .Where(m => m.Direction == MessageDirection.In).Select(m => m.Text).ToList();
        Assert.Equal(["我要找工作人员", "还有人吗"], asked);
    }
}
