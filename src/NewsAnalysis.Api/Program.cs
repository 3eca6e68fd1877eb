using NewsAnalysis.Api.Articles;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Api.Corrections;
using NewsAnalysis.Api.Entities;
using NewsAnalysis.Api.Feeds;
using NewsAnalysis.Api.Fetching;
using NewsAnalysis.Api.Ingestion;
using NewsAnalysis.Api.Security;
using NewsAnalysis.Api.Statements;
using NewsAnalysis.Api.Stats;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddDatabase()
    .AddExtraction()
    .AddAnalysisLimits()
    .AddArticles()
    .AddEntities()
    .AddStatements()
    .AddStats()
    .AddCorrections()
    .AddIngestion()
    .AddFetching()
    .AddFeeds()
    .AddValidationAndProblemDetails()
    .AddFrontendCors()
    .AddSecurity()
    .AddApiDocumentation()
    .AddHealth();

var app = builder.Build();

app.UseProblemDetails();
app.UseSecurityHeaders();
app.UseWebPage();
app.UseCors();
app.UseAnalysisLimits();
app.UseAccessControl();
app.UseApiDocumentation();
app.MapControllers();
app.MapHealth();

await app.InitializeDatabaseAsync();
if (args.Contains("--migrate-only"))
{
    // The one-shot step of a multi-replica deployment: migrate (and seed an empty database), then exit.
    return;
}

await app.WarnIfOpenAsync();
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
