import type { Metadata } from "next";
import Link from "@/components/admin/link";
import { getTranslations } from "next-intl/server";
import { ActionForm, type FormField } from "@/components/admin/action-form";
import { requirePermission } from "@/lib/auth/guards.server";
import { RECORDED_CHANNELS } from "@/lib/complaints/channels";
import { CATEGORIES } from "@/lib/complaints/lifecycle";
import { db } from "@/lib/db/db.server";
import { cityDateTimeLocal, cityDay } from "@/lib/time/clock";
import { recordComplaintAction } from "@/app/admin/pengaduan/record-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaintChannels.record"))("title") };
}

// A complaint received by phone, WhatsApp, in person, by letter or through SP4N-LAPOR!, recorded
// by a unit head (own unit only), an inspector or the secretariat.
export default async function RecordComplaintPage() {
  const user = await requirePermission("complaint:handle", { from: "/admin/pengaduan/catat" });
  const t = await getTranslations("complaintChannels");
  const tc = await getTranslations("complaints");
  const units = await db.unit.findMany({
    where: { active: true, ...(user.role === "unit_head" ? { id: user.unitId ?? -1 } : {}) },
    select: { slug: true, name: true },
    orderBy: { name: "asc" },
  });
  const choose = { value: "", label: t("record.choose") };
  // The default receipt time: now, in the city's time, to the minute.
  const nowLocal = cityDateTimeLocal(new Date());
  const fields: FormField[] = [
    {
      name: "unit",
      label: t("record.unit"),
      type: "select",
      defaultValue: units.length === 1 ? units[0].slug : "",
      options: [...(units.length === 1 ? [] : [choose]), ...units.map((u) => ({ value: u.slug, label: u.name }))],
      required: true,
    },
    {
      name: "channel",
      label: t("record.channel"),
      type: "select",
      options: [choose, ...RECORDED_CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))],
      required: true,
    },
    { name: "receivedAt", label: t("record.receivedAt"), type: "datetime-local", defaultValue: nowLocal, hint: t("record.receivedAtHint"), required: true },
    { name: "laporTicket", label: t("record.laporTicket"), hint: t("record.laporTicketHint") },
    {
      name: "category",
      label: t("record.category"),
      type: "select",
      options: [choose, ...CATEGORIES.map((c) => ({ value: c, label: tc(`categories.${c}`) }))],
      required: true,
    },
    { name: "description", label: t("record.description"), type: "textarea", required: true },
    { name: "occurredOn", label: t("record.occurredOn"), type: "date", defaultValue: cityDay(new Date()), required: true },
    { name: "staffName", label: t("record.staffName") },
    { name: "room", label: t("record.room") },
    { name: "name", label: t("record.name") },
    { name: "phone", label: t("record.phone"), type: "tel" },
    { name: "email", label: t("record.email"), type: "email" },
    { name: "anonymous", label: t("record.anonymous"), type: "checkbox" },
  ];
  return (
    <div className="narrow">
      <h1>{t("record.title")}</h1>
      <p>
        <Link href="/admin/pengaduan">{tc("admin.back")}</Link>
      </p>
      <p>{t("record.intro")}</p>
      <ActionForm id="record" action={recordComplaintAction} fields={fields} submit={t("record.submit")} />
    </div>
  );
}
