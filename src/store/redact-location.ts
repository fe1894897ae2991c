// Error messages end up in logs and terminals; a connection URL may carry a password.
export function redactPassword(location: string): string {
  return location.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}
