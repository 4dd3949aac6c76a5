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
        <PosterQr className="poster-qr" testId="survey-qr" label={t("surveyQrLabel", { url: surveyUrl })} svg={surveyQr} />
        <p className="poster-url">{surveyUrl}</p>
        <p>{t("surveyText")}</p>
      </section>
      <section className="poster-head">
        <h2>{t("headHeading")}</h2>
        <PosterContact name={unit.headName} title={unit.headTitle} phone={unit.headPhone} />
        <PosterQr className="poster-qr small-qr" testId="whatsapp-qr" label={t("waQrLabel", { url: wa })} svg={waQr} />
        <p>{t("headText")}</p>
        {/* Issue 12: the escalation line, under the head's number. */}
        {unit.escalationName && unit.escalationPhone && (
          <div className="poster-escalation" id="poster-escalation">
            <h3>{te("heading")}</h3>
            <p>{te("intro")}</p>
            <PosterContact name={unit.escalationName} title={unit.escalationTitle} phone={unit.escalationPhone} />
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

/** A QR code read out as an image: the SVG inline, the label saying where it leads. */
function PosterQr({ className, testId, label, svg }: { className: string; testId: string; label: string; svg: string }) {
  return <div className={className} data-testid={testId} role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}

/** A person to call: the name with the title after a comma, then the number. */
function PosterContact({ name, title, phone }: { name: string; title: string | null; phone: string }) {
  return (
    <>
      <p className="poster-head-name">
        {name}
        {title ? `, ${title}` : ""}
      </p>
      <p className="poster-phone">{phone}</p>
    </>
  );
}
