using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace NewsAnalysis.Api.Common;

/// <summary>
/// Maps the few exceptions a client can cause to 4xx problem details; anything else becomes a 500
/// problem without internals.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read."),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "The client closed the request."),
            // Writes that kept colliding with concurrent ones after every retry: the client may simply try again.
            Microsoft.EntityFrameworkCore.DbUpdateException => (StatusCodes.Status503ServiceUnavailable, "The database is busy; try again."),
            // SQLite's lock outlasted its busy timeout: another writer holds the file.
            _ when IsDatabaseLocked(exception) => (StatusCodes.Status503ServiceUnavailable, "The database is locked by another writer; try again."),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred."),
        };
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "1";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title },
        });
    }

    /// <summary>SQLITE_BUSY (5) or SQLITE_LOCKED (6), thrown as is or wrapped by EF Core.</summary>
    internal static bool IsDatabaseLocked(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 })
            {
                return true;
            }
        }

        return false;
    }
}
