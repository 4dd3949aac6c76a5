// The administrator's warning that printed links point at localhost (issue 28): shown on every
// workspace page to admins while PUBLIC_BASE_URL (or NEXTAUTH_URL) is unset or names this machine.
import { getTranslations } from "next-intl/server";
import { publicAddressProblem } from "@/lib/http/public-address.mjs";

export async function PublicAddressBanner() {
  const problem = publicAddressProblem(process.env);
  if (!problem) return null;
  const t = await getTranslations("admin.publicAddress");
  return (
    <p className="flag flag-overdue" id="public-address-warning">
      {problem.problem === "unset" ? t("unset") : t("local", { setting: problem.setting, value: problem.value ?? "" })}
    </p>
  );
}
