import { getLocale, getTranslations } from "next-intl/server";
import { listActiveUnits } from "@/lib/data/units.server";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const t = await getTranslations("home");
  const locale = await getLocale();
  const units = await listActiveUnits();
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2>{t("unitsHeading")}</h2>
      <p className="muted">{t("unitsCount", { count: units.length })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("type")}</th>
            <th scope="col">{t("kecamatan")}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.id}>
              <td>{unit.name}</td>
              <td>{locale === "en" ? unit.type.nameEn : unit.type.nameId}</td>
              <td>{unit.kecamatan?.name ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
