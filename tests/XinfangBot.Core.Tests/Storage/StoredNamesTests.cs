using LiteDB;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Conversations;
using XinfangBot.Core.Storage;

namespace XinfangBot.Core.Tests.Storage;

/// <summary>
/// Modes, kinds, states and directions are enums whose stored and contract strings are the ones these fields held when
/// they were strings (issue 9): the names must never change, or a database written before would no longer read.
/// </summary>
public sealed class StoredNamesTests
{
    [Fact]
    public void Names_EscalationKinds_AreTheContractStrings()
    {
        Assert.Equal(["crisis", "threat", "human-request", "unresolved"], EscalationKinds.All.Select(k => k.Name()));
    }

    [Fact]
    public void Names_StoredEnums_AreTheStringsMainStored()
    {
        Assert.Equal(
            ["answer", "answer-llm", "clarify", "crisis", "threat", "human", "unresolved", "scope", "greeting", "help", "thanks", "empty", "error"],
            Enum.GetValues<AnswerMode>().Select(m => m.Name()));
        Assert.Equal(["bot", "waiting-human", "human", "closed"], Enum.GetValues<ConversationState>().Select(s => s.Name()));
        Assert.Equal(["in", "out"], Enum.GetValues<MessageDirection>().Select(d => d.Name()));
        Assert.Equal(["open", "claimed", "resolved", "released"], EscalationStatuses.All.Select(s => s.Name()));
        Assert.Equal(["user", "bot", "case", "staff"], Enum.GetValues<AuthorRole>().Select(r => r.Name()));
        Assert.Equal(["citizen", "retention"], Enum.GetValues<DeletionReason>().Select(r => r.Name()));
    }

    [Fact]
    public void Enums_EveryNamedEnum_IsRegisteredWithTheMapper()
    {
        Assert.Equal(
            new[] { typeof(AnswerMode), typeof(EscalationKind), typeof(ConversationState), typeof(MessageDirection), typeof(EscalationStatus), typeof(AuthorRole), typeof(DeletionReason) }.Select(t => t.FullName).Order(StringComparer.Ordinal),
            StoredNames.Enums.Select(t => t.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Mapper_EveryMember_RoundTripsThroughItsName()
    {
        var mapper = LiteDbProvider.CreateMapper();
        foreach (var type in StoredNames.Enums)
        {
            foreach (var value in Enum.GetValues(type))
            {
                var stored = mapper.Serialize(type, value);

                Assert.True(stored.IsString, $"{type.Name}.{value} is stored as {stored.Type}");
                Assert.Equal(value, mapper.Deserialize(type, stored));
            }
        }
    }

    [Fact]
    public void Parse_UnknownName_IsAFormatError()
    {
        Assert.Throws<FormatException>(() => StoredNames.Parse<EscalationKind>("HumanRequest"));
        Assert.False(StoredNames.TryParse<EscalationKind>(null, out _));
        Assert.Throws<FormatException>(() => LiteDbProvider.CreateMapper().Deserialize<AnswerMode>(new BsonValue("AnswerLlm")));
    }

    [Fact]
    public void StoredStrings_MessageAuthor_IsRegisteredWithTheMapper()
    {
        Assert.Equal([typeof(MessageAuthor)], StoredNames.StoredStrings);
    }

    [Theory]
    [InlineData("user")]
    [InlineData("bot")]
    [InlineData("case")]
    [InlineData("staff:wangfang")]
    public void Author_StoredString_RoundTripsThroughTheMapper(string stored)
    {
        var mapper = LiteDbProvider.CreateMapper();

        var author = mapper.Deserialize<MessageAuthor>(new BsonValue(stored));

        Assert.Equal(stored, mapper.Serialize(author).AsString);
        Assert.Equal(author, MessageAuthor.Parse(stored));
    }

    [Theory]
    [InlineData("staff")]
    [InlineData("bot:wangfang")]
    [InlineData("admin")]
    [InlineData("")]
    public void Author_UnknownShape_IsAFormatError(string stored)
    {
        Assert.Throws<FormatException>(() => MessageAuthor.Parse(stored));
    }
}
