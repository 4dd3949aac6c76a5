"use server";
// Server actions of the kiosk devices page. Each checks the role itself, for the unit named in the
// form (a unit head: their own unit only), and every write names that unit in its `where`.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { failure, type ActionResult } from "@/lib/forms/result";
import { asForm, parseForm } from "@/lib/forms/parse-form.server";
import { publicBaseUrl } from "@/lib/http/base-url";
import { fmtDateTime } from "@/lib/i18n/format";
import { qrSvg } from "@/lib/units/qr";
import { requirePermission } from "@/lib/auth/guards.server";
import { db } from "@/lib/db/db.server";
import { createKioskDevice, issuePairingCode, revokeKioskDevice, updateKioskLimits, type PairingCode } from "@/lib/kiosk/devices.server";
import { kioskDeviceSchema, kioskLimitsSchema } from "@/lib/kiosk/schema";
import { recordId } from "@/lib/http/record-id";

export type PairingLink = { name: string; url: string; qr: string; expires: string; fresh: boolean };

async function pairingLink(code: PairingCode, name: string, fresh: boolean): Promise<PairingLink> {
  const url = `${publicBaseUrl(await headers())}/kiosk/pasang/${code.code}`;
  return { name, url, qr: await qrSvg(url), expires: fmtDateTime(code.expiresAt).slice(11), fresh };
}

export async function addKioskDeviceAction(_p: ActionResult<PairingLink> | null, form: FormData): Promise<ActionResult<PairingLink>> {
  form = asForm(form); // a forged call may pass anything here
  const unitId = recordId(form.get("unitId")) ?? -1;
  const user = await requirePermission("kiosk:manage", { unitId });
  const parsed = await parseForm(kioskDeviceSchema, form);
  if (parsed.error) return parsed.error as ActionResult<never>;
  const unit = await db.unit.findUnique({ where: { id: parsed.data.unitId }, select: { id: true } });
  if (!unit) return failure((await getTranslations("admin.errors"))("form"));
  const code = await createKioskDevice(db, { unitId: unit.id, name: parsed.data.name, actorId: user.id });
  revalidatePath(`/admin/unit/${unit.id}/kiosk`);
  return { ok: true, data: await pairingLink(code, parsed.data.name, true) };
}

export async function newPairingLinkAction(_p: ActionResult<PairingLink> | null, form: FormData): Promise<ActionResult<PairingLink>> {
  form = asForm(form); // a forged call may pass anything here
  const unitId = recordId(form.get("unitId")) ?? -1;
  const user = await requirePermission("kiosk:manage", { unitId });
  const deviceId = recordId(form.get("deviceId"));
  const t = await getTranslations("kiosk.admin");
  if (deviceId === null || unitId < 1) return failure(t("gone"));
  const code = await issuePairingCode(db, { deviceId, unitId, actorId: user.id });
  if (!code) return failure(t("gone"));
  const device = await db.kioskDevice.findFirstOrThrow({ where: { id: deviceId, unitId }, select: { name: true } });
  revalidatePath(`/admin/unit/${unitId}/kiosk`);
  return { ok: true, data: await pairingLink(code, device.name, false) };
}

export async function revokeKioskDeviceAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form); // a forged call may pass anything here
  const unitId = recordId(form.get("unitId")) ?? -1;
  const user = await requirePermission("kiosk:manage", { unitId });
  const deviceId = recordId(form.get("deviceId"));
  const t = await getTranslations("kiosk.admin");
  if (deviceId === null || unitId < 1) return failure(t("gone"));
  const device = await db.kioskDevice.findFirst({ where: { id: deviceId, unitId }, select: { name: true } });
  if (!device || !(await revokeKioskDevice(db, { deviceId, unitId, actorId: user.id }))) return failure(t("gone"));
  revalidatePath(`/admin/unit/${unitId}/kiosk`);
  return { ok: true, message: t("revoked", { name: device.name }) };
}

export async function updateKioskLimitsAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form); // a forged call may pass anything here
  const unitId = recordId(form.get("unitId")) ?? -1;
  const user = await requirePermission("kiosk:manage", { unitId });
  const parsed = await parseForm(kioskLimitsSchema, form);
  if (parsed.error) return parsed.error;
  if (!(await db.unit.findUnique({ where: { id: parsed.data.unitId }, select: { id: true } }))) return failure((await getTranslations("admin.errors"))("form"));
  await updateKioskLimits(db, { unitId: parsed.data.unitId, minSeconds: parsed.data.minSeconds, maxPerHour: parsed.data.maxPerHour, actorId: user.id });
  revalidatePath(`/admin/unit/${unitId}/kiosk`);
  return { ok: true, message: (await getTranslations("kiosk.admin"))("limitsSaved") };
}
