// npm run admin:create -- --email someone@city.go.id --name "Full Name"
// Creates the first admin (or resets an existing user to admin with a new password). The password
// comes from ADMIN_PASSWORD or is asked for on the terminal; it is hashed with argon2id.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { z } from "zod";
import { createDb } from "@/lib/db/db.server";
import { hashPassword } from "@/lib/auth/password.server";
import { recordAudit } from "@/lib/audit/log.server";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/schema";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
const input = z.object({ email: z.string().trim().toLowerCase().email(), name: z.string().trim().min(1).max(200) }).safeParse(values);
if (!input.success) {
  console.error('usage: npm run admin:create -- --email someone@example.go.id --name "Full Name"');
  process.exit(2);
}
let password = process.env.ADMIN_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question(`Password for ${input.data.email} (at least ${MIN_PASSWORD_LENGTH} characters): `);
  rl.close();
}
if (password.length < MIN_PASSWORD_LENGTH) {
  console.error(`The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  process.exit(2);
}

const { db } = createDb();
try {
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    const saved = await tx.user.upsert({
      where: { email: input.data.email },
      create: { email: input.data.email, name: input.data.name, role: "admin", passwordHash },
      update: { name: input.data.name, role: "admin", unitId: null, active: true, passwordHash, passwordChangedAt: new Date() },
    });
    await recordAudit(tx, { actorId: null, action: "user.create-admin", entity: "user", entityId: saved.id, after: { email: saved.email, role: saved.role } });
    return saved;
  });
  console.log(`admin ${user.email} is ready (user id ${user.id})`);
} finally {
  await db.$disconnect();
}
