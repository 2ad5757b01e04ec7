// A small REST client for postcopyd, shared by postcopyctl and the demo. Errors
// come back as ApiError with the daemon's stable code.
export class ApiError extends Error {
  readonly code: string
  readonly status: number
  constructor (status: number, code: string, message: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
  }
}

export class Client {
  readonly base: string
  #token: string

  constructor (base: string, token = '') {
    this.base = base.replace(/\/+$/, '')
    this.#token = token
  }

  async request<T> (method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {}
    if (this.#token !== '') headers.authorization = `Bearer ${this.#token}`
    if (body !== undefined) headers['content-type'] = 'application/json'
    let res: Response
    try {
      res = await fetch(this.base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    } catch (err) {
      const cause = (err as { cause?: { code?: string, message?: string } }).cause
      throw new ApiError(0, 'PCD_ERR_CLIENT_UNREACHABLE', `cannot reach postcopyd at ${this.base}: ${cause?.code ?? cause?.message ?? (err as Error).message}`)
    }
    const text = await res.text()
    let parsed: unknown
    try { parsed = text === '' ? undefined : JSON.parse(text) } catch {
      throw new ApiError(res.status, 'PCD_ERR_CLIENT_BAD_RESPONSE', `${this.base} answered ${res.status} with a body that is not JSON`)
    }
    if (!res.ok) {
      const e = (parsed ?? {}) as { code?: string, message?: string }
      throw new ApiError(res.status, e.code ?? `HTTP_${res.status}`, e.message ?? res.statusText)
    }
    return parsed as T
  }

  get<T> (path: string): Promise<T> { return this.request<T>('GET', path) }
  post<T> (path: string, body: unknown): Promise<T> { return this.request<T>('POST', path, body) }
  delete<T> (path: string): Promise<T> { return this.request<T>('DELETE', path) }
}
