export declare function publicAddressProblem(
  env: Record<string, string | undefined>,
): { problem: "unset" | "local"; setting: "PUBLIC_BASE_URL" | "NEXTAUTH_URL"; value: string | null } | null;
