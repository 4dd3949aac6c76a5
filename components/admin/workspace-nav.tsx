import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/guards.server";
import { can, type Permission } from "@/lib/auth/permissions";
import { SignOutButton } from "./sign-out-button";

/** Workspace sections; each shows only to users who hold its permission. */
const SECTIONS: { href: string; label: string; permission?: Permission; ns?: "admin.nav" | "complaints.nav" | "privacy.nav" | "hold.admin" | "plans" }[] = [
  { href: "/admin", label: "home" },
  { href: "/admin/unit", label: "units", ns: "admin.nav", permission: "unit:manage" },
  { href: "/admin/periode", label: "periods", ns: "admin.nav", permission: "period:manage" },
  { href: "/admin/respons", label: "responses", ns: "admin.nav", permission: "response:exclude" },
  { href: "/admin/respons/ditahan", label: "nav", ns: "hold.admin", permission: "response:held:read" },
  { href: "/admin/pengaduan", label: "cases", ns: "complaints.nav", permission: "complaint:read" },
  { href: "/admin/rencana", label: "nav", ns: "plans", permission: "plan:read" },
  { href: "/admin/laporan", label: "reportsNav", ns: "plans", permission: "plan:read" },
  { href: "/admin/kotak-keluar", label: "outbox", ns: "complaints.nav", permission: "outbox:read" },
  { href: "/admin/privasi", label: "requests", ns: "privacy.nav", permission: "privacy:manage" },
  { href: "/admin/pengguna", label: "users", ns: "admin.nav", permission: "user:manage" },
  { href: "/admin/audit", label: "audit", ns: "admin.nav", permission: "audit:read" },
  { href: "/admin/ekspor", label: "exports", ns: "admin.nav", permission: "export:read" },
  { href: "/admin/akun", label: "account" },
];

export async function WorkspaceNav({ user }: { user: CurrentUser }) {
  const t = await getTranslations("workspace");
  const auth = await getTranslations("auth");
  const roles = await getTranslations("roles");
  const adminNav = await getTranslations("admin.nav");
  const complaintsNav = await getTranslations("complaints.nav");
  const privacyNav = await getTranslations("privacy.nav");
  const holdNav = await getTranslations("hold.admin");
  const plans = await getTranslations("plans");
  const label = (s: (typeof SECTIONS)[number]) =>
    s.ns === "admin.nav"
      ? adminNav(s.label as "units")
      : s.ns === "complaints.nav"
        ? complaintsNav(s.label as "cases")
        : s.ns === "privacy.nav"
          ? privacyNav(s.label as "requests")
          : s.ns === "hold.admin"
            ? holdNav("nav")
            : s.ns === "plans"
              ? plans(s.label as "nav")
              : t(s.label as "home");
  return (
    <nav aria-label={t("navLabel")} className="workspace-nav no-print">
      <ul>
        {SECTIONS.filter((s) => !s.permission || can(user, s.permission)).map((s) => (
          <li key={s.href}>
            <Link href={s.href}>{label(s)}</Link>
          </li>
        ))}
      </ul>
      {/* A div, not a p: the sign-out button is a form, which a paragraph cannot hold. */}
      <div className="muted">
        {user.name} · {roles(user.role)}
        {user.unitName ? ` · ${user.unitName}` : ""} · <SignOutButton label={auth("signOut")} />
      </div>
    </nav>
  );
}
