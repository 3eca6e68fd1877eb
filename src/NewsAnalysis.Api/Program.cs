using System.Reflection;
using System.Text.Json.Serialization;
using FluentValidation;
using NewsAnalysis.Api.Articles;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Api.Entities;
using NewsAnalysis.Api.Ingestion;
using NewsAnalysis.Api.Statements;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
var connectionString = builder.Configuration.GetConnectionString("News") ?? DefaultSqliteConnection(builder.Environment);
builder.Services.AddNewsDatabase(provider, connectionString);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(_ => ExtractionPipeline.CreateDefault(builder.Configuration.GetValue("Extraction:SentenceEncoder", true)));
builder.Services.AddScoped<ArticleIngestionService>();
builder.Services.AddScoped<ArticleQueryService>();
builder.Services.AddScoped<ArticleDeletionService>();
builder.Services.AddScoped<EntityQueryService>();
builder.Services.AddScoped<StatementQueryService>();
builder.Services.AddScoped<ClaimDisagreementService>();
builder.Services.AddSingleton<DatabaseInitializer>();
builder.Services.AddOptions<IngestionOptions>()
    .Bind(builder.Configuration.GetSection(IngestionOptions.Section))
    .Validate(o => o.Workers >= 0 && o.MaxAttempts >= 1 && o.LeaseDuration > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero
            && o.FinishedJobRetention > TimeSpan.Zero && o.FinishedJobCleanupInterval > TimeSpan.Zero && o.FinishedJobCleanupInterval <= TimeSpan.FromDays(1),
        "Ingestion: Workers must be 0 or more, MaxAttempts 1 or more, LeaseDuration, PollInterval and FinishedJobRetention positive, FinishedJobCleanupInterval positive and at most a day.")
    .ValidateOnStart();
builder.Services.AddSingleton<IngestionQueueSignal>();
builder.Services.AddScoped<IngestionJobService>();
builder.Services.AddScoped<IngestionQueue>();
builder.Services.AddScoped<IngestionItemProcessor>();
builder.Services.AddScoped<IngestionJobRetention>();
builder.Services.AddHostedService<IngestionWorker>();

builder.Services.AddValidatorsFromAssemblyContaining<CreateArticleRequestValidator>(ServiceLifetime.Singleton);
builder.Services.AddControllers(options => options.Filters.Add<FluentValidationFilter>())
    .AddJsonOptions(options => options.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
    .ConfigureApiBehaviorOptions(options => options.InvalidModelStateResponseFactory = ValidationProblems.FromModelState);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();

var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
builder.Services.AddCors(options => options.AddDefaultPolicy(policy =>
    policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("Location")));

builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen(options =>
{
    options.SwaggerDoc("v1", new() { Title = "NewsAnalysis API", Version = "v1", Description = "Who is named, who said what, who claims what: in news articles." });
    options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml"));
    options.OperationFilter<ExampleOperationFilter>();
});

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

// The browser frontend in wwwroot is plain files: index.html at / and ES modules beside it.
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseCors();
app.UseSwagger();
app.UseSwaggerUI();
app.MapControllers();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });

await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
if (args.Contains("--migrate-only"))
{
    // The one-shot step of a multi-replica deployment: migrate (and seed an empty database), then exit.
    return;
}

app.Run();

static string DefaultSqliteConnection(IWebHostEnvironment environment)
{
    var folder = Path.Combine(environment.ContentRootPath, "data");
    Directory.CreateDirectory(folder);
    return $"Data Source={Path.Combine(folder, "news.db")}";
}

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
