/** One line a person can act on for an adapter that failed to start, whatever the library threw. */
export function startupReason(adapter: string, err: unknown): string {
  const e = err as { code?: string; data?: { error?: string }; original?: { code?: string; message?: string } };
  const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
  if (adapter === 'slack') {
    if (e.code === 'slack_webapi_platform_error' && e.data?.error)
      return `Slack rejected the app's credentials (${e.data.error}): check SLACK_BOT_TOKEN and SLACK_APP_TOKEN`;
    if (e.code === 'slack_webapi_request_error' || e.code === 'slack_webapi_http_error')
      return `cannot reach the Slack API (${e.original?.code ?? e.original?.message ?? message}): check the network or SLACK_API_URL`;
  }
  if (adapter === 'discord') {
    if (e.code === 'TokenInvalid') return 'Discord rejected DISCORD_TOKEN: copy the token again from the Bot page';
    if (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|fetch failed/.test(message))
      return `cannot reach Discord (${message}): check the network or DISCORD_API_URL`;
  }
  const code = (err as { code?: unknown }).code;
  if (code === 'EADDRINUSE' || code === 'EACCES')
    return `cannot listen on the port (${message}): set PORT to a free port`;
  return message;
}
