// A table of one row (id 1) that the secretariat fills in a form (the privacy contact, the report's
// signatory): saved in one transaction with its audit, the row as it was and as it is now.
import type { Db } from "@/lib/db/db.server";
import { recordAudit } from "./log.server";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** The table's own read and upsert of row 1 (each table has its Prisma delegate), given their arguments. */
export type OneRowTable<Data, Select, Row> = {
  read: (tx: Tx, args: { where: { id: 1 }; select: Select }) => Promise<Row | null>;
  upsert: (
    tx: Tx,
    args: { where: { id: 1 }; create: Data & { id: 1; updatedById: number }; update: Data & { updatedById: number }; select: Select },
  ) => Promise<Row>;
  /** Whatever else the same change writes, in its transaction (after the audit). */
  then?: (tx: Tx) => Promise<void>;
};

/** What one save writes to row 1, who writes it, and how the audit log names it. */
export type OneRowSave<Data, Select> = { data: Data; select: Select; actorId: number; action: string; entity: string };

/** Writes the save's data to row 1, audited with the row before and after; returns the row saved. */
export async function saveOneRow<Data, Select, Row>(db: Db, table: OneRowTable<Data, Select, Row>, save: OneRowSave<Data, Select>): Promise<Row> {
  const { data, select, actorId } = save;
  return db.$transaction(async (tx) => {
    const before = await table.read(tx, { where: { id: 1 }, select });
    const saved = await table.upsert(tx, {
      where: { id: 1 },
      create: { id: 1, ...data, updatedById: actorId },
      update: { ...data, updatedById: actorId },
      select,
    });
    await recordAudit(tx, { actorId, action: save.action, entity: save.entity, entityId: "1", before, after: saved });
    await table.then?.(tx);
    return saved;
  });
}
