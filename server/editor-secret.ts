/**
 * The secret editors sign in with: PARALLAX_EDITOR_SECRET. In production (`next start`,
 * NODE_ENV=production) there is no default, and without it editing is switched off with a
 * message saying so; in development (`next dev`) and tests a documented default stands in,
 * so that a fresh checkout can try the editor. (No `server-only` marker, for its unit test.)
 */
export const DEVELOPMENT_EDITOR_SECRET = "parallax-development-secret";

export const EDITING_OFF_MESSAGE =
  "editing is switched off: this server was started without PARALLAX_EDITOR_SECRET (set it to a long random secret and restart)";

export function resolveEditorSecret(env: Record<string, string | undefined>): { secret: string } | { refused: string } {
  const configured = env.PARALLAX_EDITOR_SECRET;
  if (configured !== undefined && configured !== "") return { secret: configured };
  if (env.NODE_ENV === "production") return { refused: EDITING_OFF_MESSAGE };
  return { secret: DEVELOPMENT_EDITOR_SECRET };
}
