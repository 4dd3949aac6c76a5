// 404 for unknown unit slugs (notFound() on /unit/<slug>) and for every unmatched URL.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoticePage } from "@/components/notice-page";

export default async function NotFound() {
  const t = await getTranslations("public.notFound");
  return (
    <NoticePage title={t("title")} text={t("text")}>
      <Link href="/peringkat">{t("toLeaderboard")}</Link> · <Link href="/">{t("toHome")}</Link>
    </NoticePage>
  );
}
