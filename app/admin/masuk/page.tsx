import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/guards.server";
import { safeLocalPath } from "@/lib/http/safe-path";
import { SignInForm } from "@/components/admin/sign-in-form";
import { one } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle"), robots: { index: false } };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeLocalPath(one((await searchParams).next), "/admin");
  if (await getCurrentUser()) redirect(next);
  const t = await getTranslations("auth");
  return (
    <div className="narrow">
      <h1>{t("signInTitle")}</h1>
      <p>{t("signInIntro")}</p>
      <SignInForm
        next={next}
        labels={{
          email: t("email"),
          password: t("password"),
          signIn: t("signIn"),
          signingIn: t("signingIn"),
          errors: { invalid: t("errors.invalid"), rate_limited: t("errors.rate_limited"), generic: t("errors.generic") },
        }}
      />
    </div>
  );
}
