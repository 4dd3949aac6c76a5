import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards.server";
import { db } from "@/lib/db/db.server";
import { fmtDateTime } from "@/lib/i18n/format";
import { planDigests } from "@/lib/digest/digest.server";
import { renderText } from "@/lib/digest/content";
import { digestWeek, nextDigestAt } from "@/lib/digest/week";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("digest.preview"))("title") };
}

// What each recipient will receive next Monday, with today's data, for the secretariat to check.
export default async function DigestPreviewPage() {
  await requirePermission("period:manage", { from: "/admin/ringkasan" });
  const t = await getTranslations("digest.preview");
  const now = new Date();
  const when = nextDigestAt(now);
  const planned = await planDigests(db, digestWeek(when), now);
  const languages = await getTranslations("digest.preferences.languages");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro", { when: fmtDateTime(when) })}</p>
      <p>{t("count", { count: planned.length })}</p>
      {planned.map((p, i) => (
        <section
          key={`${p.role}-${p.recipient}-${i}`}
          aria-labelledby={`digest-${i}`}
          data-role={p.role}
          data-recipient={p.recipient}
          data-language={p.language}
        >
          <h2 id={`digest-${i}`}>{t("recipient", { role: t(`roles.${p.role}`), channel: t(`channels.${p.channel}`), recipient: p.recipient })}</h2>
          <p>{t("language", { language: languages(p.language) })}</p>
          {/* Each recipient's digest in their language: marked, so a screen reader reads it as such. */}
          <p lang={p.digest.lang}>
            <strong>{p.digest.subject}</strong>
          </p>
          <pre className="digest-text" lang={p.digest.lang}>
            {renderText(p.digest)}
          </pre>
        </section>
      ))}
    </>
  );
}
