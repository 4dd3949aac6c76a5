// next-auth configuration: email + password (argon2id), JWT sessions in a signed cookie (no
// server-side session state, so any instance can serve any request), 8-hour sessions, failed
// sign-ins rate-limited per account and per client in the database.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db/db.server";
import { clientKey, consume, isExhausted, reset } from "@/lib/security/rate-limit.server";
import { verifyPassword } from "./password.server";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** Failed sign-ins allowed per account and per client address in 15 minutes. */
export const SIGN_IN_LIMIT = { points: Number(process.env.SIGN_IN_RATE_LIMIT ?? 10), durationSeconds: 15 * 60 };

/** Error codes that the sign-in page translates. */
export const SIGN_IN_ERRORS = { invalid: "invalid", rateLimited: "rate_limited" } as const;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/admin/masuk" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) throw new Error(SIGN_IN_ERRORS.invalid);
        const { email, password } = parsed.data;
        const client = clientKey(new Headers(request?.headers as Record<string, string> | undefined));
        // Only failures are counted, and an exhausted limit refuses even the right password,
        // so that guessing cannot go on until it succeeds.
        const [accountBlocked, clientBlocked] = await Promise.all([
          isExhausted("sign-in-account", email, SIGN_IN_LIMIT),
          isExhausted("sign-in-client", client, SIGN_IN_LIMIT),
        ]);
        if (accountBlocked || clientBlocked) throw new Error(SIGN_IN_ERRORS.rateLimited);
        const user = await db.user.findUnique({ where: { email } });
        const ok = !!user && user.active && (await verifyPassword(user.passwordHash, password));
        if (!ok || !user) {
          await Promise.all([consume("sign-in-account", email, SIGN_IN_LIMIT), consume("sign-in-client", client, SIGN_IN_LIMIT)]);
          throw new Error(SIGN_IN_ERRORS.invalid);
        }
        await reset("sign-in-account", email, SIGN_IN_LIMIT);
        return { id: String(user.id), email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.uid = Number(user.id);
      return token;
    },
    async session({ session, token }) {
      // The guard reloads the user from the database on every request; the session only says
      // who signed in and when (to void sessions issued before a password change).
      return { ...session, uid: token.uid as number | undefined, issuedAt: token.iat as number | undefined };
    },
  },
};
