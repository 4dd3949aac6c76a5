import type { Metadata } from "next";
import Link from "@/components/admin/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { ActionForm } from "@/components/admin/action-form";
import { db } from "@/lib/db/db.server";
import { resetPasswordAction, updateUserAction } from "@/app/admin/pengguna/actions";
import { roleAndUnitFields } from "@/app/admin/pengguna/user-fields";
import { recordId } from "@/lib/http/record-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("edit") };
}

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requirePermission("user:manage", { from: `/admin/pengguna/${raw}` });
  const id = recordId(raw);
  const user =
    id !== null ? await db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true, role: true, unitId: true, active: true } }) : null;
  if (!user) notFound();
  const t = await getTranslations("admin.users");
  const idField = { name: "id", label: "id", type: "hidden" as const, defaultValue: String(user.id) };
  return (
    <div className="narrow">
      <h1>{t("editTitle", { name: user.name })}</h1>
      <p>
        {user.email} · <Link href="/admin/pengguna">{t("back")}</Link>
      </p>
      <ActionForm
        id="user-edit"
        action={updateUserAction}
        submit={t("save")}
        fields={[idField, { name: "name", label: t("name"), defaultValue: user.name, required: true }, ...(await roleAndUnitFields(user))]}
      />
      <h2>{t("resetPassword")}</h2>
      <ActionForm
        id="user-reset"
        action={resetPasswordAction}
        submit={t("resetSubmit")}
        fields={[
          idField,
          { name: "password", label: t("newPassword"), type: "password", hint: t("passwordHint"), required: true, autoComplete: "new-password" },
        ]}
      />
    </div>
  );
}
