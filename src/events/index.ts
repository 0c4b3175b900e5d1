export * from './events.js';
export * from './checkout-error.js';
