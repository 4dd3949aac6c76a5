// A unit's public page: score and zone, IKM and grade, the nine element means with the weakest
// named in words, the trend by quarter, complaint counts (never a case), the head's posted
// contact with tap-to-call and WhatsApp links, when the number was last checked, and a plain
// POST form to report that it does not answer. Server-rendered from cached figures; the two
// charts are the only client components.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ElementChart } from "@/components/charts/element-chart";
import { ScoreTrend } from "@/components/public/score-trend";
import { ZoneBadge } from "@/components/public/zone-badge";
import { getUnitDirectory, getUnitTrends } from "@/lib/data/public-cache.server";
import { getScores } from "@/lib/data/scores-cache.server";
import { getPublicPlans } from "@/lib/data/plans-cache.server";
import { unitPlansSection } from "@/lib/plans/public-html";
import { formatters } from "@/lib/public/format";
import { telHref, whatsAppHref } from "@/lib/public/phone";
import { ELEMENT_KEYS } from "@/lib/scoring/elements";
import { currentQuarter, parsePeriod } from "@/lib/scoring/period";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

async function unitOf(slug: string) {
  return (await getUnitDirectory()).find((u) => u.slug === slug) ?? null;
}

async function periodOf(searchParams: Props["searchParams"]) {
  const requested = first((await searchParams).period);
  return (requested && requested.length <= 20 && parsePeriod(requested)) || currentQuarter(new Date());
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations("public.unit");
  const unit = await unitOf((await params).slug);
  if (!unit) return { title: (await getTranslations("public.notFound"))("title") };
  const period = await periodOf(searchParams);
  const score = (await getScores(period.key)).units.find((u) => u.slug === unit.slug);
  const f = formatters(await getLocale());
  const zones = await getTranslations("zones");
  const description =
    score?.score != null
      ? t("ogDescription", { name: unit.name, score: f.num(score.score), zone: zones(score.zone ?? "none"), period: period.key })
      : t("ogDescriptionNoScore", { name: unit.name, period: period.key });
  return { title: unit.name, description, openGraph: { title: unit.name, description } };
}

export default async function UnitPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const unit = await unitOf(slug);
  if (!unit) notFound();
  const t = await getTranslations("public.unit");
  const zones = await getTranslations("zones");
  const grades = await getTranslations("grades");
  const elements = await getTranslations("elements");
  const locale = await getLocale();
  const f = formatters(locale);
  const period = await periodOf(searchParams);
  const reportState = first((await searchParams).lapor);
  const [report, trends] = await Promise.all([getScores(period.key), getUnitTrends()]);
  const score = report.units.find((u) => u.slug === unit.slug) ?? null;
  const trend = trends[unit.slug] ?? [];
  const weakest = score?.weakestElement ?? null;
  const tel = telHref(unit.headPhone);
  const whatsApp = whatsAppHref(unit.headPhone);
  const elementNames = ELEMENT_KEYS.map((k, i) => `U${i + 1} ${elements(`${k}.name`)}`);

  return (
    <article>
      <p className="muted">
        <Link href="/peringkat">{t("backToLeaderboard")}</Link>
      </p>
      <h1>{unit.name}</h1>
      <p className="muted">
        {locale === "en" ? unit.typeName.en : unit.typeName.id}
        {unit.kecamatan ? ` · ${t("kecamatan", { name: unit.kecamatan })}` : ""}
        {unit.address ? ` · ${unit.address}` : ""}
      </p>

      <section aria-labelledby="score-heading">
        <h2 id="score-heading">{t("scoreHeading", { period: period.key })}</h2>
        <dl className="figures">
          <div>
            <dt>{t("score")}</dt>
            <dd data-testid="unit-score">{f.num(score?.score)}</dd>
          </div>
          <div>
            <dt>{t("zone")}</dt>
            <dd>
              <ZoneBadge zone={score?.zone ?? null} label={zones(score?.zone ?? "none")} />
            </dd>
          </div>
          <div>
            <dt>{t("ikm")}</dt>
            <dd>{score?.ikm ? `${f.num(score.ikm.converted)} (${score.ikm.grade}, ${grades(score.ikm.grade)})` : "–"}</dd>
          </div>
          <div>
            <dt>{t("rank")}</dt>
            <dd>{score?.rank != null ? t("rankOf", { rank: score.rank, total: report.city.rankedUnits }) : t("notRanked")}</dd>
          </div>
          <div>
            <dt>{t("respondents")}</dt>
            <dd>{score ? t("respondentsOfMinimum", { respondents: score.respondents, minimum: score.minimumSample }) : "–"}</dd>
          </div>
        </dl>
        {score && !score.sufficient && <p className="notice">{t("insufficient", { minimum: score.minimumSample })}</p>}
      </section>

      <section aria-labelledby="elements-heading">
        <h2 id="elements-heading">{t("elementsHeading")}</h2>
        {weakest && score ? (
          <p data-testid="weakest">{t("weakest", { element: elements(`${weakest}.name`), value: f.num(score.elements[weakest]) })}</p>
        ) : (
          <p>{t("noAnswers")}</p>
        )}
        {score?.ikm && (
          <ElementChart
            labels={elementNames}
            means={ELEMENT_KEYS.map((k) => score.elements[k])}
            weakestIndex={weakest ? ELEMENT_KEYS.indexOf(weakest) : null}
            seriesLabel={t("elementMean")}
            description={t("elementsChartDescription")}
          />
        )}
        <table>
          <caption>{t("elementsTable", { period: period.key })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("element")}</th>
              <th scope="col">{t("elementMean")}</th>
            </tr>
          </thead>
          <tbody>
            {ELEMENT_KEYS.map((k, i) => (
              <tr key={k} className={k === weakest ? "weakest" : undefined}>
                <th scope="row">{elementNames[i]}</th>
                <td>
                  {f.num(score?.elements[k])}
                  {k === weakest ? ` (${t("weakestMark")})` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading">{t("trendHeading")}</h2>
        {trend.length > 0 ? (
          <ScoreTrend points={trend} settings={report.settings} seriesLabel={t("score")} description={t("trendChartDescription")} caption={t("trendTable")} />
        ) : (
          <p>{t("noTrend")}</p>
        )}
      </section>

      {/* BEGIN improvement plans (issue 13): plain HTML from lib/plans/public-html.ts, every value escaped by lib/html.ts. */}
      <PlansSection slug={unit.slug} />
      {/* END improvement plans */}

      <section aria-labelledby="complaints-heading">
        <h2 id="complaints-heading">{t("complaintsHeading", { period: period.key })}</h2>
        <dl className="figures">
          <div>
            <dt>{t("complaintsReceived")}</dt>
            <dd>{score?.complaints.received ?? 0}</dd>
          </div>
          <div>
            <dt>{t("complaintsSubstantiated")}</dt>
            <dd>{score?.complaints.substantiated ?? 0}</dd>
          </div>
          <div>
            <dt>{t("complaintsAnsweredInTime")}</dt>
            <dd>{score?.complaints.answeredWithinDeadline ?? 0}</dd>
          </div>
          <div>
            <dt>{t("substantiatedPer1000")}</dt>
            <dd>{f.num(score?.complaints.substantiatedPer1000, 1)}</dd>
          </div>
        </dl>
        <p className="muted">{t("complaintsPrivacy")}</p>
      </section>

      <section aria-labelledby="contact-heading" id="kontak">
        <h2 id="contact-heading">{t("contactHeading")}</h2>
        <p>{t("contactIntro")}</p>
        <p className="contact-name">
          <strong>{unit.headName}</strong>
          {unit.headTitle ? `, ${unit.headTitle}` : ""}
        </p>
        <p className="contact-phone">{unit.headPhone}</p>
        <ul className="contact-actions">
          {tel && (
            <li>
              <a href={tel}>{t("call", { phone: unit.headPhone })}</a>
            </li>
          )}
          {whatsApp && (
            <li>
              <a href={whatsApp} rel="noopener noreferrer">
                {t("whatsApp")}
              </a>
            </li>
          )}
        </ul>
        <p>{unit.headPhoneCheckedAt ? t("checkedAt", { date: f.date(unit.headPhoneCheckedAt) }) : t("neverChecked")}</p>
        {reportState === "terkirim" && (
          <p className="notice" role="status">
            {t("reportThanks")}
          </p>
        )}
        {reportState === "gagal" && (
          <p className="form-error" role="status">
            {t("reportFailed")}
          </p>
        )}
        {reportState === "dibatasi" && (
          <p className="form-error" role="status">
            {t("reportLimited")}
          </p>
        )}
        <form method="post" action={`/unit/${unit.slug}/nomor-tidak-aktif`} className="no-print">
          <input type="hidden" name="confirm" value="1" />
          <button type="submit" className="secondary">
            {t("reportButton")}
          </button>
          <span className="hint"> {t("reportHint")}</span>
        </form>
      </section>

      <section aria-labelledby="act-heading" className="no-print">
        <h2 id="act-heading">{t("actHeading")}</h2>
        <ul>
          <li>
            <a href={`/s/${unit.slug}`}>{t("rateLink")}</a>
          </li>
          <li>
            <Link href={`/pengaduan?unit=${unit.slug}`}>{t("complainLink")}</Link>
          </li>
        </ul>
      </section>
    </article>
  );
}

/** The unit's approved improvement plans (issue 13), rendered by the plain-HTML fragment. */
async function PlansSection({ slug }: { slug: string }) {
  const [plans, tr, elements, locale] = await Promise.all([getPublicPlans(slug), getTranslations(), getTranslations("elements"), getLocale()]);
  const t = (key: string, values?: Record<string, string | number>) => tr(key as never, values as never);
  const section = unitPlansSection(plans ?? [], t, formatters(locale), (k) => `${k.toUpperCase()} ${elements(`${k as "u1"}.name`)}`);
  return <div dangerouslySetInnerHTML={{ __html: section.value }} />;
}
