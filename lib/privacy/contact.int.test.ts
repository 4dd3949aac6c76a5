import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/test/databases";
import { getPrivacyContact, savePrivacyContact } from "./contact.server";
import { privacyContactSchema } from "./schema";

// The controller's contact the secretariat fills (/admin/privasi) and /privasi shows: one row,
// saved again in place, audited, and it moves the public data version (shared caches refresh).
describeEachDatabase("the personal-data controller's contact", ({ db }) => {
  let adminId = 0;
  beforeAll(async () => {
    const run = Math.random().toString(36).slice(2, 8);
    adminId = (await db().user.create({ data: { email: `sekretariat-kontak-${run}@uji.example`, name: "Sekretariat", passwordHash: "x", role: "admin" } })).id;
  });

  it("is saved in one row, read back, audited, and bumps the public version", async () => {
    await db().privacyContact.deleteMany();
    expect(await getPrivacyContact(db())).toBeNull();
    const version = async () => (await db().publicDataVersion.findUnique({ where: { id: 1 } }))?.version ?? 0;
    const before = await version();

    const first = privacyContactSchema.parse({
      office: "Sekretariat Daerah Kota Bengkulu",
      address: "Jl. Contoh No. 1",
      email: "data@contoh.example",
      phone: "0736-21011",
      hours: "",
    });
    await savePrivacyContact(db(), first, adminId);
    expect(await getPrivacyContact(db())).toEqual({
      office: "Sekretariat Daerah Kota Bengkulu",
      address: "Jl. Contoh No. 1",
      email: "data@contoh.example",
      phone: "0736-21011",
      hours: null,
    });

    await savePrivacyContact(
      db(),
      privacyContactSchema.parse({ office: "Bagian Organisasi", address: " ", email: "", phone: "", hours: "Senin-Jumat" }),
      adminId,
    );
    expect(await getPrivacyContact(db())).toEqual({ office: "Bagian Organisasi", address: null, email: null, phone: null, hours: "Senin-Jumat" });
    expect(await db().privacyContact.count()).toBe(1);
    expect(await db().auditLog.count({ where: { action: "privacy.contact_update", actorId: adminId } })).toBe(2);
    expect(await version()).toBeGreaterThan(before);
  });
});
