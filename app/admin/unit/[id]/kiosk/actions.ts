"use server";
// Server actions of the kiosk devices page. Each checks the role itself, for the unit named in the
// form (a unit head: their own unit only), and every write names that unit in its `where`.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { workspaceAction } from "@/lib/forms/action.server";
import { failure } from "@/lib/forms/result";
import { publicBaseUrl } from "@/lib/http/base-url";
import { fmtDateTime } from "@/lib/i18n/format";
import { qrSvg } from "@/lib/units/qr";
import { db } from "@/lib/db/db.server";
import { createKioskDevice, issuePairingCode, revokeKioskDevice, updateKioskLimits, type PairingCode } from "@/lib/kiosk/devices.server";
import { kioskDeviceSchema, kioskLimitsSchema } from "@/lib/kiosk/schema";
import { recordId } from "@/lib/http/record-id";

export type PairingLink = { name: string; url: string; qr: string; expires: string; fresh: boolean };

async function pairingLink(code: PairingCode, name: string, fresh: boolean): Promise<PairingLink> {
  const url = `${publicBaseUrl(await headers())}/kiosk/pasang/${code.code}`;
  return { name, url, qr: await qrSvg(url), expires: fmtDateTime(code.expiresAt).slice(11), fresh };
}

/** Every action here: kiosk:manage on the unit of the hidden field `unitId`. */
const KIOSK = { permission: "kiosk:manage", unit: (form: FormData) => recordId(form.get("unitId")) } as const;

export const addKioskDeviceAction = workspaceAction<typeof kioskDeviceSchema, PairingLink>({ ...KIOSK, schema: kioskDeviceSchema }, async ({ user, input }) => {
  const unit = await db.unit.findUnique({ where: { id: input.unitId }, select: { id: true } });
  if (!unit) return failure((await getTranslations("admin.errors"))("form"));
  const code = await createKioskDevice(db, { unitId: unit.id, name: input.name, actorId: user.id });
  revalidatePath(`/admin/unit/${unit.id}/kiosk`);
  return { ok: true, data: await pairingLink(code, input.name, true) };
});

export const newPairingLinkAction = workspaceAction<undefined, PairingLink>(KIOSK, async ({ user, form, unitId }) => {
  const t = await getTranslations("kiosk.admin");
  const deviceId = recordId(form.get("deviceId"));
  if (deviceId === null || unitId < 1) return failure(t("gone"));
  const code = await issuePairingCode(db, { deviceId, unitId, actorId: user.id });
  if (!code) return failure(t("gone"));
  const device = await db.kioskDevice.findFirstOrThrow({ where: { id: deviceId, unitId }, select: { name: true } });
  revalidatePath(`/admin/unit/${unitId}/kiosk`);
  return { ok: true, data: await pairingLink(code, device.name, false) };
});

export const revokeKioskDeviceAction = workspaceAction(KIOSK, async ({ user, form, unitId }) => {
  const t = await getTranslations("kiosk.admin");
  const deviceId = recordId(form.get("deviceId"));
  if (deviceId === null || unitId < 1) return failure(t("gone"));
  // Asked first (the page's question and its "yes"): a call without the confirmation changes nothing.
  if (form.get("confirm") !== "1") return failure(t("revokeNeedsConfirm"));
  const device = await db.kioskDevice.findFirst({ where: { id: deviceId, unitId }, select: { name: true } });
  if (!device || !(await revokeKioskDevice(db, { deviceId, unitId, actorId: user.id }))) return failure(t("gone"));
  revalidatePath(`/admin/unit/${unitId}/kiosk`);
  return { ok: true, message: t("revoked", { name: device.name }) };
});

export const updateKioskLimitsAction = workspaceAction({ ...KIOSK, schema: kioskLimitsSchema }, async ({ user, input, unitId }) => {
  if (!(await db.unit.findUnique({ where: { id: input.unitId }, select: { id: true } }))) return failure((await getTranslations("admin.errors"))("form"));
  await updateKioskLimits(db, { unitId: input.unitId, minSeconds: input.minSeconds, maxPerHour: input.maxPerHour, actorId: user.id });
  revalidatePath(`/admin/unit/${unitId}/kiosk`);
  return { ok: true, message: (await getTranslations("kiosk.admin"))("limitsSaved") };
});
