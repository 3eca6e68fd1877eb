using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Entities;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Corrections;

/// <summary>
/// Users' corrections of corpus-wide entities: merge two into one, rename or retype one, split an alias off one. Each
/// changes the stored rows (mentions, the speakers and claimants of quotes and claims with their denormalised names,
/// entity links), so every query shows it at once, and sets the entity links that make later articles agree with it.
/// Each is stored as a <see cref="Correction"/> in the same transaction.
/// </summary>
public sealed class EntityCorrectionService(
    NewsDbContext db,
    CorrectionTransaction transaction,
    EntityQueryService entities,
    TimeProvider clock,
    ILogger<EntityCorrectionService> logger)
{
    /// <summary>
    /// Moves every mention, quote, claim and entity link of entity <paramref name="id"/> to entity <c>into</c>, deletes
    /// it, and links its name and type to the target so that later articles writing it so join the target.
    /// </summary>
    public async Task<CorrectionOutcome<EntityCorrectionResponse>> MergeAsync(int id, MergeEntityRequest request, CancellationToken cancellationToken)
    {
        var outcome = await transaction.RunAsync(ct => ApplyMergeAsync(id, request.Into!.Value, ct), cancellationToken);
        return await outcome.ThenAsync(applied => ResponseAsync(applied, cancellationToken));
    }

    /// <summary>
    /// Gives entity <paramref name="id"/> a new name and/or type, unless another entity already holds that name and type
    /// (409 naming it). The old name and type stay linked to the entity, so later articles writing them still join it.
    /// </summary>
    public async Task<CorrectionOutcome<EntityCorrectionResponse>> UpdateAsync(int id, UpdateEntityRequest request, CancellationToken cancellationToken)
    {
        var outcome = await transaction.RunAsync(ct => ApplyUpdateAsync(id, request, ct), cancellationToken);
        return await outcome.ThenAsync(applied => ResponseAsync(applied, cancellationToken));
    }

    /// <summary>
    /// Moves the name mentions of entity <paramref name="id"/> written exactly as the alias, with the quotes and claims
    /// whose speaker or claimant those very words are, to the entity of that name and type (found or created), and links
    /// the alias to that entity instead of this one, so that later articles writing it join the new entity.
    /// </summary>
    public async Task<CorrectionOutcome<EntityCorrectionResponse>> SplitAsync(int id, SplitEntityRequest request, CancellationToken cancellationToken)
    {
        var outcome = await transaction.RunAsync(ct => ApplySplitAsync(id, request.Alias!.Trim(), ct), cancellationToken);
        return await outcome.ThenAsync(applied => ResponseAsync(applied, cancellationToken));
    }

    private async Task<CorrectionOutcome<AppliedCorrection>> ApplyMergeAsync(int sourceId, int targetId, CancellationToken cancellationToken)
    {
        var locked = await RowLocks.EntitiesAsync(db, [sourceId, targetId], cancellationToken);
        var source = locked.Find(e => e.Id == sourceId);
        var target = locked.Find(e => e.Id == targetId);
        if (source is null || target is null)
        {
            return EntityNotFound(source is null ? sourceId : targetId);
        }

        if (source.Id == target.Id)
        {
            return CorrectionOutcome<AppliedCorrection>.Conflict(
                "An entity cannot be merged into itself.", $"Entity {sourceId} is the entity to merge and the one to merge into.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var correction = await AddCorrectionAsync(
            new Correction
            {
                Kind = CorrectionKind.Merge,
                EntityId = source.Id,
                TargetEntityId = target.Id,
                Before = CorrectionJson.Of(new { source.Id, source.Name, Type = source.Type.ToString() }),
                CreatedAt = now,
            },
            cancellationToken);

        var moved = await EntityRows.MoveAllAsync(db, source, target, cancellationToken);
        await EntityRows.LinkNameAsync(
            db, source.Type, source.Name, target, $"A user merged this name's entity into {target.Name} (correction {correction.Id}).", now, cancellationToken);
        db.Entities.Remove(source);

        correction.After = CorrectionJson.Of(new
        {
            target.Id,
            target.Name,
            Type = target.Type.ToString(),
            moved.Mentions,
            moved.Quotes,
            moved.Claims,
            moved.Links,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation(
            "Correction {CorrectionId}: merged entity {SourceId} into {TargetId} ({MentionCount} mentions, {QuoteCount} quotes, {ClaimCount} claims)",
            correction.Id, source.Id, target.Id, moved.Mentions, moved.Quotes, moved.Claims);
        return CorrectionOutcome<AppliedCorrection>.Applied(new(correction, target.Id));
    }

    private async Task<CorrectionOutcome<AppliedCorrection>> ApplyUpdateAsync(int id, UpdateEntityRequest request, CancellationToken cancellationToken)
    {
        if ((await RowLocks.EntitiesAsync(db, [id], cancellationToken)).SingleOrDefault() is not { } entity)
        {
            return EntityNotFound(id);
        }

        var name = request.Name is null ? entity.Name : EntityNameRules.Tidy(request.Name);
        var type = request.Type is null ? entity.Type : EntityNameRules.ParseType(request.Type);
        if (name == entity.Name && type == entity.Type)
        {
            return CorrectionOutcome<AppliedCorrection>.Applied(new(null, entity.Id));
        }

        var key = Entity.KeyOf(type, name);
        if (key != entity.Key
            && await db.Entities.AsNoTracking().Where(e => e.Key == key && e.Id != id).Select(e => new { e.Id, e.Name }).FirstOrDefaultAsync(cancellationToken) is { } holder)
        {
            return CorrectionOutcome<AppliedCorrection>.Conflict(
                "Another entity has this name and type.",
                $"Entity {holder.Id} is {holder.Name} ({type}). If they are one, merge them: POST /api/entities/{id}/merge with {{\"into\": {holder.Id}}}.",
                holder.Id);
        }

        var (oldName, oldType) = (entity.Name, entity.Type);
        var renamed = name != oldName;
        var now = clock.GetUtcNow().UtcDateTime;
        var correction = await AddCorrectionAsync(
            new Correction
            {
                Kind = renamed ? CorrectionKind.Rename : CorrectionKind.Retype,
                EntityId = entity.Id,
                Before = CorrectionJson.Of(new { Name = oldName, Type = oldType.ToString() }),
                After = CorrectionJson.Of(new { Name = name, Type = type.ToString() }),
                CreatedAt = now,
            },
            cancellationToken);

        entity.Name = name;
        entity.Type = type;
        entity.Key = key;

        var change = (renamed, type != oldType) switch
        {
            (true, true) => $"renamed this entity to {name} and made it {EntityTypeWords.Described(type)}",
            (true, false) => $"renamed this entity to {name}",
            _ => $"made this entity {EntityTypeWords.Described(type)}",
        };
        await EntityRows.LinkNameAsync(db, oldType, oldName, entity, $"A user {change} (correction {correction.Id}).", now, cancellationToken);
        if (renamed)
        {
            await db.Quotes.Where(q => q.SpeakerEntityId == entity.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.SpeakerName, name), cancellationToken);
            await db.Claims.Where(c => c.ClaimantEntityId == entity.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClaimantName, name), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation(
            "Correction {CorrectionId}: entity {EntityId} from {OldName} ({OldType}) to {Name} ({Type})",
            correction.Id, entity.Id, oldName, oldType, name, type);
        return CorrectionOutcome<AppliedCorrection>.Applied(new(correction, entity.Id));
    }

    private async Task<CorrectionOutcome<AppliedCorrection>> ApplySplitAsync(int id, string alias, CancellationToken cancellationToken)
    {
        if ((await RowLocks.EntitiesAsync(db, [id], cancellationToken)).SingleOrDefault() is not { } source)
        {
            return EntityNotFound(id);
        }

        var key = Entity.KeyOf(source.Type, alias);
        if (key == source.Key)
        {
            return CorrectionOutcome<AppliedCorrection>.Conflict(
                "The alias is the entity's own name.",
                $"'{alias}' is how entity {id} is named ({source.Name}); only another of its names can be split off.");
        }

        var moving = db.Mentions.Where(m => m.EntityId == source.Id && m.Kind == MentionKind.Name && m.Text == alias);
        var spans = await moving.Select(m => new { m.ArticleId, m.Start, m.End }).ToListAsync(cancellationToken);
        if (spans.Count == 0)
        {
            return CorrectionOutcome<AppliedCorrection>.Conflict(
                "The entity is never named so.",
                $"No article names entity {id} ({source.Name}) as '{alias}'; its aliases are in GET /api/entities/{id}.");
        }

        var target = await db.Entities.SingleOrDefaultAsync(e => e.Key == key, cancellationToken);
        var created = target is null;
        target ??= db.Entities.Add(new Entity { Name = alias, Type = source.Type, Key = key }).Entity;
        var now = clock.GetUtcNow().UtcDateTime;
        var correction = await AddCorrectionAsync(
            new Correction
            {
                Kind = CorrectionKind.Split,
                EntityId = source.Id,
                Before = CorrectionJson.Of(new { source.Id, source.Name, Type = source.Type.ToString(), Alias = alias }),
                CreatedAt = now,
            },
            cancellationToken);
        correction.TargetEntityId = target.Id;

        // A quote or claim goes with the alias when its speaker's words are one of the mentions that move.
        var articleIds = spans.Select(s => s.ArticleId).Distinct().ToList();
        var moved = spans.Select(s => (s.ArticleId, s.Start, s.End)).ToHashSet();
        var quoteIds = (await db.Quotes.AsNoTracking()
                .Where(q => q.SpeakerEntityId == source.Id && articleIds.Contains(q.ArticleId))
                .Select(q => new { q.Id, q.ArticleId, q.SpeakerStart, q.SpeakerEnd })
                .ToListAsync(cancellationToken))
            .Where(q => q.SpeakerStart is { } start && q.SpeakerEnd is { } end && moved.Contains((q.ArticleId, start, end)))
            .Select(q => q.Id)
            .ToList();
        var claimIds = (await db.Claims.AsNoTracking()
                .Where(c => c.ClaimantEntityId == source.Id && articleIds.Contains(c.ArticleId))
                .Select(c => new { c.Id, c.ArticleId, c.ClaimantStart, c.ClaimantEnd })
                .ToListAsync(cancellationToken))
            .Where(c => c.ClaimantStart is { } start && c.ClaimantEnd is { } end && moved.Contains((c.ArticleId, start, end)))
            .Select(c => c.Id)
            .ToList();

        var mentions = await moving.ExecuteUpdateAsync(s => s.SetProperty(m => m.EntityId, target.Id), cancellationToken);
        var quotes = await db.Quotes.Where(q => quoteIds.Contains(q.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.SpeakerEntityId, target.Id).SetProperty(q => q.SpeakerName, target.Name), cancellationToken);
        var claims = await db.Claims.Where(c => claimIds.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClaimantEntityId, target.Id).SetProperty(c => c.ClaimantName, target.Name), cancellationToken);
        await EntityCounts.RecountAsync(db, [source.Id, target.Id], cancellationToken);

        // The alias stands for its own entity from now on. The linker reads a link before its surname rules, which would
        // otherwise give a surname alone back to the person who holds most of its mentions; links of the alias under
        // other types (a mended tagger slip) no longer join it to the entity either.
        await EntityRows.LinkNameAsync(db, source.Type, alias, target, $"A user split this name off {source.Name} (correction {correction.Id}).", now, cancellationToken);
        var unlinked = await db.EntityLinks.Where(l => l.EntityId == source.Id && l.Name == alias && l.Type != source.Type).ExecuteDeleteAsync(cancellationToken);

        correction.After = CorrectionJson.Of(new
        {
            target.Id,
            target.Name,
            Type = target.Type.ToString(),
            Created = created,
            Mentions = mentions,
            Quotes = quotes,
            Claims = claims,
            LinksRemoved = unlinked,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation(
            "Correction {CorrectionId}: split {MentionCount} mentions of {Alias} off entity {SourceId} to entity {TargetId}",
            correction.Id, mentions, alias, source.Id, target.Id);
        return CorrectionOutcome<AppliedCorrection>.Applied(new(correction, target.Id));
    }

    /// <summary>Stores the correction at once: its id goes into the reasons of the links it makes.</summary>
    private async Task<Correction> AddCorrectionAsync(Correction correction, CancellationToken cancellationToken)
    {
        db.Corrections.Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        return correction;
    }

    private static CorrectionOutcome<AppliedCorrection> EntityNotFound(int id) =>
        CorrectionOutcome<AppliedCorrection>.NotFound("Entity not found.", $"No entity has id {id}.");

    private async Task<CorrectionOutcome<EntityCorrectionResponse>> ResponseAsync(AppliedCorrection applied, CancellationToken cancellationToken) =>
        await entities.GetAsync(applied.Id, cancellationToken) is { } entity
            ? CorrectionOutcome<EntityCorrectionResponse>.Applied(
                new(applied.Correction is null ? null : CorrectionResponse.Of(applied.Correction), entity))
            : CorrectionOutcome<EntityCorrectionResponse>.NotFound("Entity not found.", $"Entity {applied.Id} was deleted meanwhile.");
}
