// The complaint form (domain.md section 2): GET shows it (?unit=<slug> preselects the unit,
// &response=<id> links the survey of the same visit), POST files the complaint and sends the
// citizen to its tracking page (303), or shows the form again with every typed value and
// per-field errors. Plain HTML from a route handler, like the survey: works without JavaScript.
import type { NextRequest } from "next/server";
import { fileComplaint, refusalMessage } from "@/lib/complaints/filing.server";
import { listActiveUnits } from "@/lib/units/units.server";
import { db } from "@/lib/db/db.server";
import { complaintForm, FOCUS_SUMMARY_SCRIPT } from "@/lib/complaints/page";
import { translateCodes } from "@/lib/http/api-errors";
import { requestLocale, translatorFor, type Translate } from "@/lib/i18n/translator.server";
import { deliverSoon } from "@/lib/notifications/outbox.server";
import { clientKey } from "@/lib/security/rate-limit.server";
import { htmlResponse } from "@/lib/html/response";
import { readForm, seeOther } from "@/lib/forms/read-form";
import { page } from "@/lib/html/layout";
import type { FormState } from "@/lib/forms/fields";
import { cityDay } from "@/lib/time/clock";
import { complaintFromForm, complaintSchema, FORM_NAME } from "@/lib/complaints/schema";
import { flatFieldErrors } from "@/lib/forms/translate";

// Only the fields of the form are echoed back into it.
const FIELDS = ["unit", "category", "description", "occurredOn", "staffName", "room", "name", "phone", "email", "anonymous", "response"] as const;

export async function GET(request: NextRequest) {
  const t = await translatorFor(requestLocale(request));
  const query = request.nextUrl.searchParams;
  const response = query.get("response") ?? "";
  const values = { unit: query.get("unit") ?? "", response: /^\d{1,12}$/.test(response) ? response : "" };
  return formPage(request, { values, errors: {} }, t, 200);
}

export async function POST(request: NextRequest) {
  const t = await translatorFor(requestLocale(request));
  const form = await readForm(request);
  if (form === null) return formPage(request, { values: {}, errors: {}, notice: t("complaints.form.tooLarge") }, t, 413);
  const values = Object.fromEntries(FIELDS.map((k) => [k, form[k] ?? ""]).filter(([, v]) => v !== "")) as Record<string, string>;
  // A bot filled the field people cannot see: store nothing, and do not tell it so.
  if (form.website) return seeOther("/lacak");

  const parsed = complaintSchema.safeParse(complaintFromForm(form));
  if (!parsed.success) {
    const codes = Object.fromEntries(Object.entries(flatFieldErrors(parsed.error)).map(([k, v]) => [FORM_NAME[k] ?? k, v]));
    return formPage(request, { values, errors: translateCodes(codes, t, "complaints.errors") }, t, 400);
  }
  const outcome = await fileComplaint(db, parsed.data, { clientKey: clientKey(request.headers) });
  if (outcome.ok) {
    deliverSoon(db);
    return seeOther(`/lacak/${outcome.trackingCode}?baru=1`);
  }
  if (outcome.reason === "unknown_unit") return formPage(request, { values, errors: { unit: [t("complaints.errors.unknownUnit")] } }, t, 400);
  // Only beyond the server's ceiling (a complaint beyond the per-network limit is held, not refused): say whom to call instead.
  return formPage(request, { values, errors: {}, notice: refusalMessage(outcome, t, "complaints.form.rateLimited") }, t, 429, {
    "Retry-After": String(outcome.retryAfterSeconds),
  });
}

async function formPage(request: NextRequest, state: FormState, t: Translate, status: number, headers: Record<string, string> = {}) {
  const locale = requestLocale(request);
  const units = await listActiveUnits();
  const body = page({
    locale,
    title: t("complaints.form.pageTitle"),
    description: t("complaints.form.description"),
    path: request.nextUrl.pathname + request.nextUrl.search,
    t,
    body: complaintForm(units, state, t, locale, cityDay(new Date())),
    script: FOCUS_SUMMARY_SCRIPT,
  });
  return htmlResponse(body, status, headers);
}
