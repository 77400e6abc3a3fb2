import { ApiKeyCreatedResponseDto, ApiKeyResponseDto } from '../../identity/api-key.response.dto';
import { MessageResponseDto } from '../../identity/message.response.dto';
import { TokenResponseDto } from '../../identity/token.response.dto';
import { AdminUserResponseDto, UserResponseDto } from '../../identity/user.response.dto';
import { S4Envelope } from '../s4-envelope.dto';

/** OpenAPI schemas of S4's wrapped identity answers. */
export const S4UserEnvelopeDto = S4Envelope(UserResponseDto);
export const S4TokenEnvelopeDto = S4Envelope(TokenResponseDto);
export const S4MessageEnvelopeDto = S4Envelope(MessageResponseDto);
export const S4ApiKeyCreatedEnvelopeDto = S4Envelope(ApiKeyCreatedResponseDto);
export const S4ApiKeyListEnvelopeDto = S4Envelope(ApiKeyResponseDto, { isArray: true });
export const S4AdminUserEnvelopeDto = S4Envelope(AdminUserResponseDto);
export const S4AdminUserPageEnvelopeDto = S4Envelope(AdminUserResponseDto, { isArray: true, paginated: true });
