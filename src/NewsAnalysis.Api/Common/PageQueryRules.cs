using FluentValidation;

namespace NewsAnalysis.Api.Common;

/// <summary>The paging rules every list shares.</summary>
internal static class PageQueryRules
{
    public static void AddPagingRules<T>(this AbstractValidator<T> validator)
        where T : PageQuery
    {
        validator.RuleFor(q => q.Page).InclusiveBetween(1, PageQuery.MaxPage);
        validator.RuleFor(q => q.PageSize).InclusiveBetween(1, PageQuery.MaxPageSize);
    }

    public static void AddFormatRule<T>(this AbstractValidator<T> validator)
        where T : ExportQuery =>
        validator.RuleFor(q => q.Format).Must(CsvNegotiation.IsKnownFormat).WithMessage("'Format' must be 'json' or 'csv'.");
}
