using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WorkSessions.Domain.Officials;
using WorkSessions.Domain.Units;

namespace WorkSessions.Data.Seeding;

/// <summary>
/// Loads the JSON seed files into an empty database, in one transaction, through the domain's
/// own constructors and methods so that the seed obeys every rule the UI does. A database that
/// already holds units is left alone: restarting never duplicates the seed.
/// </summary>
public sealed class SeedLoader(IDbContextFactory<WorkSessionsDbContext> factory, ILogger<SeedLoader> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public async Task<bool> LoadFolderAsync(string folder, CancellationToken ct = default)
    {
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            logger.LogWarning("No seed files in {Folder}", folder);
            return false;
        }

        var documents = new List<SeedDocument>();
        foreach (var file in files)
        {
            await using var stream = File.OpenRead(file);
            documents.Add(await JsonSerializer.DeserializeAsync<SeedDocument>(stream, Json, ct)
                ?? throw new InvalidDataException($"Seed file {file} is empty."));
        }

        return await LoadAsync(documents, ct);
    }

    public async Task<bool> LoadAsync(IReadOnlyList<SeedDocument> documents, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Units.IgnoreQueryFilters().AnyAsync(ct))
        {
            logger.LogInformation("Database already holds data; seed not loaded");
            return false;
        }

        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var seed in documents.SelectMany(d => d.Units ?? []))
        {
            units.Add(seed.Key, new Unit(seed.Name, seed.Kind, seed.ValidFrom, seed.Parent is null ? null : units[seed.Parent], seed.ShortName));
        }

        db.Units.AddRange(units.Values);
        await db.SaveChangesAsync(ct);

        // Merges and closures come after every unit exists and has its id.
        foreach (var seed in documents.SelectMany(d => d.Units ?? []).Where(u => u.ValidTo is not null))
        {
            if (seed.MergedInto is { } successor)
            {
                units[seed.Key].MergeInto(units[successor], seed.ValidTo!.Value);
            }
            else
            {
                units[seed.Key].Close(seed.ValidTo!.Value);
            }
        }

        var officials = new Dictionary<string, Official>(StringComparer.Ordinal);
        foreach (var seed in documents.SelectMany(d => d.Officials ?? []))
        {
            var official = new Official(seed.FullName);
            foreach (var position in seed.Positions)
            {
                official.AddPosition(position.Title, position.Unit is null ? null : units[position.Unit], position.From, position.To, position.Rank);
            }

            officials.Add(seed.Key, official);
        }

        db.Officials.AddRange(officials.Values);
        var sessions = documents.SelectMany(d => d.Sessions ?? []).Select(s => SessionBuilder.Build(s, units, officials)).ToList();
        db.WorkSessions.AddRange(sessions);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Seed loaded: {Units} units, {Officials} officials, {Sessions} sessions", units.Count, officials.Count, sessions.Count);
        return true;
    }
}
