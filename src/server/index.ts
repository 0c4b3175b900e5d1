/** The merchant's server half: creates Juspay sessions and verifies outcomes. Node 20+, built-ins only. */
export * from '../contract/index.js';
export {
  createSessionHandler,
  type ServerOrder,
  type SessionHandler,
  type SessionHandlerOptions,
} from './session-handler.js';
export {
  createStatusHandler,
  getOrderStatus,
  ORDER_STATUS_API_VERSION,
  type ExpectedOrder,
  type OrderStatus,
  type OrderStatusOptions,
  type StatusAnswer,
  type StatusHandler,
  type StatusHandlerOptions,
} from './order-status.js';
export { createWebhookHandler, type OrderEvent, type WebhookHandler, type WebhookHandlerOptions } from './webhook-handler.js';
export type { OnOrderSettled, SettledOrder, SettlementOptions, SettlementSource } from './settlement.js';
export { verifyOrder, type ExpectedPayment, type ReportedOrder, type Verification, type VerificationReason } from './verification.js';
export { signReturnUrlParams, verifyReturnUrlSignature, type ReturnUrlParams } from './signature.js';
export { createMemoryIdempotencyStore, StoreUnavailable, type Fence, type IdempotencyStore, type MemoryStoreOptions } from './store.js';
export { createRedisIdempotencyStore, type RedisClientLike, type RedisStoreOptions } from './redis-store.js';
export type { StoredResponse } from './idempotency.js';
export type { SharedOptions } from './fleet.js';
export { toNodeHandler, type NodeHandler, type NodeRequest } from './node-adapter.js';
export { JUSPAY_HOSTS, JuspayError, type JuspayConnection } from './juspay-connection.js';
export type { Logger } from './http.js';
