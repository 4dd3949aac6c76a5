// One wrapper for the workspace's export routes (/admin/ekspor/<table>): the caller needs
// export:read (401 anonymous, 403 otherwise), the query is read with lib/exports/query.ts (400 with
// its field codes), and the route gets the period, the optional unit, the format and the file's
// name; each answers with lib/exports/xlsx.server.ts (xlsxResponse, csvResponse, tableResponse).
import type { NextRequest } from "next/server";
import { z } from "zod";
import { authorizeApi, type CurrentUser } from "@/lib/auth/guards.server";
import { validationError } from "@/lib/http/api-errors";
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
    if (!parsed.success) return validationError(z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
    const period = exportPeriod(parsed.data.period);
    const { unit, format } = parsed.data;
    return handler({ user: auth.user, period, unit, format, fileName: (prefix) => `${prefix}-${period.key}${unit ? `-${unit}` : ""}` });
  };
}
