import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { db } from "@/lib/db/db.server";
import { publicBaseUrl } from "@/lib/http/base-url";
import { qrSvg, whatsappUrl } from "@/lib/units/qr";
import { recordId } from "@/lib/http/record-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Poster" };
}

// The A4 poster for the service room, in Indonesian (the citizens' language) whatever the
// workspace language: the survey QR, the head's number with a WhatsApp QR, the complaint URL.
export default async function PosterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const id = recordId(raw);
  await requirePermission("unit:read", { unitId: id ?? -1, from: `/admin/unit/${raw}/poster` });
  const unit = id !== null ? await db.unit.findUnique({ where: { id } }) : null;
  if (!unit) notFound();
  const t = await getTranslations({ locale: "id", namespace: "admin.poster" });
  const te = await getTranslations({ locale: "id", namespace: "complaintChannels.escalation" });
  const base = publicBaseUrl(await headers());
  const surveyUrl = `${base}/s/${unit.slug}`;
  const complaintUrl = `${base}/pengaduan?unit=${encodeURIComponent(unit.slug)}`;
  const wa = whatsappUrl(unit.headPhone);
  const [surveyQr, waQr] = await Promise.all([qrSvg(surveyUrl), qrSvg(wa)]);
  return (
    <article className="poster" lang="id" aria-labelledby="poster-title">
      <p className="poster-kicker">{t("kicker")}</p>
      <h1 id="poster-title">{unit.name}</h1>
      <section className="poster-survey">
        <h2>{t("surveyHeading")}</h2>
        <div
          className="poster-qr"
          data-testid="survey-qr"
          role="img"
          aria-label={t("surveyQrLabel", { url: surveyUrl })}
          dangerouslySetInnerHTML={{ __html: surveyQr }}
        />
        <p className="poster-url">{surveyUrl}</p>
        <p>{t("surveyText")}</p>
      </section>
      <section className="poster-head">
        <h2>{t("headHeading")}</h2>
        <p className="poster-head-name">
          {unit.headName}
          {unit.headTitle ? `, ${unit.headTitle}` : ""}
        </p>
        <p className="poster-phone">{unit.headPhone}</p>
        <div
          className="poster-qr small-qr"
          data-testid="whatsapp-qr"
          role="img"
          aria-label={t("waQrLabel", { url: wa })}
          dangerouslySetInnerHTML={{ __html: waQr }}
        />
        <p>{t("headText")}</p>
        {/* Issue 12: the escalation line, under the head's number. */}
        {unit.escalationName && unit.escalationPhone && (
          <div className="poster-escalation" id="poster-escalation">
            <h3>{te("heading")}</h3>
            <p>{te("intro")}</p>
            <p className="poster-head-name">
              {unit.escalationName}
              {unit.escalationTitle ? `, ${unit.escalationTitle}` : ""}
            </p>
            <p className="poster-phone">{unit.escalationPhone}</p>
          </div>
        )}
      </section>
      <section className="poster-complaint">
        <h2>{t("complaintHeading")}</h2>
        <p className="poster-url">{complaintUrl}</p>
        <p>{t("complaintText")}</p>
      </section>
    </article>
  );
}
