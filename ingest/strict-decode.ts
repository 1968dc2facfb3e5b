/**
 * Strict decoding with the WHATWG TextDecoder (Node ships full ICU, so the legacy CJK
 * encodings are available): any malformed byte sequence makes the result null instead of
 * U+FFFD, which is what lets us *test* an encoding rather than assume it.
 * A byte-order mark matching the encoding is removed.
 */
export function decodeStrictly(bytes: Uint8Array, encodingLabel: string): string | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encodingLabel, { fatal: true });
  } catch {
    return null; // not an encoding label Node knows
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The WHATWG name of the encoding a label stands for ("gb2312" → "gbk", "latin1" → "windows-1252"),
 * or null for an unknown label. `replacement` and `x-user-defined` count as unknown: they
 * never decode text.
 */
export function resolveEncodingLabel(label: string): string | null {
  try {
    const name = new TextDecoder(label.trim()).encoding;
    return name === "replacement" || name === "x-user-defined" ? null : name;
  } catch {
    return null;
  }
}
