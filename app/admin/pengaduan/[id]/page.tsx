import type { Metadata } from "next";
import Link from "@/components/admin/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { publicBaseUrl } from "@/lib/http/base-url";
import { mailtoReply, replyLinks, replyMessage } from "@/lib/complaints/reply";
import { requirePermission } from "@/lib/auth/guards.server";
import { can } from "@/lib/auth/permissions";
import { caseScope } from "@/lib/complaints/reached";
import { caseUnitId, getCase } from "@/lib/complaints/cases.server";
import { CaseDetails, CaseNotices, CaseProgress, DuplicatesSection, NextSteps } from "@/lib/complaints/workspace/case-page";
import { db } from "@/lib/db/db.server";
import { stepAction } from "@/app/admin/pengaduan/actions";
import { closeDuplicateAction } from "@/app/admin/pengaduan/record-actions";
import { one } from "@/lib/http/search-params";
import { recordId } from "@/lib/http/record-id";
import { contactErasedAt } from "@/lib/privacy/erasure.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints.admin"))("title") };
}

export default async function CasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ dicatat?: string }> }) {
  const { id: raw } = await params;
  const justRecorded = one((await searchParams).dicatat) === "1";
  const from = `/admin/pengaduan/${encodeURIComponent(raw)}`;
  const signedIn = await requirePermission("complaint:read", { from });
  const id = recordId(raw) ?? 0; // 0 is no record
  const unitId = await caseUnitId(db, id);
  if (unitId === null) notFound();
  // Out of scope is refused before anything of the case is read (a unit head and another unit's case).
  if (!can(signedIn, "complaint:read", unitId)) forbidden();
  const c = await getCase(db, id, caseScope(signedIn));
  if (!c) notFound();
  const t = await getTranslations("complaints");
  const handles = can(signedIn, "complaint:handle", unitId);
  const trackingUrl = `${publicBaseUrl(await headers())}/lacak/${c.trackingCode}`;
  const message = replyMessage({ trackingCode: c.trackingCode, trackingUrl, unitName: c.unit.name, answer: c.publicAnswer });
  const reply = replyLinks(c.reporter?.phone, message);
  const mail = mailtoReply(c.reporter?.email, `Pengaduan ${c.trackingCode}`, message);
  const recorder = c.channel !== "web" && c.channel !== "api" ? c.events[0]?.actor?.name : null;
  // A reporter row with every field empty is an erased contact (anonymous cases have no row): say when.
  const erasedAt = c.reporter && !c.reporter.name && !c.reporter.phone && !c.reporter.email ? await contactErasedAt(db, c.id) : null;
  return (
    <div className="narrow">
      <h1>{t("admin.caseTitle", { code: c.trackingCode })}</h1>
      <p>
        <Link href="/admin/pengaduan">{t("admin.back")}</Link>
      </p>
      <CaseNotices c={c} justRecorded={justRecorded} />
      {c.possibleDuplicates.length > 0 && <DuplicatesSection c={c} handles={handles} closeDuplicate={closeDuplicateAction} />}
      <CaseDetails c={c} recorder={recorder} reply={reply} mail={mail} erasedAt={erasedAt} />
      <CaseProgress c={c} />
      {handles && <NextSteps c={c} step={stepAction} inspector={signedIn.role === "inspector"} />}
    </div>
  );
}
