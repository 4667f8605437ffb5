import { type Logger, pino } from 'pino';

/**
 * Structured JSON logs on stderr, so stdout stays clean for answers and --json output.
 * Token-bearing fields are redacted wherever they appear.
 */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: { app: 'career-bot' },
      redact: {
        paths: [
          'token',
          '*.token',
          'botToken',
          '*.botToken',
          'appToken',
          '*.appToken',
          'apiKey',
          '*.apiKey',
          'signingSecret',
          '*.signingSecret',
          'headers.authorization',
          '*.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}
