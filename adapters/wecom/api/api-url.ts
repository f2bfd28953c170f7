/** `${apiBase}/cgi-bin/${path}?…`, keeping any path prefix of the base (a fake may sit under one). */
export function apiUrl(apiBase: string, path: string, params: Record<string, string>): string {
  const url = new URL(`${apiBase.replace(/\/+$/, '')}/cgi-bin/${path}`);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}
