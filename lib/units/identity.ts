// A unit as the public pages and the API name it: slug, name, type (code and names) and kecamatan.
// The select and the shape are written once, for the scores (lib/scores/read-model.server.ts) and
// the unit directory (lib/public/data.server.ts).

/** The columns `unitIdentity` reads, for a Prisma select. */
export const unitIdentitySelect = {
  slug: true,
  name: true,
  type: { select: { code: true, nameId: true, nameEn: true } },
  kecamatan: { select: { name: true } },
} as const;

export function unitIdentity(u: { slug: string; name: string; type: { code: string; nameId: string; nameEn: string }; kecamatan: { name: string } | null }) {
  return { slug: u.slug, name: u.name, type: u.type.code, typeName: { id: u.type.nameId, en: u.type.nameEn }, kecamatan: u.kecamatan?.name ?? null };
}
