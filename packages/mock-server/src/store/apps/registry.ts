// Apps registered for client credentials (private_key_jwt): hospital servers and kiosks, and third-party
// backends. Each app has a client id, a kind, its hospital (hospital apps only), its public keys (a JWKS)
// and its scopes. Two test apps are seeded with fixed client ids: one for the directory's first hospital
// and one third-party app; their key pairs are fresh per platform instance, like the hospital keys, and
// their private JWKs are handed to tests and the control API (a mock's test apps only, never a real app's).
import { generateKeyPairSync } from 'node:crypto';
import { PlatformError } from '../errors';
import { randomToken } from '../secrets';

export type AppKind = 'hospital' | 'third_party';

/** The one scope today: act for the app's hospital (what a hospital key opens). */
export const HOSPITAL_SCOPE = 'hospital';
const KNOWN_SCOPES: readonly string[] = [HOSPITAL_SCOPE];

export interface AppPublicJwk {
  kty: string;
  kid?: string;
  alg?: string;
  use?: string;
  [parameter: string]: unknown;
}

export interface RegisteredApp {
  clientId: string;
  kind: AppKind;
  /** The hospital a hospital app acts for; absent for third-party apps. */
  hospitalId?: string;
  name: string;
  keys: AppPublicJwk[];
  scopes: string[];
}

export interface AppRegistration {
  /** Default: a random `app_...` id. */
  clientId?: string;
  kind: AppKind;
  hospitalId?: string;
  name?: string;
  /** Public keys only (no `d`, no symmetric keys); each needs a distinct `kid` when there are several. */
  keys: AppPublicJwk[];
  /** Default: `hospital` for hospital apps, none for third-party apps. */
  scopes?: string[];
}

/** A seeded test app with its private key (a JWK), so tests can sign assertions as the app. */
export interface TestApp extends RegisteredApp {
  privateJwk: AppPublicJwk & { d: string };
  kid: string;
}

export const TEST_HOSPITAL_APP_ID = 'app_test_hospital';
export const TEST_THIRD_PARTY_APP_ID = 'app_test_third_party';

const PRIVATE_PARTS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'];

export class AppRegistry {
  private readonly apps = new Map<string, RegisteredApp>();
  private testApps: TestApp[] | undefined;

  constructor(
    private readonly hospitalExists: (hospitalId: string) => boolean,
    private readonly firstHospitalId: string,
  ) {}

  register(registration: AppRegistration): RegisteredApp {
    const clientId = registration.clientId ?? randomToken('app_', 16);
    if (!/^[A-Za-z0-9_.:-]{3,128}$/.test(clientId))
      throw new RangeError('clientId: 3-128 of A-Z a-z 0-9 _ . : -');
    if (this.lookup(clientId)) throw new RangeError(`An app ${clientId} is registered already`);
    if (registration.kind !== 'hospital' && registration.kind !== 'third_party') {
      throw new RangeError('kind must be hospital or third_party');
    }
    if (registration.kind === 'hospital') {
      if (!registration.hospitalId || !this.hospitalExists(registration.hospitalId)) {
        throw new RangeError('A hospital app needs the id of an existing hospital');
      }
    } else if (registration.hospitalId !== undefined) {
      throw new RangeError('A third-party app acts for no hospital');
    }
    const scopes = registration.scopes ?? (registration.kind === 'hospital' ? [HOSPITAL_SCOPE] : []);
    for (const scope of scopes) {
      if (!KNOWN_SCOPES.includes(scope)) throw new RangeError(`Unknown scope ${scope}`);
      if (scope === HOSPITAL_SCOPE && registration.kind !== 'hospital') {
        throw new RangeError('Only hospital apps may have the hospital scope');
      }
    }
    checkKeys(registration.keys);
    const app: RegisteredApp = {
      clientId,
      kind: registration.kind,
      ...(registration.hospitalId === undefined ? {} : { hospitalId: registration.hospitalId }),
      name: registration.name ?? clientId,
      keys: registration.keys.map((key) => ({ ...key })),
      scopes: [...scopes],
    };
    this.apps.set(clientId, app);
    return copyOf(app);
  }

  /** The registered app, or undefined. */
  get(clientId: string): RegisteredApp | undefined {
    const app = this.lookup(clientId);
    return app && copyOf(app);
  }

  /** The seeded test apps (keys made on first use: most platforms never need them). */
  seededTestApps(): TestApp[] {
    this.ensureTestApps();
    return (this.testApps ?? []).map((app) => ({
      ...copyOf(app),
      privateJwk: { ...app.privateJwk },
      kid: app.kid,
    }));
  }

  private lookup(clientId: string): RegisteredApp | undefined {
    if (clientId === TEST_HOSPITAL_APP_ID || clientId === TEST_THIRD_PARTY_APP_ID) this.ensureTestApps();
    return this.apps.get(clientId);
  }

  private ensureTestApps(): void {
    if (this.testApps !== undefined) return;
    this.testApps = [];
    const seeds: [string, AppKind, string | undefined, string][] = [
      [TEST_HOSPITAL_APP_ID, 'hospital', this.firstHospitalId, '测试医院自助机'],
      [TEST_THIRD_PARTY_APP_ID, 'third_party', undefined, '测试第三方应用'],
    ];
    for (const [clientId, kind, hospitalId, name] of seeds) {
      const { publicJwk, privateJwk } = generateEcJwks(`${clientId}-key-1`);
      const app = this.register({
        clientId,
        kind,
        ...(hospitalId ? { hospitalId } : {}),
        name,
        keys: [publicJwk],
      });
      this.testApps.push({ ...app, privateJwk, kid: publicJwk.kid ?? '' });
    }
  }
}

function copyOf(app: RegisteredApp): RegisteredApp {
  return { ...app, keys: app.keys.map((key) => ({ ...key })), scopes: [...app.scopes] };
}

function checkKeys(keys: AppPublicJwk[]): void {
  if (!Array.isArray(keys) || keys.length === 0) throw new RangeError('keys: at least one public JWK');
  const kids = new Set<string>();
  for (const key of keys) {
    if (typeof key !== 'object' || key === null || (key.kty !== 'EC' && key.kty !== 'RSA')) {
      throw new RangeError('keys: EC or RSA public JWKs only');
    }
    if (PRIVATE_PARTS.some((part) => part in key))
      throw new RangeError('keys: public keys only (no private parts)');
    if (keys.length > 1 && typeof key.kid !== 'string')
      throw new RangeError('keys: each needs a kid when there are several');
    if (typeof key.kid === 'string') {
      if (kids.has(key.kid)) throw new RangeError(`keys: kid ${key.kid} twice`);
      kids.add(key.kid);
    }
  }
}

/** A fresh P-256 pair as JWKs (node:crypto, synchronous). */
export function generateEcJwks(kid: string): {
  publicJwk: AppPublicJwk;
  privateJwk: AppPublicJwk & { d: string };
} {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicJwk: AppPublicJwk = {
    ...publicKey.export({ format: 'jwk' }),
    kid,
    alg: 'ES256',
    use: 'sig',
  } as AppPublicJwk;
  const exported = privateKey.export({ format: 'jwk' });
  if (typeof exported.d !== 'string') throw new Error('EC private key without d');
  return { publicJwk, privateJwk: { ...publicJwk, d: exported.d } };
}

/** For the token endpoint: an unknown client is an assertion problem like any other. */
export function requireApp(registry: AppRegistry, clientId: string): RegisteredApp {
  const app = registry.get(clientId);
  if (!app)
    throw new PlatformError('INVALID_CLIENT', {
      details: [{ field: 'client_assertion', issue: 'unknown_client' }],
    });
  return app;
}
