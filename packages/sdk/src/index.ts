// @yika/sdk: the typed client for the Yika regional health platform.
export { createClient, type ClientConfig, type YikaClient } from './client';
export type { AuthResource } from './resources/auth';
export type { HospitalsResource } from './resources/hospitals';
export type { CardsResource } from './resources/cards';
export type { DoctorsResource } from './resources/doctors';
export type { SchedulesResource } from './resources/schedules';
export type { SearchResource } from './resources/search';
export type { HoldsResource } from './resources/holds';
export type { RequestOptions } from './core/request-sender';
export type { AbortSignalLike } from './core/abort';
export type { Logger, LogFields, Hooks, RequestInfo, ResponseInfo } from './core/observe';
export type { RetryPolicy } from './core/retry';
export { memoryTokenStore, type StoredTokens, type TokenStore } from './core/token-store';
export { redactText, redactValue } from './core/redact';
export {
  YikaError,
  ApiError,
  NetworkError,
  TimeoutError,
  AbortError,
  AuthError,
  isYikaError,
  isApiError,
  type AuthErrorCode,
  type ErrorDetail,
  type YikaErrorOptions,
} from './errors';
export { errorMessages, messageForCode, type ErrorCode, type ClientErrorCode } from './domain/error-messages';
export type {
  Channel,
  Session,
  SmsCodeSent,
  Account,
  Jwks,
  Jwk,
  HospitalSummary,
  Hospital,
  HospitalLevel,
  HospitalType,
  HospitalListParams,
  District,
  DistrictRef,
  Department,
  DepartmentKind,
  GeoPoint,
  ErrorResponse,
  HospitalPage,
  IdType,
  Gender,
  NationCode,
  Relation,
  CardState,
  CardAttribute,
  GuardianConsent,
  RecordedConsent,
  CardApplication,
  CardApplicationResult,
  CardHolder,
  Card,
  CardList,
  SocialSecurityLink,
  DynamicCardCode,
  CardCodeVerificationRequest,
  CardCodeVerification,
  SmsCodeRequest,
  BookingPolicy,
  ChannelQuota,
  TimeRange,
  DoctorTitle,
  RegistrationType,
  DoctorSummary,
  Doctor,
  AvailabilityStatus,
  AvailabilityDay,
  Period,
  ScheduleStatus,
  Schedule,
  SlotStatus,
  Slot,
  ScheduleSlots,
  HospitalRef,
  DepartmentRef,
  SearchHit,
  DoctorHit,
  DepartmentHit,
  SearchPage,
  EarliestSlot,
  HoldRequest,
  HoldStatus,
  Hold,
  FromDateParams,
  SearchParams,
  EarliestSlotParams,
  Page,
  components,
  operations,
  paths,
} from './types';
