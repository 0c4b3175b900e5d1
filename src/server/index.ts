/** The merchant's server half: creates Juspay sessions and verifies outcomes. Node 20+. */
export * from '../contract/index.js';
export { createSessionHandler, type SessionHandler, type SessionHandlerOptions } from './session-handler.js';
export { toNodeHandler, type NodeHandler } from './node-adapter.js';
export { JUSPAY_HOSTS, type JuspayConnection } from './juspay-connection.js';
