"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { workspaceAction, workspaceFormAction } from "@/lib/forms/action.server";
import { db } from "@/lib/db/db.server";
import { daySchema, nonWorkingDaySchema } from "@/lib/calendar/schema";
import { deleteNonWorkingDay, saveNonWorkingDay, type CalendarChangeHook } from "@/lib/calendar/calendar.server";
import { refreshCasesAroundDay } from "@/lib/complaints/next-due.server";
import { settingsAt } from "@/lib/complaints/queries.server";

// The cases whose deadlines the day moves are recomputed in the same transaction.
async function casesAroundDay(): Promise<CalendarChangeHook> {
  const lengths = await settingsAt(db, new Date());
  return (tx, day) => refreshCasesAroundDay(tx, day, lengths);
}

const messages = { namespaces: ["calendar.errors", "admin.errors"], fallback: "invalid" } as const;

export const saveDayAction = workspaceAction({ permission: "period:manage", schema: nonWorkingDaySchema, messages }, async ({ user, input }) => {
  await saveNonWorkingDay(db, input, user.id, await casesAroundDay());
  revalidatePath("/admin/kalender");
  return { ok: true, message: (await getTranslations("calendar"))("saved", { day: input.day }) };
});

export const deleteDayAction = workspaceFormAction({ permission: "period:manage" }, async ({ user, form }) => {
  const day = daySchema.safeParse(form.get("day"));
  if (!day.success) return;
  await deleteNonWorkingDay(db, day.data, user.id, await casesAroundDay());
  revalidatePath("/admin/kalender");
});
