// undici's own modules (src/http/undici.ts gives them undici's types).
declare module 'undici/lib/dispatcher/agent.js' {
  const Agent: unknown
  export default Agent
}
declare module 'undici/lib/dispatcher/dispatcher.js' {
  const Dispatcher: unknown
  export default Dispatcher
}
declare module 'undici/lib/dispatcher/proxy-agent.js' {
  const ProxyAgent: unknown
  export default ProxyAgent
}
declare module 'undici/lib/api/index.js' {
  const api: object
  export default api
}
