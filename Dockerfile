# Multi-stage build of the API image: the SDK builds, the slim ASP.NET runtime runs as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig NewsAnalysis.sln ./
COPY src/NewsAnalysis.Core/NewsAnalysis.Core.csproj src/NewsAnalysis.Core/
COPY src/NewsAnalysis.Infrastructure/NewsAnalysis.Infrastructure.csproj src/NewsAnalysis.Infrastructure/
COPY src/NewsAnalysis.Api/NewsAnalysis.Api.csproj src/NewsAnalysis.Api/
RUN dotnet restore src/NewsAnalysis.Api/NewsAnalysis.Api.csproj
COPY src/ src/
COPY seeds/ seeds/
RUN dotnet publish src/NewsAnalysis.Api/NewsAnalysis.Api.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# wget serves the compose health checks (/health/ready).
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data && chown app:app /data
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    ConnectionStrings__News="Data Source=/data/news.db"
EXPOSE 8080
VOLUME ["/data"]
ENTRYPOINT ["dotnet", "NewsAnalysis.Api.dll"]
