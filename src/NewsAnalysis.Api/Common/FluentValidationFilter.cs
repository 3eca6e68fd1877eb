using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;

namespace NewsAnalysis.Api.Common;

/// <summary>
/// Runs the FluentValidation validator of every action argument that has one and answers a 400
/// ValidationProblemDetails naming each failing field (camelCase, as the JSON has it).
/// </summary>
public sealed class FluentValidationFilter(IServiceProvider services) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var argument in context.ActionArguments.Values)
        {
            if (argument is null)
            {
                continue;
            }

            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (services.GetService(validatorType) is not IValidator validator)
            {
                continue;
            }

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            foreach (var error in result.Errors)
            {
                context.ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
            }
        }

        if (!context.ModelState.IsValid)
        {
            context.Result = ValidationProblems.FromModelState(context);
            return;
        }

        await next();
    }

}
