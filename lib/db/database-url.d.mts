export declare function dataDir(): string;
export declare function resolveDatabase(env?: NodeJS.ProcessEnv): { provider: "sqlite" | "postgresql"; url: string; file?: string };
export declare const prismaPaths: Record<"sqlite" | "postgresql", { schema: string; migrations: string }>;
