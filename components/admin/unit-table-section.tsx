import type { ReactNode } from "react";

type Row = { key: string | number; name: ReactNode; cells: ReactNode[] };

/**
 * A dashboard section listing units: a heading, optional lead content, then a table with the
 * unit's name as each row's header, or one line saying there is nothing to list.
 */
export function UnitTableSection({ id, title, empty, columns, rows, children }: { id: string; title: string; empty: string; columns: string[]; rows: Row[]; children?: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
