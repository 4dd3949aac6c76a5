// The secretariat's calendar page (/admin/kalender): a year's non-working days with their kind
// and whether the decree was checked, a form to add or correct a day (same date: replaced), and
// a button to remove one.
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm, type FormAction, type PlainFormAction } from "@/components/admin/action-form";
import { WorkspaceTable } from "@/components/admin/workspace-table";
import type { listNonWorkingDays } from "@/lib/calendar/calendar.server";
import { cityDayAt } from "@/lib/calendar/working-days";

type Day = Awaited<ReturnType<typeof listNonWorkingDays>>[number];

export async function CalendarSections({ year, days, save, remove }: { year: number; days: Day[]; save: FormAction; remove: PlainFormAction }) {
  const t = await getTranslations("calendar");
  const locale = await getLocale();
  const weekday = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { weekday: "long", day: "numeric", month: "long", timeZone: "Asia/Jakarta" });
  return (
    <>
      <section aria-labelledby="days-heading">
        <h2 id="days-heading">{t("listHeading", { year })}</h2>
        <p>{t("listText")}</p>
        <WorkspaceTable
          id="non-working-days"
          caption={t("listCaption", { year })}
          empty={t("none", { year })}
          rows={days}
          rowKey={(d) => d.day}
          rowProps={(d) => ({ "data-day": d.day, "data-confirmed": String(d.confirmed) })}
          columns={[
            { header: t("day"), rowHeader: true, cell: (d) => `${d.day} · ${weekday.format(cityDayAt(d.day, 12))}` },
            { header: t("name"), cell: (d) => (locale === "en" ? d.nameEn : d.nameId) },
            { header: t("kind"), cell: (d) => t(`kinds.${d.kind === "cuti_bersama" ? "cuti_bersama" : "holiday"}`) },
            { header: t("confirmed"), cell: (d) => (d.confirmed ? t("yes") : <strong>{t("unconfirmed")}</strong>) },
            {
              header: t("remove"),
              cell: (d) => (
                <form action={remove}>
                  <input type="hidden" name="day" value={d.day} />
                  <button type="submit" aria-label={t("removeDay", { day: d.day })}>
                    {t("remove")}
                  </button>
                </form>
              ),
            },
          ]}
        />
      </section>
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">{t("addHeading")}</h2>
        <p>{t("addText")}</p>
        <div className="narrow">
          <ActionForm
            id="non-working-day"
            action={save}
            submit={t("save")}
            fields={[
              { name: "day", label: t("day"), type: "date", required: true },
              { name: "nameId", label: t("nameId"), required: true },
              { name: "nameEn", label: t("nameEn"), required: true },
              {
                name: "kind",
                label: t("kind"),
                type: "select",
                options: [
                  { value: "holiday", label: t("kinds.holiday") },
                  { value: "cuti_bersama", label: t("kinds.cuti_bersama") },
                ],
              },
              { name: "confirmed", label: t("confirmedField"), type: "checkbox", checked: true, hint: t("confirmedHint") },
            ]}
          />
        </div>
      </section>
    </>
  );
}
