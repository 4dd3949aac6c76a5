// 404 for unknown unit slugs (notFound() on /unit/<slug>) and for every unmatched URL.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("public.notFound");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/peringkat">{t("toLeaderboard")}</Link> · <Link href="/">{t("toHome")}</Link>
      </p>
    </>
  );
}
