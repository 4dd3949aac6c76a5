// The one home of authorisation for pages, server actions and route handlers. Every workspace
// entry point calls one of these first; middleware/proxy is never relied on (CVE-2025-29927).
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { NextResponse } from "next/server";
import { db } from "@/lib/db/db.server";
import { authOptions } from "./options.server";
import { can, type Actor, type Permission } from "./permissions";

export type CurrentUser = Actor & { email: string; name: string; unitSlug: string | null; unitName: string | null };

/**
 * The signed-in user, reloaded from the database on every request so that a deactivated user,
 * a changed role or a changed password takes effect at once. Null when anonymous.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: number; issuedAt?: number } | null;
  if (!session?.uid) return null;
  const user = await db.user.findFirst({
    where: { id: session.uid, active: true },
    select: { id: true, role: true, unitId: true, email: true, name: true, passwordChangedAt: true, unit: { select: { slug: true, name: true } } },
  });
  if (!user) return null;
  // Sessions issued before the last password change are void (1 s of slack for clock rounding).
  if (session.issuedAt && session.issuedAt * 1000 < user.passwordChangedAt.getTime() - 1000) return null;
  return {
    id: user.id,
    role: user.role,
    unitId: user.unitId,
    email: user.email,
    name: user.name,
    unitSlug: user.unit?.slug ?? null,
    unitName: user.unit?.name ?? null,
  };
});

/** For pages and server actions: anonymous users go to sign-in, others without the permission get 403. */
export async function requirePermission(permission: Permission, options: { unitId?: number; from?: string } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/admin/masuk${options.from ? `?next=${encodeURIComponent(options.from)}` : ""}`);
  if (!can(user, permission, options.unitId)) forbidden();
  return user;
}

/** For pages that any signed-in user may open (their account, the workspace home). */
export async function requireSignedIn(from?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/admin/masuk${from ? `?next=${encodeURIComponent(from)}` : ""}`);
  return user;
}

/** For JSON route handlers: the user, or the 401/403 response to return. */
export async function authorizeApi(
  permission: Permission,
  unitId?: number,
): Promise<{ user: CurrentUser; response?: never } | { user?: never; response: NextResponse }> {
  const user = await getCurrentUser();
  if (!user) return { response: NextResponse.json({ error: "unauthenticated" }, { status: 401 }) };
  if (!can(user, permission, unitId)) return { response: apiForbidden() };
  return { user };
}

/** The 403 of a JSON route handler, for a caller already known (e.g. refused on the record's unit). */
export function apiForbidden(): NextResponse {
  return NextResponse.json({ error: "forbidden" }, { status: 403 });
}
