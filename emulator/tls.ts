/**
 * A certificate authority and a server certificate for 127.0.0.1/localhost, made at start with
 * node:crypto alone. Node can make keys and signatures but not X.509 certificates, so the few
 * DER structures a certificate needs are encoded here (RFC 5280): no openssl binary, no package.
 */
import { generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto'

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n])
  const bytes: number[] = []
  for (let rest = n; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content)
  return Buffer.concat([Buffer.from([tag]), length(body.length), body])
}

const sequence = (...parts: Buffer[]): Buffer => tlv(0x30, ...parts)
const explicit = (n: number, ...parts: Buffer[]): Buffer => tlv(0xa0 | n, ...parts)
const octets = (value: Buffer): Buffer => tlv(0x04, value)
const TRUE = tlv(0x01, Buffer.from([0xff]))

function integer(value: Buffer): Buffer {
  const positive = (value[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), value]) : value
  return tlv(0x02, positive)
}

function bits(value: Buffer, unused = 0): Buffer {
  return tlv(0x03, Buffer.from([unused]), value)
}

function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number)
  const bytes = [first * 40 + second]
  for (const arc of rest) {
    const chunk = [arc & 0x7f]
    for (let v = arc >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80)
    bytes.push(...chunk)
  }
  return tlv(0x06, Buffer.from(bytes))
}

function commonName(name: string): Buffer {
  return sequence(tlv(0x31, sequence(oid('2.5.4.3'), tlv(0x0c, Buffer.from(name)))))
}

function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14)
  return tlv(0x17, Buffer.from(`${iso.slice(2)}Z`))
}

function extension(id: string, value: Buffer, critical = false): Buffer {
  return critical ? sequence(oid(id), TRUE, octets(value)) : sequence(oid(id), octets(value))
}

const ECDSA_SHA256 = sequence(oid('1.2.840.10045.4.3.2'))

interface Made {
  pem: string
  key: KeyObject
}

function certificate(
  subject: string,
  issuer: { name: string; key: KeyObject },
  publicKey: KeyObject,
  extensions: Buffer[],
): string {
  const now = Date.now()
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))),
    integer(randomBytes(12)),
    ECDSA_SHA256,
    commonName(issuer.name),
    sequence(time(new Date(now - 3_600_000)), time(new Date(now + 30 * 86_400_000))),
    commonName(subject),
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, sequence(...extensions)),
  )
  const signature = sign('sha256', tbs, { key: issuer.key, dsaEncoding: 'der' })
  const der = sequence(tbs, ECDSA_SHA256, bits(signature))
  const lines = der.toString('base64').match(/.{1,64}/g) ?? []
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`
}

export interface ServerCertificate {
  /** PEM of the CA to trust (NODE_EXTRA_CA_CERTS). */
  ca: string
  /** PEM chain for the server: its certificate, then the CA's. */
  cert: string
  /** PEM of the server's private key. */
  key: string
}

/** A fresh CA and a certificate it signed for 127.0.0.1 and localhost (valid 30 days). */
export function makeServerCertificate(): ServerCertificate {
  const ec = { namedCurve: 'prime256v1' } as const
  const caKeys = generateKeyPairSync('ec', ec)
  const caName = 'Auth0 emulator test CA'
  const ca: Made = {
    key: caKeys.privateKey,
    pem: certificate(caName, { name: caName, key: caKeys.privateKey }, caKeys.publicKey, [
      extension('2.5.29.19', sequence(TRUE), true),
      // keyCertSign and cRLSign.
      extension('2.5.29.15', bits(Buffer.from([0x06]), 1), true),
    ]),
  }
  const serverKeys = generateKeyPairSync('ec', ec)
  const altNames = sequence(
    tlv(0x82, Buffer.from('localhost')),
    tlv(0x87, Buffer.from([127, 0, 0, 1])),
  )
  const server = certificate('127.0.0.1', { name: caName, key: ca.key }, serverKeys.publicKey, [
    extension('2.5.29.19', sequence(), true),
    // digitalSignature.
    extension('2.5.29.15', bits(Buffer.from([0x80]), 7), true),
    extension('2.5.29.37', sequence(oid('1.3.6.1.5.5.7.3.1'))),
    extension('2.5.29.17', altNames),
  ])
  return {
    ca: ca.pem,
    cert: server + ca.pem,
    key: serverKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  }
}
