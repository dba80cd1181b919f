/**
 * SQLite's column affinity rules (https://sqlite.org/datatype3.html §3.1), for the one question the
 * server asks: does a column's declared type make every number in it a REAL? A REAL-affinity column
 * stores whole numbers as REAL, so `1.0` read back is a float even though JavaScript sees `1`.
 */
export function hasRealAffinity(declaredType: string | null | undefined): boolean {
  if (!declaredType) return false;
  const t = declaredType.toUpperCase();
  if (t.includes("INT")) return false; // rule 1 wins over the others
  if (t.includes("CHAR") || t.includes("CLOB") || t.includes("TEXT")) return false;
  return t.includes("REAL") || t.includes("FLOA") || t.includes("DOUB");
}
