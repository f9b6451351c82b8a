// Every operation the platform implements, by domain. Each must be an operation of the contract; the
// platform derives its msw method and path from the contract, so the two cannot drift apart.
import type { OperationDefinition } from '../http/operation';
import { appointmentOperations } from './appointments';
import { authOperations } from './auth';
import { billOperations } from './bills';
import { bookingOperations } from './booking';
import { cardOperations } from './cards';
import { holdOperations } from './holds';
import { hospitalOperations } from './hospitals';
import { oauthOperations } from './oauth';
import { paymentOperations } from './payments';
import { reportOperations } from './reports';
import { webhookOperations } from './webhooks';

export const operationDefinitions: readonly OperationDefinition[] = [
  ...authOperations,
  ...oauthOperations,
  ...cardOperations,
  ...hospitalOperations,
  ...bookingOperations,
  ...holdOperations,
  ...appointmentOperations,
  ...paymentOperations,
  ...billOperations,
  ...reportOperations,
  ...webhookOperations,
];
