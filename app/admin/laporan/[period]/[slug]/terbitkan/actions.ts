"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { failure, type ActionResult } from "@/lib/actions/result";
import { asForm, parseForm } from "@/lib/actions/parse-form.server";
import { requirePermission } from "@/lib/auth/guards.server";
import { IssueError, issueReport, ReportNotFoundError } from "@/lib/data/skm-report.server";
import { db } from "@/lib/db.server";
import { parsePeriod } from "@/lib/scoring/period";

const issueSchema = z.object({
  slug: z.string().trim().regex(/^[a-z0-9-]{1,80}$/, "invalid"),
  period: z.string().trim().refine((v) => parsePeriod(v) !== null, "period"),
  conclusion: z.string().trim().min(20, "required").max(8000, "tooLong"),
  note: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(1000, "tooLong").nullable()),
});

export async function issueReportAction(_p: ActionResult | null, form: FormData): Promise<ActionResult> {
  form = asForm(form); // a forged call may pass anything here
  const user = await requirePermission("plan:review");
  const parsed = await parseForm(issueSchema, form);
  if (parsed.error) return parsed.error;
  const t = await getTranslations("plans.report");
  try {
    const issued = await issueReport(db, parsed.data.slug, parsed.data.period, { conclusion: parsed.data.conclusion, note: parsed.data.note }, user.id);
    revalidatePath("/admin/laporan");
    return { ok: true, message: t("issuedOk", { version: issued.version }) };
  } catch (e) {
    if (e instanceof IssueError) return failure(t("issueNeedsPlan"));
    if (e instanceof ReportNotFoundError) return failure((await getTranslations("plans.errors"))("notFound"));
    throw e;
  }
}
