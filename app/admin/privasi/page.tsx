import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { fmtDateTime } from "@/lib/i18n/format";
import { requirePermission } from "@/lib/auth/guards.server";
import { parseTrackingCode } from "@/lib/complaints/tracking-code";
import { db } from "@/lib/db/db.server";
import { findCaseForPrivacy } from "@/lib/privacy/erasure.server";
import { erasureDay, retentionDays } from "@/lib/privacy/retention";
import { eraseContactAction, savePrivacyContactAction } from "./actions";
import { getPrivacyContact } from "@/lib/privacy/contact.server";
import { one } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy.admin"))("title") };
}

// A reporter's requests about their personal data (secretariat only): find the case by the
// tracking code the reporter gives, download everything held about them, or erase their contact.
export default async function PrivacyRequestsPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  await requirePermission("privacy:manage", { from: "/admin/privasi" });
  const t = await getTranslations("privacy.admin");
  const statuses = await getTranslations("complaints.status");
  const raw = one((await searchParams).code)?.slice(0, 40);
  const code = raw ? parseTrackingCode(raw) : null;
  const found = code ? await findCaseForPrivacy(db, code) : null;
  const lookupError = raw ? (!code ? t("badCode") : !found ? t("notFound") : null) : null;
  const days = retentionDays();
  const controller = await getPrivacyContact(db);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro", { days })}</p>
      <form method="get" action="/admin/privasi" className="stack admin-form" id="privacy-lookup">
        <div className="field">
          <label htmlFor="privacy-code">{t("code")}</label>
          <input
            id="privacy-code"
            name="code"
            defaultValue={raw ?? ""}
            autoComplete="off"
            aria-invalid={!!lookupError}
            aria-describedby={lookupError ? "privacy-code-error" : undefined}
          />
          {lookupError && (
            <span id="privacy-code-error" className="field-error">
              {lookupError}
            </span>
          )}
        </div>
        <button type="submit">{t("find")}</button>
      </form>
      {found && (
        <section aria-labelledby="privacy-case">
          <h2 id="privacy-case">{t("case", { code: found.trackingCode })}</h2>
          <dl>
            <dt>{t("unit")}</dt>
            <dd>{found.unit.name}</dd>
            <dt>{t("status")}</dt>
            <dd>{statuses(found.status)}</dd>
            <dt>{t("received")}</dt>
            <dd>{fmtDateTime(found.receivedAt)}</dd>
            <dt>{t("contact")}</dt>
            <dd id="privacy-contact">
              {found.contactHeld && found.reporter
                ? [found.reporter.name, found.reporter.phone, found.reporter.email].filter(Boolean).join(" · ")
                : found.erasedAt
                  ? t("erasedOn", { date: fmtDateTime(found.erasedAt) })
                  : found.anonymous
                    ? t("anonymous")
                    : t("none")}
            </dd>
            {found.contactHeld && (
              <>
                <dt>{t("retention")}</dt>
                <dd>{found.closedAt ? t("erasedFrom", { date: erasureDay(found.closedAt, days) }) : t("whileOpen")}</dd>
              </>
            )}
          </dl>
          <p>
            <a href={`/admin/privasi/unduh?code=${encodeURIComponent(found.trackingCode)}`} download>
              {t("download")}
            </a>{" "}
            <span className="muted">{t("downloadHint")}</span>
          </p>
          {found.contactHeld && (
            <>
              <h3>{t("eraseTitle")}</h3>
              <p>{t("eraseIntro")}</p>
              <ActionForm
                id="privacy-erase"
                action={eraseContactAction}
                submit={t("erase")}
                fields={[
                  { name: "code", label: "code", type: "hidden", defaultValue: found.trackingCode },
                  { name: "confirm", label: t("confirm"), type: "checkbox" },
                ]}
              />
            </>
          )}
        </section>
      )}
      <section aria-labelledby="privacy-controller-title">
        <h2 id="privacy-controller-title">{t("controllerTitle")}</h2>
        <p>{t("controllerIntro")}</p>
        <ActionForm
          id="privacy-controller"
          action={savePrivacyContactAction}
          submit={t("saveController")}
          fields={[
            { name: "office", label: t("office"), required: true, defaultValue: controller?.office ?? "" },
            { name: "address", label: t("address"), type: "textarea", defaultValue: controller?.address ?? "" },
            { name: "email", label: t("email"), type: "email", defaultValue: controller?.email ?? "" },
            { name: "phone", label: t("phone"), type: "tel", defaultValue: controller?.phone ?? "" },
            { name: "hours", label: t("hours"), defaultValue: controller?.hours ?? "" },
          ]}
        />
      </section>
    </>
  );
}
