import type { Metadata } from "next";
import Link from "@/components/admin/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { ActionForm } from "@/components/admin/action-form";
import { WorkspaceTable } from "@/components/admin/workspace-table";
import { db } from "@/lib/db/db.server";
import { createUserAction } from "./actions";
import { roleAndUnitFields } from "./user-fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage() {
  await requirePermission("user:manage", { from: "/admin/pengguna" });
  const t = await getTranslations("admin.users");
  const roles = await getTranslations("roles");
  const users = await db.user.findMany({
    orderBy: [{ active: "desc" }, { role: "asc" }, { name: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, unit: { select: { name: true } } },
  });
  return (
    <>
      <h1>{t("title")}</h1>
      <WorkspaceTable
        rows={users}
        rowKey={(u) => u.id}
        columns={[
          { header: t("name"), rowHeader: true, cell: (u) => <Link href={`/admin/pengguna/${u.id}`}>{u.name}</Link> },
          { header: t("email"), cell: (u) => u.email },
          { header: t("role"), cell: (u) => roles(u.role) },
          { header: t("unit"), cell: (u) => u.unit?.name ?? "–" },
          { header: t("status"), cell: (u) => (u.active ? t("activeState") : t("inactiveState")) },
        ]}
      />
      <h2>{t("create")}</h2>
      <div className="narrow">
        <ActionForm
          id="user-create"
          action={createUserAction}
          submit={t("createSubmit")}
          fields={[
            { name: "name", label: t("name"), required: true },
            { name: "email", label: t("email"), type: "email", required: true, autoComplete: "off" },
            ...(await roleAndUnitFields()),
            { name: "password", label: t("initialPassword"), type: "password", hint: t("passwordHint"), required: true, autoComplete: "new-password" },
          ]}
        />
      </div>
    </>
  );
}
