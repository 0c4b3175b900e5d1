export * from './events.js';
export * from '../errors/checkout-error.js';
