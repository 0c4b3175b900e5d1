import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
// Registers <juspay-session-checkout> before Angular renders it.
import 'juspay-session-checkout';
import { CheckoutComponent } from './app.component.js';

bootstrapApplication(CheckoutComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));
