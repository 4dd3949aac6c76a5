import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { ButtonForm, PairingForm } from "@/components/admin/kiosk-forms";
import { WorkspaceTable } from "@/components/admin/workspace-table";
import { fmtDateTime } from "@/lib/i18n/format";
import { requirePermission } from "@/lib/auth/guards.server";
import { db } from "@/lib/db/db.server";
import { listKioskDevices } from "@/lib/kiosk/devices.server";
import { addKioskDeviceAction, newPairingLinkAction, revokeKioskDeviceAction, updateKioskLimitsAction } from "./actions";
import { recordId } from "@/lib/http/record-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("kiosk.admin"))("title") };
}

// Always fresh: last seen and the queues change while the page is open.
export const dynamic = "force-dynamic";

export default async function KioskDevicesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const id = recordId(raw);
  await requirePermission("kiosk:manage", { unitId: id ?? -1, from: `/admin/unit/${raw}/kiosk` });
  const unit = id !== null ? await db.unit.findUnique({ where: { id }, select: { id: true, name: true, kioskMinSeconds: true, kioskMaxPerHour: true } }) : null;
  if (!unit) notFound();
  const t = await getTranslations("kiosk.admin");
  const devices = await listKioskDevices(db, unit.id);
  const labels = { added: t.raw("added") as string, linkIssued: t.raw("linkIssued") as string, qrLabel: t("qrLabel") };
  const hidden = { unitId: String(unit.id) };
  return (
    <>
      <h1>{t("heading", { unit: unit.name })}</h1>
      <p className="narrow">{t("intro")}</p>
      <section aria-labelledby="add-heading" className="narrow">
        <h2 id="add-heading">{t("add")}</h2>
        <PairingForm
          id="kiosk-add"
          action={addKioskDeviceAction}
          hidden={hidden}
          submit={t("add")}
          nameField={{ label: t("name"), hint: t("nameHint") }}
          labels={labels}
        />
      </section>
      <section aria-labelledby="devices-heading">
        <h2 id="devices-heading">{t("title")}</h2>
        <WorkspaceTable
          label={t("tableLabel")}
          empty={t("none")}
          rows={devices}
          rowKey={(d) => d.id}
          rowProps={(d) => ({ "data-device": d.name })}
          columns={[
            { header: t("device"), rowHeader: true, cell: (d) => d.name },
            { header: t("state"), cell: (d) => t(`states.${d.state}`) },
            { header: t("lastSeen"), cell: (d) => (d.lastSeenAt ? fmtDateTime(d.lastSeenAt) : t("never")) },
            { header: t("answersToday"), cell: (d) => d.answersToday },
            { header: t("pending"), cell: (d) => d.pendingCount },
            {
              header: t("actions"),
              cell: (d) => (
                <>
                  <PairingForm
                    id={`kiosk-link-${d.id}`}
                    action={newPairingLinkAction}
                    hidden={{ ...hidden, deviceId: String(d.id) }}
                    submit={t("newLink")}
                    submitLabel={`${t("newLink")}: ${d.name}`}
                    labels={labels}
                  />
                  {d.state !== "revoked" && (
                    <ButtonForm
                      action={revokeKioskDeviceAction}
                      hidden={{ ...hidden, deviceId: String(d.id) }}
                      submit={t("revoke")}
                      submitLabel={t("revokeConfirm", { name: d.name })}
                      confirm={{ question: t("revokeQuestion", { name: d.name }), yes: t("revokeYes"), yesLabel: t("revokeYesLabel", { name: d.name }) }}
                    />
                  )}
                </>
              ),
            },
          ]}
        />
      </section>
      <section aria-labelledby="limits-heading" className="narrow">
        <h2 id="limits-heading">{t("limitsHeading")}</h2>
        <p>{t("limitsIntro")}</p>
        <ActionForm
          id="kiosk-limits"
          action={updateKioskLimitsAction}
          fields={[
            { name: "unitId", label: "unit", type: "hidden", defaultValue: String(unit.id) },
            { name: "minSeconds", label: t("minSeconds"), type: "number", defaultValue: String(unit.kioskMinSeconds) },
            { name: "maxPerHour", label: t("maxPerHour"), type: "number", defaultValue: String(unit.kioskMaxPerHour) },
          ]}
          submit={t("saveLimits")}
        />
      </section>
    </>
  );
}
