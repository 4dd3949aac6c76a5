// Read queries about service units.
import { db } from "@/lib/db.server";

/** Active units with their type and kecamatan, ordered by type then name. O(units). */
export async function listActiveUnits() {
  return db.unit.findMany({
    where: { active: true },
    select: {
      id: true,
      slug: true,
      name: true,
      type: { select: { code: true, nameId: true, nameEn: true } },
      kecamatan: { select: { slug: true, name: true } },
    },
    orderBy: [{ typeId: "asc" }, { name: "asc" }],
  });
}
