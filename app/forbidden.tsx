import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoticePage } from "@/components/notice-page";

export default async function Forbidden() {
  const t = await getTranslations("auth");
  return (
    <NoticePage title={t("forbiddenTitle")} text={t("forbiddenText")}>
      <Link href="/admin">{t("backToWorkspace")}</Link>
    </NoticePage>
  );
}
