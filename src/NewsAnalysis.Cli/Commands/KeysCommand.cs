using System.CommandLine;
using System.Globalization;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure.Keys;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// `keys create | list | revoke`: the API keys in the API's own database. Only a key's hash is stored, so `create`
/// shows the key once, alone on standard output (<c>KEY=$(… keys create …)</c> works); everything else goes to
/// standard error.
/// </summary>
internal static class KeysCommand
{
    public static Command Create() => new("keys", "Creates, lists and revokes the API keys in the API's database")
    {
        CreateKey(),
        ListKeys(),
        RevokeKey(),
    };

    private static Command CreateKey()
    {
        var name = new Option<string>("--name") { Description = "Who holds the key, e.g. 'newsroom page'", HelpName = "TEXT", Required = true };
        name.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>()?.Trim() ?? "";
            if (value.Length == 0 || value.Length > ApiKey.MaxNameLength)
            {
                result.AddError($"--name must have 1 to {ApiKey.MaxNameLength} characters.");
            }
        });
        var scope = new Option<string>("--scope") { Description = "read, write (includes read) or admin (includes write)", HelpName = "SCOPE", Required = true };
        scope.AcceptOnlyFromAmong("read", "write", "admin");
        var database = new KeyDatabase();
        var command = new Command("create", "Creates a key and prints it once; only its hash is stored") { name, scope };
        database.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => database.RunAsync(parseResult, async keys =>
        {
            var keyScope = Enum.Parse<ApiKeyScope>(parseResult.GetRequiredValue(scope), ignoreCase: true);
            var (key, secret) = await keys.CreateAsync(parseResult.GetRequiredValue(name).Trim(), keyScope, cancellationToken);
            Console.Error.WriteLine($"Created key {key.Id} '{key.Name}' with scope {ScopeName(key.Scope)}. It is shown only now; store it:");
            Console.WriteLine(secret);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command ListKeys()
    {
        var database = new KeyDatabase();
        var command = new Command("list", "Lists the keys: id, scope, first characters, when created and revoked, name");
        database.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => database.RunAsync(parseResult, async keys =>
        {
            var all = await keys.ListAsync(cancellationToken);
            if (all.Count == 0)
            {
                Console.Error.WriteLine("No keys: the API runs open. Create one with: keys create --name NAME --scope admin");
                return 0;
            }

            Console.WriteLine($"{"ID",5}  {"SCOPE",-5}  {"KEY",-9}  {"CREATED (UTC)",-16}  {"REVOKED (UTC)",-16}  NAME");
            foreach (var key in all)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{key.Id,5}  {ScopeName(key.Scope),-5}  {key.Prefix + "…",-9}  {key.CreatedAt,-16:yyyy-MM-dd HH:mm}  {(key.RevokedAt is { } r ? r.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "-"),-16}  {key.Name}"));
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command RevokeKey()
    {
        var id = new Argument<int>("ID") { Description = "The key's id, as keys list shows it" };
        var database = new KeyDatabase();
        var command = new Command("revoke", "Revokes a key: every API replica refuses it from its next request") { id };
        database.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => database.RunAsync(parseResult, async keys =>
        {
            var keyId = parseResult.GetValue(id);
            switch (await keys.RevokeAsync(keyId, cancellationToken))
            {
                case ApiKeyRevocation.Revoked:
                    Console.Error.WriteLine($"Revoked key {keyId}.");
                    return 0;
                case ApiKeyRevocation.AlreadyRevoked:
                    Console.Error.WriteLine($"Key {keyId} was already revoked.");
                    return 0;
                default:
                    Console.Error.WriteLine($"There is no key {keyId}; keys list shows the ids.");
                    return 1;
            }
        }, cancellationToken));
        return command;
    }

    private static string ScopeName(ApiKeyScope scope) => scope.ToString().ToLowerInvariant();
}
