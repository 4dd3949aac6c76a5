// The personal-data controller's contact (one row, id 1): filled by the secretariat at
// /admin/privasi, shown on /privasi so that a reporter knows where to send a request about their
// data. Audited; bumps the public data version like any staff write citizens see.
import type { Db } from "@/lib/db/db.server";
import { saveOneRow } from "@/lib/audit/one-row.server";
import { bumpPublicVersion } from "@/lib/cache/public-version.server";
import type { PrivacyContactInput } from "./schema";

export type PrivacyContact = { office: string; address: string | null; email: string | null; phone: string | null; hours: string | null };

const FIELDS = { office: true, address: true, email: true, phone: true, hours: true } as const;

/** The contact as filled, or null while the secretariat has not filled it. */
export async function getPrivacyContact(db: Db): Promise<PrivacyContact | null> {
  return db.privacyContact.findUnique({ where: { id: 1 }, select: FIELDS });
}

export async function savePrivacyContact(db: Db, input: PrivacyContactInput, actorId: number): Promise<PrivacyContact> {
  const data = { office: input.office, address: input.address ?? null, email: input.email ?? null, phone: input.phone ?? null, hours: input.hours ?? null };
  return saveOneRow(
    db,
    { read: (tx, args) => tx.privacyContact.findUnique(args), upsert: (tx, args) => tx.privacyContact.upsert(args), then: bumpPublicVersion },
    { data, select: FIELDS, actorId, action: "privacy.contact_update", entity: "privacy_contact" },
  );
}
