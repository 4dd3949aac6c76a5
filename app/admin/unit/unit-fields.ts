import { getTranslations } from "next-intl/server";
import type { FormField } from "@/components/admin/action-form";
import { db } from "@/lib/db/db.server";
import { fmtDate } from "@/lib/i18n/format";

type UnitValues = {
  name: string;
  slug: string;
  typeId: number;
  kecamatanId: number | null;
  headName: string;
  headTitle?: string | null;
  headNip?: string | null;
  headPhone: string;
  headPhoneCheckedAt: Date | null;
  yearlyServiceVolume: number | null;
  active: boolean;
  escalationName?: string | null;
  escalationTitle?: string | null;
  escalationPhone?: string | null;
};

/** The fields of the unit form, filled with a unit's values when editing. */
export async function unitFields(unit?: UnitValues): Promise<FormField[]> {
  const t = await getTranslations("admin.units");
  const te = await getTranslations("complaintChannels.escalation");
  const [types, kecamatan] = await Promise.all([db.unitType.findMany({ orderBy: { nameId: "asc" } }), db.kecamatan.findMany({ orderBy: { name: "asc" } })]);
  return [
    { name: "name", label: t("name"), defaultValue: unit?.name, required: true },
    { name: "slug", label: t("slug"), defaultValue: unit?.slug, hint: t("slugHint"), required: true },
    {
      name: "typeId",
      label: t("type"),
      type: "select",
      defaultValue: unit ? String(unit.typeId) : undefined,
      options: types.map((x) => ({ value: String(x.id), label: x.nameId })),
    },
    {
      name: "kecamatanId",
      label: t("kecamatan"),
      type: "select",
      defaultValue: unit?.kecamatanId ? String(unit.kecamatanId) : "",
      options: [{ value: "", label: t("noKecamatan") }, ...kecamatan.map((k) => ({ value: String(k.id), label: k.name }))],
    },
    { name: "headName", label: t("headName"), defaultValue: unit?.headName, required: true },
    { name: "headTitle", label: t("headTitle"), defaultValue: unit?.headTitle ?? "", hint: t("headTitleHint") },
    { name: "headNip", label: t("headNip"), defaultValue: unit?.headNip ?? "", hint: t("headNipHint") },
    { name: "headPhone", label: t("headPhone"), type: "tel", defaultValue: unit?.headPhone, hint: t("headPhoneHint"), required: true },
    { name: "headPhoneCheckedAt", label: t("checkedAt"), type: "date", defaultValue: unit?.headPhoneCheckedAt ? fmtDate(unit.headPhoneCheckedAt) : "" },
    {
      name: "yearlyServiceVolume",
      label: t("volume"),
      type: "number",
      defaultValue: unit?.yearlyServiceVolume == null ? "" : String(unit.yearlyServiceVolume),
      hint: t("volumeHint"),
    },
    // Issue 12: the escalation line (e.g. the mayor's complaint line), shown under the head's number.
    { name: "escalationName", label: te("name"), defaultValue: unit?.escalationName ?? "" },
    { name: "escalationTitle", label: te("title"), defaultValue: unit?.escalationTitle ?? "" },
    { name: "escalationPhone", label: te("phone"), type: "tel", defaultValue: unit?.escalationPhone ?? "" },
    { name: "active", label: t("active"), type: "checkbox", checked: unit ? unit.active : true },
  ];
}
