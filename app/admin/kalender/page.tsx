import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { FilterForm, InputFilter } from "@/components/admin/filters";
import { db } from "@/lib/db/db.server";
import { listNonWorkingDays } from "@/lib/calendar/calendar.server";
import { CalendarSections } from "@/lib/calendar/workspace/calendar-page";
import { cityDay } from "@/lib/time/clock";
import { one } from "@/lib/http/search-params";
import { deleteDayAction, saveDayAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendar"))("title") };
}

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  await requirePermission("period:manage", { from: "/admin/kalender" });
  const t = await getTranslations("calendar");
  const requested = Number(one((await searchParams).year));
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : Number(cityDay(new Date()).slice(0, 4));
  const days = await listNonWorkingDays(db, year);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <FilterForm submit={t("show")}>
        <InputFilter label={t("year")} name="year" defaultValue={String(year)} />
      </FilterForm>
      <CalendarSections year={year} days={days} save={saveDayAction} remove={deleteDayAction} />
    </>
  );
}
