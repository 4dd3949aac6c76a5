// Who signs the city's SKM report (one row, id 1), as the secretariat fills it at /admin/laporan.
// A draft of the city's report reads it now; an issued one keeps the signatory it was issued with.
import type { Db } from "@/lib/db/db.server";
import { saveOneRow } from "@/lib/audit/one-row.server";
import type { SignatoryInput } from "./signatory-schema";

export type Signatory = { title: string; name: string; nip: string | null };

const FIELDS = { title: true, name: true, nip: true } as const;

/** The signatory as filled, or null while the secretariat has not filled it (the report leaves lines to sign by hand). */
export async function getCitySignatory(db: Pick<Db, "reportSignatory">): Promise<Signatory | null> {
  return db.reportSignatory.findUnique({ where: { id: 1 }, select: FIELDS });
}

export async function saveCitySignatory(db: Db, input: SignatoryInput, actorId: number): Promise<Signatory> {
  const data = { title: input.title, name: input.name, nip: input.nip ?? null };
  return saveOneRow(
    db,
    { read: (tx, args) => tx.reportSignatory.findUnique(args), upsert: (tx, args) => tx.reportSignatory.upsert(args) },
    { data, select: FIELDS, actorId, action: "report.signatory_update", entity: "report_signatory" },
  );
}
