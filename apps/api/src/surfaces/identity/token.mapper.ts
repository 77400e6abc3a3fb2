import { LoginResult, TokenPair } from '@candor/application';
import { ApiLoginResponseDto, TokenPairUnionResponseDto, TokenResponseDto } from './token.response.dto';

export function toTokenResponse(pair: TokenPair): TokenResponseDto {
  return { access_token: pair.accessToken, refresh_token: pair.refreshToken, token_type: pair.tokenType, expires_in: pair.expiresIn };
}

export function toTokenPairUnionResponse(pair: TokenPair): TokenPairUnionResponseDto {
  return { ...toTokenResponse(pair), access: pair.accessToken, refresh: pair.refreshToken };
}

export function toApiLoginResponse(result: LoginResult): ApiLoginResponseDto {
  const { user } = result;
  return {
    ...toTokenPairUnionResponse(result),
    user: { id: user.id, email: user.email, username: user.username, full_name: user.fullName, role: user.role },
  };
}
