using Telegram.Bot.Exceptions;

namespace XinfangBot.Telegram.Sending;

/// <summary>Which failures are worth trying again: flood control (429), server errors (5xx), network trouble, timeouts.</summary>
internal static class TransientErrors
{
    public static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        ApiRequestException api => api.ErrorCode == 429 || api.ErrorCode >= 500,
        RequestException => true,
        HttpRequestException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        IOException => true,

        // E.g. a rule's regular expression timed out on a machine starved of CPU: the same update may well pass later.
        TimeoutException => true,
        _ => false,
    };

    /// <summary>Telegram's own wait for a 429, or null when it gave none.</summary>
    public static TimeSpan? RetryAfter(Exception exception) =>
        exception is ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: { } seconds } ? TimeSpan.FromSeconds(Math.Max(1, seconds)) : null;

    public static bool IsEntityError(Exception exception) =>
        exception is ApiRequestException { ErrorCode: 400 } api && api.Message.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

    public static bool IsNotModified(Exception exception) =>
        exception is ApiRequestException { ErrorCode: 400 } api && api.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);
}
