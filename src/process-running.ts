/**
 * Whether a process of this machine still runs: what lets a starting process remove the temporary
 * folders (an export's staging, a server's in-memory databases) that a killed one left behind, and
 * never a live one's.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user. Only "no such process" means it is gone.
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}
