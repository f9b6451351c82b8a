// `@yika/sdk/domain`: validation, masking, money and date helpers without the HTTP client.
export * from '../domain/index';
