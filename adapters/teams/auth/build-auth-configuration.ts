import { AuthType, getAuthConfigWithDefaults, type AuthConfiguration } from '@microsoft/agents-hosting';

/** The Azure Bot registration, as casebot's config carries it (MICROSOFT_APP_* env vars). */
export interface TeamsCredentials {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  /** `MultiTenant` (default), `SingleTenant` or `UserAssignedMSI`, as in the Azure Bot registration. */
  appType?: string;
  /** Entra authority override (sovereign clouds, tests); default login.microsoftonline.com. */
  authorityEndpoint?: string;
}

/**
 * Maps the Bot Framework app type to the Agents SDK's auth type. MultiTenant leaves the tenant
 * unset, so tokens come from the `botframework.com` tenant as with botbuilder; SingleTenant
 * uses the registration's tenant; a user-assigned managed identity needs no password.
 */
function authTypeFor(appType: string | undefined): AuthType {
  return appType?.toLowerCase() === 'userassignedmsi' ? AuthType.UserManagedIdentity : AuthType.ClientSecret;
}

/**
 * Builds the SDK's auth configuration from our config, never from the SDK's own env lookup:
 * every key is set explicitly (undefined included) so stray `clientId`/`tenantId` env vars
 * cannot switch authentication on or off behind casebot's back.
 * With no app id the result is anonymous: inbound tokens are not required (local use only).
 */
export function buildAuthConfiguration(credentials: TeamsCredentials): AuthConfiguration {
  const appId = credentials.appId?.trim() || undefined;
  const multiTenant = !credentials.appType || credentials.appType.toLowerCase() === 'multitenant';
  return getAuthConfigWithDefaults({
    clientId: appId,
    clientSecret: credentials.appPassword || undefined,
    tenantId: multiTenant ? undefined : credentials.tenantId || undefined,
    authType: appId ? authTypeFor(credentials.appType) : undefined,
    authorityEndpoint: credentials.authorityEndpoint,
  });
}
