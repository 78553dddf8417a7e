export type ElectronRuntime = { available: true; path: string } | { available: false; reason: string };
export function findElectronRuntime(): ElectronRuntime;
