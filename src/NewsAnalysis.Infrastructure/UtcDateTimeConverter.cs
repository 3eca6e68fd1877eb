using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NewsAnalysis.Infrastructure;

/// <summary>
/// Marks a <see cref="DateTime"/> read from the database as UTC. SQLite stores it as text without a zone and
/// hands it back as <see cref="DateTimeKind.Unspecified"/>, which JSON would write without its <c>Z</c>; every
/// stored time is UTC. Writes pass through unchanged: times are normalised to UTC where they enter the product.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value,
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
