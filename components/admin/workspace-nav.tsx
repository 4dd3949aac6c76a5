import Link from "@/components/admin/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/guards.server";
import { can, type Permission } from "@/lib/auth/permissions";
import { SignOutButton } from "./sign-out-button";

/** Workspace sections, each with its label's message key; each shows only to users who hold its permission. */
const SECTIONS: { href: string; label: string; permission?: Permission }[] = [
  { href: "/admin", label: "workspace.home" },
  { href: "/admin/unit", label: "admin.nav.units", permission: "unit:manage" },
  { href: "/admin/periode", label: "admin.nav.periods", permission: "period:manage" },
  { href: "/admin/kalender", label: "calendar.nav", permission: "period:manage" },
  { href: "/admin/ringkasan", label: "digest.preview.nav", permission: "period:manage" },
  { href: "/admin/respons", label: "admin.nav.responses", permission: "response:exclude" },
  { href: "/admin/respons/ditahan", label: "hold.admin.nav", permission: "response:held:read" },
  { href: "/admin/pengaduan", label: "complaints.nav.cases", permission: "complaint:read" },
  { href: "/admin/peringatan", label: "alerts.nav", permission: "alert:read" },
  { href: "/admin/rencana", label: "plans.nav", permission: "plan:read" },
  { href: "/admin/laporan", label: "plans.reportsNav", permission: "plan:read" },
  { href: "/admin/kotak-keluar", label: "complaints.nav.outbox", permission: "outbox:read" },
  { href: "/admin/privasi", label: "privacy.nav.requests", permission: "privacy:manage" },
  { href: "/admin/pengguna", label: "admin.nav.users", permission: "user:manage" },
  { href: "/admin/audit", label: "admin.nav.audit", permission: "audit:read" },
  { href: "/admin/ekspor", label: "admin.nav.exports", permission: "export:read" },
  { href: "/admin/akun", label: "workspace.account" },
];

export async function WorkspaceNav({ user }: { user: CurrentUser }) {
  const messages = await getTranslations();
  const t = await getTranslations("workspace");
  const auth = await getTranslations("auth");
  const roles = await getTranslations("roles");
  return (
    <nav aria-label={t("navLabel")} className="workspace-nav no-print">
      <ul>
        {SECTIONS.filter((s) => !s.permission || can(user, s.permission)).map((s) => (
          <li key={s.href}>
            <Link href={s.href}>{messages(s.label)}</Link>
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
