// The contract's wire types, generated from the OpenAPI document and named by the SDK. The mock platform
// speaks exactly these shapes; importing them (types only) makes the compiler check every handler.
import type { operations } from '@yika/sdk';

export type {
  components,
  operations,
  Channel,
  ErrorCode,
  ErrorDetail,
  ErrorResponse,
  Jwk,
  Jwks,
  Session,
  Account,
  SmsCodeSent,
  District,
  DistrictRef,
  HospitalLevel,
  HospitalType,
  HospitalSummary,
  Hospital,
  HospitalPage,
  GeoPoint,
  Department,
  DepartmentKind,
} from '@yika/sdk';

export type OperationId = keyof operations;
