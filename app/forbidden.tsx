import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("auth");
  return (
    <>
      <h1>{t("forbiddenTitle")}</h1>
      <p>{t("forbiddenText")}</p>
      <p>
        <Link href="/admin">{t("backToWorkspace")}</Link>
      </p>
    </>
  );
}
