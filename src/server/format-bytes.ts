/** Datasette's format_bytes: 1024-based units, "512 bytes", "1.5 KB", "1.0 MB". */
export function formatBytes(bytes: number): string {
  let current = Number(bytes);
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let unit = units[0]!;
  for (unit of units) {
    if (current < 1024) break;
    current /= 1024;
  }
  return unit === "bytes" ? `${Math.trunc(current)} ${unit}` : `${current.toFixed(1)} ${unit}`;
}
