import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { ActionForm } from "@/components/admin/action-form";
import { db } from "@/lib/db/db.server";
import { MAX_VISIT_CODES } from "@/lib/units/schema";
import { generateCodesAction } from "@/app/admin/unit/actions";
import { recordId } from "@/lib/http/record-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.codes"))("title") };
}

const SHOWN = 500;

export default async function VisitCodesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const id = recordId(raw);
  await requirePermission("visit-codes:manage", { unitId: id ?? -1, from: `/admin/unit/${raw}/kode` });
  const unit = id !== null ? await db.unit.findUnique({ where: { id }, select: { id: true, name: true, slug: true } }) : null;
  if (!unit) notFound();
  const t = await getTranslations("admin.codes");
  const [codes, unused] = await Promise.all([
    db.visitCode.findMany({ where: { unitId: unit.id, usedAt: null }, orderBy: { id: "desc" }, take: SHOWN, select: { code: true } }),
    db.visitCode.count({ where: { unitId: unit.id, usedAt: null } }),
  ]);
  return (
    <>
      <h1>{t("heading", { unit: unit.name })}</h1>
      <div className="no-print narrow">
        <p>{t("intro")}</p>
        <ActionForm
          id="codes"
          action={generateCodesAction}
          fields={[
            { name: "unitId", label: "unit", type: "hidden", defaultValue: String(unit.id) },
            { name: "count", label: t("count"), type: "number", defaultValue: "50", hint: t("countHint", { max: MAX_VISIT_CODES }) },
          ]}
          submit={t("generate")}
        />
        <p>{t("unused", { count: unused, shown: Math.min(unused, SHOWN) })}</p>
      </div>
      <ul className="code-grid" aria-label={t("gridLabel")}>
        {codes.map((c) => (
          <li key={c.code}>
            <span className="code-unit">{unit.name}</span>
            <span className="code-value">{c.code}</span>
            <span className="code-hint">{t("ticketHint", { path: `/s/${unit.slug}` })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
