// One wrapper for the workspace's export routes (/admin/ekspor/<table>): the caller needs
// export:read (401 anonymous, 403 otherwise), the query is read with lib/exports/query.ts (400 with
// its field codes), and the route gets the period, the optional unit, the format and the file's
// name; each answers with lib/exports/xlsx.server.ts (xlsxResponse, csvResponse, tableResponse).
import type { NextRequest } from "next/server";
import { z } from "zod";
import { authorizeApi, type CurrentUser } from "@/lib/auth/guards.server";
import { validationError } from "@/lib/http/api-errors";
import { seeOther } from "@/lib/forms/read-form";
import { exportPeriod, exportQuerySchema } from "@/lib/exports/query";

export type ExportRequest = {
  user: CurrentUser;
  period: ReturnType<typeof exportPeriod>;
  /** The unit slug asked for, if any (a unit head's scope still applies: unitScope). */
  unit: string | undefined;
  format: "csv" | "xlsx";
  /** The file's name without extension: `<prefix>-<period>[-<unit>]`. */
  fileName: (prefix: string) => string;
};

export function exportRoute(handler: (request: ExportRequest) => Promise<Response>): (request: NextRequest) => Promise<Response> {
  return async (request) => {
    const auth = await authorizeApi("export:read");
    if (auth.response) return auth.response;
    const parsed = exportQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
    if (!parsed.success) {
      const fields = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
      // A person's browser (the export page's form) goes back to the page, which says what is wrong
      // next to the field in their language; a script keeps the JSON 400.
      if (wantsHtml(request)) return seeOther(exportPageWithErrors(request.nextUrl, Object.keys(fields)));
      return validationError(fields);
    }
    const period = exportPeriod(parsed.data.period);
    const { unit, format } = parsed.data;
    return handler({ user: auth.user, period, unit, format, fileName: (prefix) => `${prefix}-${period.key}${unit ? `-${unit}` : ""}` });
  };
}

function wantsHtml(request: Request): boolean {
  return /\btext\/html\b/.test(request.headers.get("accept") ?? "");
}

/** `/admin/ekspor` with what was sent and the fields in error, for the page to show them at the right form (`kind`: the export's last path segment). */
export function exportPageWithErrors(url: URL, fields: string[]): string {
  const kind = url.pathname.split("/").filter(Boolean).pop() ?? "";
  const query = new URLSearchParams({ kind, error: fields.join(",") });
  for (const name of ["period", "unit"]) {
    const value = url.searchParams.get(name);
    if (value) query.set(name, value.slice(0, 40));
  }
  return `/admin/ekspor?${query}#${kind}-heading`;
}
