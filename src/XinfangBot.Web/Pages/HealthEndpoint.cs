using Microsoft.AspNetCore.Http;
using XinfangBot.Core.Health;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Storage;

namespace XinfangBot.Web.Pages;

/// <summary>
/// <c>/healthz</c>, unauthenticated and without personal data: knowledge loaded, seconds since the last Telegram poll
/// (null when Telegram is not running), database readable. 200 when healthy, 503 otherwise.
/// </summary>
internal static class HealthEndpoint
{
    public static IResult Handle(KnowledgeService knowledge, ChannelHeartbeat heartbeat, LiteDbProvider db)
    {
        int entries;
        try
        {
            entries = knowledge.Current.Count;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or InvalidDataException)
        {
            entries = 0;
        }

        bool database;
        try
        {
            database = db.Database.GetCollectionNames() is not null;
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException)
        {
            database = false;
        }

        var pollAge = heartbeat.AgeSeconds("telegram");
        var healthy = entries > 0 && database && (pollAge is null || pollAge < 300);
        return Results.Json(
            new { status = healthy ? "ok" : "degraded", knowledge = new { loaded = entries > 0, entries }, telegram = new { polling_age_seconds = pollAge is { } age ? Math.Round(age, 1) : (double?)null }, database = new { ok = database } },
            statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
