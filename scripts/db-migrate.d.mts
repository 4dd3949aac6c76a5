export declare function migrate(env?: NodeJS.ProcessEnv): Promise<{ db: { provider: "sqlite" | "postgresql"; url: string; file?: string }; applied: string[] }>;
