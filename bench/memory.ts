/** Resident memory of this or another process, in MB. Peak (VmHWM) comes from /proc and is Linux-only. */
import { existsSync, readFileSync } from 'node:fs';

export type MemoryReading = { rssMb: number; peakRssMb: number | null };

const MB = 1024 * 1024;

function procStatus(pid: number | 'self'): Record<string, number> | null {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return null;
  const fields: Record<string, number> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^(Vm\w+):\s+(\d+) kB/.exec(line);
    if (match) fields[match[1]] = Number(match[2]) / 1024;
  }
  return fields;
}

/** This process's RSS now and its peak since start. */
export function ownMemory(): MemoryReading {
  const status = procStatus('self');
  return { rssMb: process.memoryUsage().rss / MB, peakRssMb: status?.VmHWM ?? null };
}

/** Another process's RSS now and its peak since start; null when it is gone or /proc is absent. */
export function processMemory(pid: number): MemoryReading | null {
  try {
    const status = procStatus(pid);
    if (!status?.VmRSS) return null;
    return { rssMb: status.VmRSS, peakRssMb: status.VmHWM ?? null };
  } catch {
    return null; // exited between the check and the read
  }
}
