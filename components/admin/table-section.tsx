// A workspace section around one table (the dashboard's lists of units): a heading, optional lead
// content, then the table, or its `empty` line when there is nothing to list.
import type { ComponentProps, ReactNode } from "react";
import { WorkspaceTable } from "./workspace-table";

export function TableSection<T>({
  id,
  title,
  children,
  ...table
}: { id: string; title: ReactNode; children?: ReactNode } & ComponentProps<typeof WorkspaceTable<T>>) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
      <WorkspaceTable {...table} />
    </section>
  );
}
