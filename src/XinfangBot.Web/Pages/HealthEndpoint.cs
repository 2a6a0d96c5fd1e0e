using Microsoft.AspNetCore.Http;
using XinfangBot.Core.Delivery;
using XinfangBot.Core.Health;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Storage;

namespace XinfangBot.Web.Pages;

/// <summary>
/// <c>/healthz</c>, unauthenticated and without personal data: knowledge loaded, seconds since the last Telegram poll
/// (or since the last webhook check/update; since the worker started when it has not reached Telegram yet, so a blocked network shows as degraded after 5 minutes; null when Telegram is not running), outbox depth (replies waiting for
/// Telegram, updates received by webhook and not yet handled), database readable. 200 when healthy, 503 otherwise.
/// While a fresh start is still importing and indexing the knowledge, <c>knowledge.ready</c> is false and the answer is
/// 503 (not ready); the knowledge is never loaded by this endpoint.
/// </summary>
internal static class HealthEndpoint
{
    public static IResult Handle(KnowledgeService knowledge, KnowledgeReadiness readiness, ChannelHeartbeat heartbeat, LiteDbProvider db, DeliveryStore delivery)
    {
        var ready = readiness.IsReady;
        int entries;
        try
        {
            entries = ready ? knowledge.Current.Count : 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or InvalidDataException)
        {
            entries = 0;
        }

        bool database;
        int? outbox = null, inbox = null;
        try
        {
            database = db.Database.GetCollectionNames() is not null;
            outbox = delivery.PendingCount("telegram");
            inbox = delivery.ReceivedCount("telegram");
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException)
        {
            database = false;
        }

        var pollAge = heartbeat.AgeSeconds("telegram");
        var healthy = entries > 0 && database && (pollAge is null || pollAge < 300);
        return Results.Json(
            new { status = healthy ? "ok" : "degraded", knowledge = new { ready, loaded = entries > 0, entries }, telegram = new { polling_age_seconds = pollAge is { } age ? Math.Round(age, 1) : (double?)null, reached = heartbeat.EverBeat("telegram") }, outbox = new { pending = outbox, inbox }, database = new { ok = database } },
            statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
