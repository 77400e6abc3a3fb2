import { ApiKeyDocument } from '@candor/application';
import { ApiKeyCreatedResponseDto, ApiKeyResponseDto } from './api-key.response.dto';

export function toApiKeyResponse(key: ApiKeyDocument): ApiKeyResponseDto {
  return {
    id: key.id,
    name: key.name,
    key: key.publicKey,
    is_active: key.isActive,
    usage_count: key.usageCount,
    created_at: key.createdAt,
    last_used_at: key.lastUsedAt,
  };
}

export function toApiKeyCreatedResponse(key: ApiKeyDocument, secret: string): ApiKeyCreatedResponseDto {
  return { ...toApiKeyResponse(key), secret };
}
