/** `/mfa_factors/0/totp/secret` → `mfa_factors[0].totp.secret` (Auth0's path style). */
export function toAuth0Path(pointer: string, extra?: string): string {
  let path = ''
  if (pointer) {
    for (const raw of pointer.slice(1).split('/')) {
      const part = raw.replace(/~1/g, '/').replace(/~0/g, '~')
      if (/^\d+$/.test(part)) path += `[${part}]`
      else path += path ? `.${part}` : part
    }
  }
  if (extra !== undefined) path += path ? `.${extra}` : extra
  return path
}
