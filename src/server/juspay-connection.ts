/** How the server reaches Juspay: credentials and which host. */
export interface JuspayConnection {
  apiKey: string;
  merchantId: string;
  /** Overrides `environment`, e.g. to point at the Juspay double. */
  baseUrl?: string;
  environment?: 'sandbox' | 'production';
}

export const JUSPAY_HOSTS = {
  sandbox: 'https://sandbox.juspay.in',
  production: 'https://api.juspay.in',
} as const;

export function resolveBaseUrl(connection: JuspayConnection): string {
  return (connection.baseUrl ?? JUSPAY_HOSTS[connection.environment ?? 'sandbox']).replace(/\/+$/, '');
}

/** The headers every Juspay server-to-server call carries. */
export function juspayHeaders(connection: JuspayConnection, routingId: string): Record<string, string> {
  return {
    Authorization: `Basic ${Buffer.from(`${connection.apiKey}:`).toString('base64')}`,
    'x-merchantid': connection.merchantId,
    'x-routing-id': routingId,
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
}
