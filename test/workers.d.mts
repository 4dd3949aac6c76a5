export const INTEGRATION_WORKERS: number;
