/**
 * Removes credentials from text before it reaches a log line or an error message:
 * Authorization values, and query or form fields that carry secrets.
 */
const SECRET_FIELDS =
  /\b(access_token|token|code|client_secret|api_key|apikey|refresh_token|password|state|key|sig|signature|secret)=([^&\s#]+)/gi;
// Prose such as "a Bearer token must be provided" names the scheme, not a credential.
const AUTH_VALUES = /\b(Bearer|APIKey|ApiKey|DeveloperKey)\s+(?![Tt]okens?(?:[\s,.;:!?)]|$))[^\s,"']+/g;
// The management API puts API keys in paths (`/meta/applications/<id>/apikeys/<key>`).
const KEY_SEGMENTS = /(\/apikeys\/)[^/?#\s]+/gi;

/** Text with credentials replaced by `[redacted]`. */
export function redact(text: string): string {
  return text
    .replace(AUTH_VALUES, "$1 [redacted]")
    .replace(SECRET_FIELDS, "$1=[redacted]")
    .replace(KEY_SEGMENTS, "$1[redacted]");
}

/**
 * Text with every occurrence of the given secrets (a client's own token or API key) replaced by
 * `[redacted]`, wherever they appear: a server may echo a credential without the word Bearer.
 */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets)
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join("[redacted]");
  return out;
}

/** Headers safe to log: the Authorization header and any other credential header hidden. */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [name, value] of entries) {
    out[name] = /^(authorization|cookie|x-api-key)$/i.test(name) ? "[redacted]" : redact(value);
  }
  return out;
}
