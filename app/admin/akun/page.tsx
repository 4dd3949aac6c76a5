import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSignedIn } from "@/lib/auth/guards.server";
import { ChangePasswordForm } from "@/components/admin/change-password-form";
import { ActionForm } from "@/components/admin/action-form";
import { db } from "@/lib/db/db.server";
import { locales, userLocale } from "@/lib/i18n/locales";
import { changePassword, savePreferences } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const user = await requireSignedIn("/admin/akun");
  const t = await getTranslations("account");
  const roles = await getTranslations("roles");
  const auth = await getTranslations("auth");
  const tp = await getTranslations("digest.preferences");
  const prefs = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { alertsOff: true, digestOff: true, language: true } });
  const languages = await getTranslations("digest.preferences.languages");
  return (
    <div className="narrow">
      <h1>{t("title")}</h1>
      <p>{t("signedInAs", { name: user.name, email: user.email })}</p>
      <dl>
        <dt>{t("role")}</dt>
        <dd>{roles(user.role)}</dd>
        {user.unitName && (
          <>
            <dt>{t("unit")}</dt>
            <dd>{user.unitName}</dd>
          </>
        )}
      </dl>
      <h2>{t("changePassword")}</h2>
      <ChangePasswordForm
        action={changePassword}
        labels={{
          currentPassword: t("currentPassword"),
          newPassword: t("newPassword"),
          newPasswordHint: t("newPasswordHint"),
          confirmPassword: t("confirmPassword"),
          save: t("save"),
          signInAgain: auth("signIn"),
        }}
      />
      <h2>{tp("heading")}</h2>
      <ActionForm
        id="preferences"
        action={savePreferences}
        submit={tp("save")}
        fields={[
          { name: "alertsOff", label: tp("alertsOff"), type: "checkbox", checked: prefs.alertsOff },
          { name: "digestOff", label: tp("digestOff"), type: "checkbox", checked: prefs.digestOff },
          {
            name: "language",
            label: tp("language"),
            type: "select",
            defaultValue: userLocale(prefs.language),
            options: locales.map((l) => ({ value: l, label: languages(l) })),
          },
        ]}
      />
    </div>
  );
}
