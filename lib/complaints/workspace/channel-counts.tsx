// The dashboard's complaints by channel for a period (issue 12): the web form and the API beside
// the complaints that heads and the Inspektorat record from calls, WhatsApp, visits, letters and
// SP4N-LAPOR!. City-wide for the secretariat and the Inspektorat, one unit for its head; counts
// only, never a case.
import { getTranslations } from "next-intl/server";
import { CHANNELS } from "@/lib/complaints/channels";
import { complaintCountsByChannel } from "@/lib/scores/read-model.server";
import { getComplaintCountsByChannel } from "@/lib/scores/cache.server";
import { db } from "@/lib/db/db.server";
import { WorkspaceTable } from "@/components/admin/workspace-table";

export async function ComplaintChannelsSection({ periodKey, unitId }: { periodKey: string; unitId?: number }) {
  const t = await getTranslations("complaintChannels");
  // The city's, cached per data version as the figures are; a head's one unit, read as it is.
  const byUnit = unitId ? await complaintCountsByChannel(db, periodKey, unitId) : await getComplaintCountsByChannel(periodKey);
  const totals = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<(typeof CHANNELS)[number], number>;
  for (const counts of byUnit.values()) for (const c of CHANNELS) totals[c] += counts[c];
  return (
    <section aria-labelledby="complaint-channels-heading">
      <h2 id="complaint-channels-heading">
        {t("public.byChannel")} ({periodKey})
      </h2>
      {/* One row: the channels are the columns. */}
      <WorkspaceTable
        id="complaint-channels"
        rows={[totals]}
        rowKey={() => "totals"}
        columns={CHANNELS.map((c) => ({ header: t(`channels.${c}`), cell: (row: typeof totals) => row[c], cellProps: { "data-channel": c } }))}
      />
    </section>
  );
}
