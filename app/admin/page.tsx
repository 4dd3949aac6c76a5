import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSignedIn } from "@/lib/auth/guards.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("workspace"))("title") };
}

export default async function WorkspaceHome() {
  const user = await requireSignedIn("/admin");
  const t = await getTranslations("workspace");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("welcome", { name: user.name })}</p>
    </>
  );
}
