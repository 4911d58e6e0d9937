import {
  constants,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto'
import { Agent } from 'undici'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type Emulator, type EmulatorOptions, startEmulator } from '../emulator/server.ts'
import {
  assertionAudience,
  CLIENT_ASSERTION_ALGORITHMS,
  CLIENT_ASSERTION_TYPE,
  type ClientAssertionAlgorithm,
  normalizePem,
  PrivateKeyError,
  parseAssertionAlgorithm,
  privateKeyMaskParts,
  readPrivateKey,
  signClientAssertion,
} from '../src/auth0/client-assertion.js'
import { ManagementApi } from '../src/auth0/management-api.js'
import { ClientCredentialsTokens } from '../src/auth0/tokens.js'
import type { Transport } from '../src/http/transport.js'
import { Transport as RealTransport } from '../src/http/transport.js'
import { Deadline } from '../src/runtime/deadline.js'
import { silentLogger } from '../src/runtime/logger.js'
import { FakeClock } from './fake-clock.js'

let privateKey: KeyObject
let publicKey: KeyObject
let pkcs8: string
let pkcs1: string
let otherPkcs8: string

beforeAll(() => {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
  privateKey = pair.privateKey
  publicKey = pair.publicKey
  pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  pkcs1 = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
  otherPkcs8 = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString()
})

const NOW = Date.UTC(2026, 2, 1, 12, 0, 0)
const CLIENT = 'AbCdEf0123456789AbCdEf0123456789'

function decode(jwt: string): {
  header: Record<string, unknown>
  claims: Record<string, unknown>
  input: Buffer
  signature: Buffer
} {
  const [head, body, signature] = jwt.split('.') as [string, string, string]
  return {
    header: JSON.parse(Buffer.from(head, 'base64url').toString()),
    claims: JSON.parse(Buffer.from(body, 'base64url').toString()),
    input: Buffer.from(`${head}.${body}`),
    signature: Buffer.from(signature, 'base64url'),
  }
}

/** Checks a JWS signature with node:crypto directly, the way RFC 7518 defines each algorithm. */
function verifies(jwt: string, key: KeyObject, alg: ClientAssertionAlgorithm): boolean {
  const { input, signature } = decode(jwt)
  if (alg === 'PS256') {
    return verify(
      'sha256',
      input,
      { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
      signature,
    )
  }
  return verify(alg === 'RS384' ? 'sha384' : 'sha256', input, key, signature)
}

/** A JWT with any header and claims, signed RS256 (or not at all): for the emulator's refusals. */
function handMade(header: object, claims: object, key: KeyObject | undefined = privateKey): string {
  const head = Buffer.from(JSON.stringify(header)).toString('base64url')
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  const signature = key ? sign('sha256', Buffer.from(`${head}.${body}`), key) : Buffer.alloc(0)
  return `${head}.${body}.${signature.toString('base64url')}`
}

describe('signClientAssertion', () => {
  it.each(CLIENT_ASSERTION_ALGORITHMS)('signs %s so that crypto.verify accepts it', (alg) => {
    const jwt = signClientAssertion({
      clientId: CLIENT,
      audience: 'https://acme.eu.auth0.com/',
      privateKey,
      algorithm: alg,
      now: NOW,
    })
    expect(jwt).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
    expect(verifies(jwt, publicKey, alg)).toBe(true)
    const { header, claims, signature } = decode(jwt)
    expect(header).toEqual({ alg, typ: 'JWT' })
    expect(signature).toHaveLength(256)
    expect(claims).toEqual({
      iss: CLIENT,
      sub: CLIENT,
      aud: 'https://acme.eu.auth0.com/',
      jti: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
      iat: NOW / 1000,
      exp: NOW / 1000 + 60,
    })
  })

  it('uses the padding each algorithm names (PS256 is not PKCS#1 v1.5, RS384 not SHA-256)', () => {
    const options = { clientId: CLIENT, audience: 'https://a/', privateKey, now: NOW }
    const ps = signClientAssertion({ ...options, algorithm: 'PS256' })
    const rs384 = signClientAssertion({ ...options, algorithm: 'RS384' })
    expect(verifies(ps, publicKey, 'RS256')).toBe(false)
    expect(verifies(rs384, publicKey, 'RS256')).toBe(false)
    expect(verifies(ps, createPublicKey(otherPkcs8), 'PS256')).toBe(false)
  })

  it('gives every assertion a fresh jti and takes iat/exp from the time given', () => {
    const options = {
      clientId: CLIENT,
      audience: 'https://a/',
      privateKey,
      algorithm: 'RS256' as const,
    }
    const first = decode(signClientAssertion({ ...options, now: NOW })).claims
    const second = decode(signClientAssertion({ ...options, now: NOW + 1_999 })).claims
    expect(first.jti).not.toBe(second.jti)
    expect(second.iat).toBe(NOW / 1000 + 1)
    const third = decode(
      signClientAssertion({ ...options, now: NOW, jti: 'fixed', lifetimeSeconds: 120 }),
    ).claims
    expect(third).toMatchObject({ jti: 'fixed', exp: NOW / 1000 + 120 })
  })

  it('adds kid when given and accepts the key as PEM text', () => {
    const jwt = signClientAssertion({
      clientId: CLIENT,
      audience: 'https://a/',
      privateKey: pkcs1,
      algorithm: 'RS256',
      now: NOW,
      keyId: 'my-kid',
    })
    expect(decode(jwt).header).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'my-kid' })
    expect(verifies(jwt, publicKey, 'RS256')).toBe(true)
  })

  it('stays within Auth0 limits (assertion ≤ 2048 bytes) even with a 4096-bit key', () => {
    const big = generateKeyPairSync('rsa', { modulusLength: 4096 }).privateKey
    const jwt = signClientAssertion({
      clientId: CLIENT,
      audience: 'https://a-long-tenant-name.eu.auth0.com/',
      privateKey: big,
      algorithm: 'PS256',
      now: NOW,
    })
    expect(Buffer.byteLength(jwt)).toBeLessThanOrEqual(2048)
  })

  it('audience is the tenant origin with one trailing slash', () => {
    expect(assertionAudience('https://acme.eu.auth0.com')).toBe('https://acme.eu.auth0.com/')
    expect(assertionAudience('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080/')
  })
})

describe('readPrivateKey and normalizePem', () => {
  const variants: [string, () => string][] = [
    ['PKCS#8 as is', () => pkcs8],
    ['PKCS#1 (BEGIN RSA PRIVATE KEY)', () => pkcs1],
    ['literal \\n sequences', () => pkcs8.trim().replaceAll('\n', '\\n')],
    ['CRLF line ends', () => pkcs8.replaceAll('\n', '\r\n')],
    ['literal \\r\\n sequences', () => pkcs1.trim().replaceAll('\n', '\\r\\n')],
    ['indented lines (YAML block)', () => pkcs8.replaceAll('\n', '\n    ')],
    ['line breaks collapsed to spaces', () => pkcs8.trim().replaceAll('\n', ' ')],
    ['one line, no separators at all', () => pkcs8.trim().replaceAll('\n', '')],
    ['in double quotes', () => `"${pkcs8.trim().replaceAll('\n', '\\n')}"`],
    ['base64 of the PEM file', () => Buffer.from(pkcs8).toString('base64')],
  ]
  it.each(variants)('accepts %s', (_name, make) => {
    const read = readPrivateKey(make())
    expect(read.modulusBits).toBe(2048)
    expect(read.key.asymmetricKeyType).toBe('rsa')
    expect(createPublicKey(read.key).export({ type: 'spki', format: 'pem' })).toBe(
      publicKey.export({ type: 'spki', format: 'pem' }),
    )
    expect(read.pem).toMatch(/^-----BEGIN (RSA )?PRIVATE KEY-----\n/)
  })

  it('leaves a well-formed PEM as it was', () => {
    expect(normalizePem(pkcs8)).toBe(pkcs8)
  })

  const refusals: [string, () => string, RegExp][] = [
    ['arbitrary text', () => 'my-secret-value-not-a-key', /not a PEM private key/],
    [
      'a public key',
      () => publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      /public key/,
    ],
    [
      'a PKCS#1 public key',
      () => publicKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
      /public key/,
    ],
    [
      'a certificate',
      () => '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ\n-----END CERTIFICATE-----\n',
      /certificate/,
    ],
    [
      'an encrypted PKCS#8 key',
      () =>
        privateKey
          .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' })
          .toString(),
      /encrypted/,
    ],
    [
      'an encrypted PKCS#1 key',
      () =>
        privateKey
          .export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' })
          .toString(),
      /encrypted/,
    ],
    [
      'an EC key',
      () =>
        generateKeyPairSync('ec', { namedCurve: 'P-256' })
          .privateKey.export({ type: 'pkcs8', format: 'pem' })
          .toString(),
      /an EC key.*RSA/,
    ],
    [
      'an Ed25519 key',
      () =>
        generateKeyPairSync('ed25519')
          .privateKey.export({ type: 'pkcs8', format: 'pem' })
          .toString(),
      /ED25519 key/,
    ],
    [
      'an RSA-PSS-only key',
      () =>
        generateKeyPairSync('rsa-pss', { modulusLength: 2048 })
          .privateKey.export({ type: 'pkcs8', format: 'pem' })
          .toString(),
      /RSA-PSS-only/,
    ],
    [
      'a 1024-bit RSA key',
      () =>
        generateKeyPairSync('rsa', { modulusLength: 1024 })
          .privateKey.export({ type: 'pkcs8', format: 'pem' })
          .toString(),
      /1024-bit RSA key; use at least 2048 bits/,
    ],
    [
      'a truncated key',
      () => `${pkcs8.slice(0, 400)}\n-----END PRIVATE KEY-----\n`,
      /could not be read as a private key/,
    ],
  ]
  it.each(refusals)('refuses %s without echoing it', (_name, make, reason) => {
    const value = make()
    let error: unknown
    try {
      readPrivateKey(value)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(PrivateKeyError)
    const message = (error as Error).message
    expect(message).toMatch(reason)
    for (const line of value.split('\n')) {
      if (line.length >= 8 && !line.startsWith('-----')) expect(message).not.toContain(line)
    }
  })

  it('lists every base64 line of the key to mask, also for literal \\n input', () => {
    const lines = pkcs8.split('\n').filter((line) => line !== '' && !line.startsWith('-----'))
    for (const value of [
      pkcs8,
      pkcs8.trim().replaceAll('\n', '\\n'),
      pkcs8.replaceAll('\n', '\r\n'),
    ]) {
      const parts = privateKeyMaskParts(value)
      expect(parts).toContain(value)
      for (const line of lines) expect(parts).toContain(line)
      expect(parts.some((part) => part.startsWith('-----BEGIN PRIVATE KEY-----\n'))).toBe(true)
    }
    expect(privateKeyMaskParts('  ')).toEqual([])
  })

  it('reads client_assertion_alg in any letter case, and nothing else', () => {
    expect(parseAssertionAlgorithm('rs256')).toBe('RS256')
    expect(parseAssertionAlgorithm('Ps256')).toBe('PS256')
    expect(parseAssertionAlgorithm(' RS384 ')).toBe('RS384')
    for (const bad of ['HS256', 'RS512', 'ES256', 'none', '', 'RS 256']) {
      expect(parseAssertionAlgorithm(bad)).toBeUndefined()
    }
  })
})

// -------------------------------------------------------------------------------------------
// The emulator's token endpoint

let emulator: Emulator | undefined
afterEach(async () => {
  await emulator?.close()
  emulator = undefined
})

async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = await startEmulator({ clientPublicKey: publicKey, ...options })
  return emulator
}

async function tokenRequest(
  e: Emulator,
  fields: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${e.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      audience: `${e.url}/api/v2/`,
      ...fields,
    }).toString(),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

function assertionFields(
  e: Emulator,
  overrides: Partial<Parameters<typeof signClientAssertion>[0]> = {},
): Record<string, string> {
  return {
    client_id: e.clientId,
    client_assertion_type: CLIENT_ASSERTION_TYPE,
    client_assertion: signClientAssertion({
      clientId: e.clientId,
      audience: `${e.url}/`,
      privateKey,
      algorithm: 'RS256',
      now: Date.now(),
      ...overrides,
    }),
  }
}

describe('emulator /oauth/token with private-key JWT', () => {
  it.each(CLIENT_ASSERTION_ALGORITHMS)('issues a token for a good %s assertion', async (alg) => {
    const e = await start()
    const answer = await tokenRequest(e, assertionFields(e, { algorithm: alg }))
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    expect(answer.body.access_token).toEqual(expect.any(String))
    expect(e.stats.tokensIssued).toBe(1)
  })

  it('accepts the assertion without client_id in the form, and aud = the token endpoint', async () => {
    const e = await start()
    const { client_id: _omitted, ...fields } = assertionFields(e, {
      audience: `${e.url}/oauth/token`,
    })
    expect((await tokenRequest(e, fields)).status).toBe(200)
  })

  it('accepts a private KeyObject or PEM as the registered key, and either of two keys', async () => {
    const e = await start({
      clientPublicKey: [
        createPublicKey(otherPkcs8).export({ type: 'spki', format: 'pem' }).toString(),
        privateKey,
      ],
    })
    expect((await tokenRequest(e, assertionFields(e))).status).toBe(200)
    expect(
      (await tokenRequest(e, assertionFields(e, { privateKey: createPrivateKey(otherPkcs8) })))
        .status,
    ).toBe(200)
  })

  const now = () => Date.now()
  const refusals: [string, (e: Emulator) => Record<string, string>, RegExp][] = [
    [
      'a signature by another key',
      (e) => assertionFields(e, { privateKey: createPrivateKey(otherPkcs8) }),
      /signature/,
    ],
    [
      'another client id as iss/sub',
      (e) => assertionFields(e, { clientId: 'someone-else' }),
      /iss/,
    ],
    [
      'a form client_id that is not the assertion’s',
      (e) => ({ ...assertionFields(e), client_id: 'someone-else' }),
      /client_id|iss/,
    ],
    [
      'aud = the Management API',
      (e) => assertionFields(e, { audience: `${e.url}/api/v2/` }),
      /aud/,
    ],
    ['aud without trailing slash', (e) => assertionFields(e, { audience: e.url }), /aud/],
    [
      'an expired assertion',
      (e) => assertionFields(e, { now: now() - 120_000, lifetimeSeconds: 60 }),
      /expired/,
    ],
    ['iat in the future', (e) => assertionFields(e, { now: now() + 60_000 }), /iat/],
    ['a lifetime over 5 minutes', (e) => assertionFields(e, { lifetimeSeconds: 600 }), /lifetime/],
    [
      'alg HS256',
      (e) => ({
        ...assertionFields(e),
        client_assertion: handMade(
          { alg: 'HS256' },
          { iss: e.clientId, sub: e.clientId, aud: `${e.url}/`, jti: 'x', exp: 9e9 },
        ),
      }),
      /HS256.*not supported/,
    ],
    [
      'alg none',
      (e) => ({
        ...assertionFields(e),
        client_assertion: handMade(
          { alg: 'none' },
          { iss: e.clientId, sub: e.clientId, aud: `${e.url}/`, jti: 'y', exp: 9e9 },
          undefined,
        ),
      }),
      /not supported/,
    ],
    [
      'a header alg that lies (RS256 signature, PS256 header)',
      (e) => ({
        ...assertionFields(e),
        client_assertion: handMade(
          { alg: 'PS256' },
          {
            iss: e.clientId,
            sub: e.clientId,
            aud: `${e.url}/`,
            jti: 'z',
            iat: Math.floor(now() / 1000),
            exp: Math.floor(now() / 1000) + 60,
          },
        ),
      }),
      /signature/,
    ],
    [
      'no jti',
      (e) => ({
        ...assertionFields(e),
        client_assertion: handMade(
          { alg: 'RS256' },
          {
            iss: e.clientId,
            sub: e.clientId,
            aud: `${e.url}/`,
            iat: Math.floor(now() / 1000),
            exp: Math.floor(now() / 1000) + 60,
          },
        ),
      }),
      /jti/,
    ],
    ['not a JWT', (e) => ({ ...assertionFields(e), client_assertion: 'abc.def' }), /JWS|JWT/],
  ]
  it.each(refusals)('refuses %s with invalid_client', async (_name, fields, reason) => {
    const e = await start()
    const answer = await tokenRequest(e, fields(e))
    expect(answer.status).toBe(401)
    expect(answer.body.error).toBe('invalid_client')
    expect(String(answer.body.error_description)).toMatch(reason)
    expect(e.stats.tokensIssued).toBe(0)
  })

  it('refuses a jti used before', async () => {
    const e = await start()
    const fields = assertionFields(e)
    expect((await tokenRequest(e, fields)).status).toBe(200)
    const again = await tokenRequest(e, fields)
    expect(again.status).toBe(401)
    expect(again.body).toEqual({
      error: 'invalid_client',
      error_description: expect.stringMatching(/already been used/),
    })
  })

  it('refuses an alg other than the credential’s', async () => {
    const e = await start({ clientPublicKeyAlg: 'PS256' })
    const answer = await tokenRequest(e, assertionFields(e, { algorithm: 'RS256' }))
    expect(answer.status).toBe(401)
    expect(answer.body.error_description).toMatch(/does not match/)
    expect((await tokenRequest(e, assertionFields(e, { algorithm: 'PS256' }))).status).toBe(200)
  })

  it('refuses the client secret once the client uses private-key JWT', async () => {
    const e = await start()
    const answer = await tokenRequest(e, { client_id: e.clientId, client_secret: e.clientSecret })
    expect(answer.status).toBe(401)
    expect(answer.body.error).toBe('invalid_client')
  })

  it('refuses both a secret and an assertion, or a wrong assertion type', async () => {
    const e = await start({ clientAuthentication: 'any' })
    const both = await tokenRequest(e, { ...assertionFields(e), client_secret: e.clientSecret })
    expect(both.status).toBe(400)
    expect(both.body.error).toBe('invalid_request')
    const wrongType = await tokenRequest(e, {
      ...assertionFields(e),
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:saml2-bearer',
    })
    expect(wrongType.status).toBe(400)
    expect(e.tokenRejections).toHaveLength(2)
  })

  it("with 'any', both ways work", async () => {
    const e = await start({ clientAuthentication: 'any' })
    expect((await tokenRequest(e, assertionFields(e))).status).toBe(200)
    expect(
      (await tokenRequest(e, { client_id: e.clientId, client_secret: e.clientSecret })).status,
    ).toBe(200)
  })

  it('keeps client-secret authentication unchanged without a registered key', async () => {
    emulator = await startEmulator()
    const e = emulator
    expect(
      (await tokenRequest(e, { client_id: e.clientId, client_secret: e.clientSecret })).status,
    ).toBe(200)
    const wrong = await tokenRequest(e, { client_id: e.clientId, client_secret: 'nope' })
    expect(wrong).toEqual({
      status: 401,
      body: { error: 'access_denied', error_description: 'Unauthorized' },
    })
    const assertion = await tokenRequest(e, assertionFields(e))
    expect(assertion.status).toBe(401)
    expect(assertion.body.error).toBe('invalid_client')
  })
})

// -------------------------------------------------------------------------------------------
// ClientCredentialsTokens with a private key

describe('ClientCredentialsTokens with private-key JWT', () => {
  let dispatcher: Agent
  beforeAll(() => {
    dispatcher = new Agent()
  })
  afterAll(async () => {
    await dispatcher.close()
  })

  it.each(CLIENT_ASSERTION_ALGORITHMS)(
    'gets a token from the emulator with %s, masking the assertion',
    async (alg) => {
      const e = await start({ clientPublicKeyAlg: alg })
      const clock = new FakeClock()
      const transport = new RealTransport({
        dispatcher,
        clock,
        deadline: new Deadline(clock, 60_000),
        logger: silentLogger,
      })
      const masked: string[] = []
      const tokens = new ClientCredentialsTokens(
        e.url,
        {
          kind: 'private-key-jwt',
          clientId: e.clientId,
          privateKey: pkcs8,
          algorithm: alg,
          audience: `${e.url}/api/v2/`,
        },
        transport,
        clock,
        (secret) => masked.push(secret),
      )
      const id = e.createJob({ status: 'completed' })
      const api = new ManagementApi(e.url, transport, tokens, () => {})
      expect((await api.getJob(id)).id).toBe(id)
      expect(e.stats.tokensIssued).toBe(1)
      // The assertion first, then the access token.
      expect(masked).toHaveLength(2)
      expect(decode(masked[0] as string).header.alg).toBe(alg)
      e.expireTokens()
      expect((await api.getJob(id)).id).toBe(id)
      expect(e.stats.tokensIssued).toBe(2)
      expect(e.tokenRejections).toEqual([])
    },
  )

  it('signs a new assertion (new jti) for every attempt of the token request', async () => {
    const bodies: string[] = []
    const fake = {
      async send(options: { body?: () => unknown }) {
        bodies.push(String(await options.body?.()))
        bodies.push(String(await options.body?.()))
        return { status: 200, headers: {}, text: '{"access_token":"tok","expires_in":86400}' }
      },
    } as unknown as Transport
    const clock = new FakeClock()
    const tokens = new ClientCredentialsTokens(
      'https://acme.eu.auth0.com',
      {
        kind: 'private-key-jwt',
        clientId: CLIENT,
        privateKey: pkcs1,
        algorithm: 'PS256',
        audience: 'https://acme.eu.auth0.com/api/v2/',
      },
      fake,
      clock,
      () => {},
      () => NOW,
    )
    expect(await tokens.get()).toBe('tok')
    const forms = bodies.map((body) => new URLSearchParams(body))
    const [first, second] = forms as [URLSearchParams, URLSearchParams]
    expect(Object.fromEntries(first)).toEqual({
      grant_type: 'client_credentials',
      client_id: CLIENT,
      client_assertion_type: CLIENT_ASSERTION_TYPE,
      client_assertion: expect.any(String),
      audience: 'https://acme.eu.auth0.com/api/v2/',
    })
    const a = decode(first.get('client_assertion') as string)
    const b = decode(second.get('client_assertion') as string)
    expect(a.claims.jti).not.toBe(b.claims.jti)
    expect(a.claims).toMatchObject({
      iss: CLIENT,
      sub: CLIENT,
      aud: 'https://acme.eu.auth0.com/',
      iat: NOW / 1000,
      exp: NOW / 1000 + 60,
    })
    expect(verifies(first.get('client_assertion') as string, publicKey, 'PS256')).toBe(true)
  })

  it('says to check the key when Auth0 refuses the assertion', async () => {
    const e = await start()
    const clock = new FakeClock()
    const transport = new RealTransport({
      dispatcher,
      clock,
      deadline: new Deadline(clock, 60_000),
      logger: silentLogger,
    })
    const tokens = new ClientCredentialsTokens(
      e.url,
      {
        kind: 'private-key-jwt',
        clientId: e.clientId,
        privateKey: otherPkcs8,
        algorithm: 'RS256',
        audience: `${e.url}/api/v2/`,
      },
      transport,
      clock,
      () => {},
    )
    const error = await tokens.get().then(
      () => undefined,
      (caught: unknown) => caught as Error,
    )
    expect(error?.message).toMatch(
      /^Authentication failed: .*HTTP 401: Invalid client assertion signature/,
    )
    expect(error?.message).toContain('client_assertion_key')
    expect(error?.message).not.toContain('client_secret')
  })
})
