import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/guards.server";
import { WorkspaceNav } from "@/components/admin/workspace-nav";
import { PublicAddressBanner } from "@/components/admin/public-address-banner";

export const metadata: Metadata = { robots: { index: false, follow: false } };

// The layout only draws the navigation; every page and action checks the role itself.
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      {user && <WorkspaceNav user={user} />}
      {user?.role === "admin" && <PublicAddressBanner />}
      {children}
    </>
  );
}
