/** The compiled server (scripts/build-server.mjs), run with plain node from the project folder. */
export declare const SERVER_ENTRY: string;
export declare function buildServer(): Promise<void>;
