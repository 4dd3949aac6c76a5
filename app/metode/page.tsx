import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db.server";
import { settingsFor } from "@/lib/data/scores.server";
import { ELEMENT_KEYS } from "@/lib/scoring/elements";
import { currentQuarter } from "@/lib/scoring/period";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("method");
  return { title: t("title"), description: t("description"), openGraph: { title: t("title"), description: t("description") } };
}

// The regulation's grade table (lib/scoring/ikm.ts grade()).
const GRADE_ROWS = [
  ["A", 88.31, 100],
  ["B", 76.61, 88.3],
  ["C", 65, 76.6],
  ["D", 25, 64.99],
] as const;

export default async function MethodPage() {
  const t = await getTranslations("method");
  const elements = await getTranslations("elements");
  const grades = await getTranslations("grades");
  const zones = await getTranslations("zones");
  const plans = await getTranslations("plans.method");
  const period = currentQuarter(new Date());
  const settings = await settingsFor(db, period.key);
  const locale = await getLocale();
  const number = new Intl.NumberFormat(locale === "en" ? "en-GB" : "id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const fmt = (n: number) => number.format(n);
  return (
    <article className="prose">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>

      <h2>{t("skmHeading")}</h2>
      <p>{t("skmText")}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("elementColumn")}</th>
            <th scope="col">{t("answersColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {ELEMENT_KEYS.map((key, i) => (
            <tr key={key}>
              <th scope="row">
                U{i + 1}. {elements(`${key}.name`)}
              </th>
              <td>{[1, 2, 3, 4].map((a) => `${a} ${elements(`${key}.answers.${a}` as "u1.answers.1")}`).join(" · ")}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t("ikmHeading")}</h2>
      <p>{t("ikmText")}</p>
      <p className="formula">{t("formula")}</p>
      <p>{t("weightNote")}</p>
      <h3>{t("gradeHeading")}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("gradeColumn")}</th>
            <th scope="col">{t("rangeColumn")}</th>
            <th scope="col">{t("performanceColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {GRADE_ROWS.map(([g, from, to]) => (
            <tr key={g}>
              <th scope="row">{g}</th>
              <td>
                {fmt(from)} – {fmt(to)}
              </td>
              <td>{grades(g)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t("sampleHeading")}</h2>
      <p>{t("sampleText", { floor: settings.sampleFloor })}</p>

      <h2>{t("scoreHeading")}</h2>
      <p>{t("scoreText")}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("componentColumn")}</th>
            <th scope="col">{t("weightColumn")}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{t("satisfaction")}</td>
            <td>{settings.weightSatisfaction}</td>
          </tr>
          <tr>
            <td>{t("complaints", { verify: settings.verifyDays, answer: settings.answerDays, close: settings.closeDays })}</td>
            <td>{settings.weightComplaints}</td>
          </tr>
          <tr>
            <td>{t("standards")}</td>
            <td>{settings.weightStandards}</td>
          </tr>
        </tbody>
      </table>
      <p>{t("substantiatedNote")}</p>

      <h2>{t("zonesHeading")}</h2>
      <p>{t("zonesText")}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("zoneColumn")}</th>
            <th scope="col">{t("rangeColumn")}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{zones("red")}</td>
            <td>
              {fmt(0)} – {fmt(settings.zoneRedMax)}
            </td>
          </tr>
          <tr>
            <td>{zones("yellow")}</td>
            <td>
              {fmt(settings.zoneRedMax + 0.01)} – {fmt(settings.zoneYellowMax)}
            </td>
          </tr>
          <tr>
            <td>{zones("green")}</td>
            <td>
              {fmt(settings.zoneYellowMax + 0.01)} – {fmt(100)}
            </td>
          </tr>
        </tbody>
      </table>
      <p className="muted">{t("inForce", { period: period.key })}</p>

      <h2>{t("publishHeading")}</h2>
      <p>{t("publishText")}</p>

      {/* BEGIN improvement plans (issue 13): the rule of lib/scoring/plans.ts */}
      <h2 id="rencana">{plans("heading")}</h2>
      <p>{plans("text")}</p>
      {/* END improvement plans */}
    </article>
  );
}
