"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { workspaceAction, workspaceFormAction } from "@/lib/forms/action.server";
import { db } from "@/lib/db/db.server";
import { daySchema, nonWorkingDaySchema } from "@/lib/calendar/schema";
import { deleteNonWorkingDay, saveNonWorkingDay } from "@/lib/calendar/calendar.server";

const messages = { namespaces: ["calendar.errors", "admin.errors"], fallback: "invalid" } as const;

export const saveDayAction = workspaceAction({ permission: "period:manage", schema: nonWorkingDaySchema, messages }, async ({ user, input }) => {
  await saveNonWorkingDay(db, input, user.id);
  revalidatePath("/admin/kalender");
  return { ok: true, message: (await getTranslations("calendar"))("saved", { day: input.day }) };
});

export const deleteDayAction = workspaceFormAction({ permission: "period:manage" }, async ({ user, form }) => {
  const day = daySchema.safeParse(form.get("day"));
  if (!day.success) return;
  await deleteNonWorkingDay(db, day.data, user.id);
  revalidatePath("/admin/kalender");
});
