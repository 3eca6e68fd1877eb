using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsAnalysis.Infrastructure;

/// <summary>
/// Inserts many rows of one mapped type through one prepared command, inside the context's open transaction. The
/// table, its columns and each value's conversion come from the EF model, so the rows are those SaveChanges would
/// write; what is saved costs one bind and one step a row instead of EF's change tracking and a freshly parsed
/// statement a row (SQLite's provider sends one statement per row). Rows are not tracked: the context never sees
/// them. For the many rows of one article (issue 16); everything else is saved through EF.
/// </summary>
public sealed class RowInserter<T> : IDisposable
    where T : class
{
    private readonly DbCommand _command;
    private readonly (IProperty Property, DbParameter Parameter, Func<object?, object?>? Convert)[] _columns;
    private readonly IProperty _key;
    private readonly bool _returnKeys;
    private bool _prepared;

    /// <param name="db">A context with an open transaction.</param>
    /// <param name="returnKeys">Whether <see cref="InsertAsync"/> reads back the generated key.</param>
    public RowInserter(DbContext db, bool returnKeys)
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        _key = entityType.FindPrimaryKey()!.Properties.Single();
        _returnKeys = returnKeys;
        var sql = db.GetService<ISqlGenerationHelper>();

        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are inserted inside the context's transaction");

        var columns = new List<(IProperty, DbParameter, Func<object?, object?>?)>();
        foreach (var property in entityType.GetProperties().Where(p => p != _key && !p.IsShadowProperty()))
        {
            // The provider's own parameter (its database type set), so that a first row's null still prepares.
            var mapping = property.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(_command, "p" + columns.Count, null, property.IsNullable);
            _command.Parameters.Add(parameter);
            columns.Add((property, parameter, mapping.Converter is { } converter ? converter.ConvertToProvider : null));
        }

        _columns = [.. columns];
        var names = string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)));
        var values = string.Join(", ", _columns.Select(c => "@" + c.Parameter.ParameterName));
        var returning = returnKeys ? " RETURNING " + sql.DelimitIdentifier(_key.GetColumnName(table)!) : "";
        _command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({names}) VALUES ({values}){returning}";
    }

    /// <summary>Inserts one row; with keys returned, sets the row's generated key.</summary>
    public async Task InsertAsync(T row, CancellationToken cancellationToken)
    {
        foreach (var (property, parameter, convert) in _columns)
        {
            var value = property.GetGetter().GetClrValue(row);
            if (value is not null && convert is not null)
            {
                value = convert(value);
            }

            parameter.Value = value ?? DBNull.Value;
        }

        if (!_prepared)
        {
            await _command.PrepareAsync(cancellationToken);
            _prepared = true;
        }

        if (_returnKeys)
        {
            var key = await _command.ExecuteScalarAsync(cancellationToken);
            _key.PropertyInfo!.SetValue(row, Convert.ChangeType(key, _key.ClrType, System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            await _command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public void Dispose() => _command.Dispose();
}
