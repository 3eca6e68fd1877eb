using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace NewsAnalysis.Api.Common;

/// <summary>
/// One shape for every 400: a ValidationProblemDetails whose error keys are the names clients send
/// (camelCase, as in the JSON body and the query string), whether model binding or a validator failed.
/// </summary>
public static class ValidationProblems
{
    public static IActionResult FromModelState(ActionContext context)
    {
        var errors = context.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .GroupBy(entry => ClientName(entry.Key))
            .ToDictionary(g => g.Key, g => g.SelectMany(entry => entry.Value!.Errors).Select(Message).ToArray());
        var factory = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        var problem = factory.CreateValidationProblemDetails(context.HttpContext, new(), StatusCodes.Status400BadRequest);
        foreach (var (key, messages) in errors)
        {
            problem.Errors[key] = messages;
        }

        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    /// <summary>"Page" -> "page"; "$.publishedAt" (a JSON path) stays; "" (the whole body) -> "request".</summary>
    internal static string ClientName(string key)
    {
        if (key.Length == 0)
        {
            return "request";
        }

        return key.StartsWith('$') ? key : char.ToLowerInvariant(key[0]) + key[1..];
    }

    private static string Message(Microsoft.AspNetCore.Mvc.ModelBinding.ModelError error) =>
        string.IsNullOrEmpty(error.ErrorMessage) ? "The value is not valid." : Plain(error.ErrorMessage);

    /// <summary>
    /// The JSON reader names the .NET type it was filling ("could not be converted to
    /// NewsAnalysis.Api.Articles.CreateArticleRequest"); a client needs what is wrong with the value, and where.
    /// </summary>
    internal static string Plain(string message)
    {
        const string Unreadable = "The JSON value could not be converted to ";
        if (!message.StartsWith(Unreadable, StringComparison.Ordinal))
        {
            return message;
        }

        var where = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return "The value is not of the expected kind (text, number, date, list) or holds text that is not valid UTF-16, "
            + "such as an unpaired surrogate escape (\\uD800)." + (where < 0 ? "" : message[where..]);
    }
}
