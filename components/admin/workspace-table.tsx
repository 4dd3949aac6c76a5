// The workspace's one table: each column's header beside how it draws its cell, the row's name in
// a row header (`<th scope="row">`) where a column says so, `data-*` hooks on rows and cells, an
// optional caption, the scrolling wrapper for wide tables, and one line instead of the table when
// the list is empty (only where an `empty` text is given: some pages show an empty table).
import type { Key, ReactNode, TdHTMLAttributes } from "react";

type DataAttributes = { [name: `data-${string}`]: string | number | undefined };

export type Column<T> = {
  header: ReactNode;
  /** This column's cell names the row (a `<th scope="row">`, what screen readers announce). */
  rowHeader?: boolean;
  cell: (item: T) => ReactNode;
  /** Attributes on every data cell of the column (a class, a `data-*` hook). */
  cellProps?: TdHTMLAttributes<HTMLTableCellElement> & DataAttributes;
};

export function WorkspaceTable<T>({
  columns,
  rows,
  rowKey,
  rowProps,
  caption,
  empty,
  scroll = false,
  id,
  className,
  label,
}: {
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (item: T) => Key;
  rowProps?: (item: T) => DataAttributes;
  caption?: ReactNode;
  /** Shown in a paragraph instead of the table when there are no rows. */
  empty?: ReactNode;
  /** A wide table scrolls inside its own box on narrow screens. */
  scroll?: boolean;
  id?: string;
  className?: string;
  /** The table's accessible name where it has no caption. */
  label?: string;
}) {
  if (empty !== undefined && rows.length === 0) return <p>{empty}</p>;
  const table = (
    <table id={id} className={className} aria-label={label}>
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th scope="col" key={i}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((item) => (
          <tr key={rowKey(item)} {...rowProps?.(item)}>
            {columns.map((column, i) =>
              column.rowHeader ? (
                <th scope="row" key={i}>
                  {column.cell(item)}
                </th>
              ) : (
                <td key={i} {...column.cellProps}>
                  {column.cell(item)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!scroll) return table;
  return (
    <div className="table-scroll" tabIndex={0} /* keyboard users can scroll a wide table (axe: scrollable-region-focusable) */>
      {table}
    </div>
  );
}
