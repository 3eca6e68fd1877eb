using Microsoft.AspNetCore.Mvc;

namespace NewsAnalysis.Api.Corrections;

/// <summary>Answers a correction's outcome: 200 with its result, or a 404 or 409 problem.</summary>
internal static class CorrectionResults
{
    public static ActionResult<T> ToActionResult<T>(this ControllerBase controller, CorrectionOutcome<T> outcome)
    {
        if (outcome.Status == CorrectionStatus.Applied)
        {
            return controller.Ok(outcome.Value);
        }

        var status = outcome.Status == CorrectionStatus.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        var problem = controller.ProblemDetailsFactory.CreateProblemDetails(controller.HttpContext, status, outcome.Title, detail: outcome.Detail);
        if (outcome.ExistingEntityId is { } existing)
        {
            problem.Extensions["existingEntityId"] = existing;
        }

        return new ObjectResult(problem) { StatusCode = status };
    }
}
