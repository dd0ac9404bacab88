/**
 * CSV as spreadsheets read it (RFC 4180): a header row of column labels, then one row per
 * record, quoting only the fields that need it.
 */
import type { DataTable, DataCell } from './types';

function field(value: DataCell | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(table: Pick<DataTable, 'columns' | 'rows'>): string {
  const header = table.columns.map((c) => field(c.label)).join(',');
  const rows = table.rows.map((row) => table.columns.map((c) => field(row[c.key])).join(','));
  return `${[header, ...rows].join('\r\n')}\r\n`;
}
