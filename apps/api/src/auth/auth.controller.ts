import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import {
  AuthService,
  CurrentActor,
  LoginDto,
  MeResponse,
  Public,
  RefreshDto,
  SignedIn,
  TokenResponse,
  type AuthenticatedRequest,
  type ClientInfo,
} from '@tracker/auth';
import type { Actor } from '@tracker/core';

function clientOf(request: AuthenticatedRequest): ClientInfo {
  const agent = request.headers['user-agent'];
  return {
    ip: request.ip,
    userAgent: typeof agent === 'string' ? agent : null,
    requestId: request.id,
  };
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Sign in; the answer never says whether the account exists' })
  @ApiOkResponse({ type: TokenResponse })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts; see Retry-After' })
  login(@Body() dto: LoginDto, @Req() request: AuthenticatedRequest) {
    return this.auth.login(dto.email, dto.password, clientOf(request));
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair; a reused token ends the sign-in',
  })
  @ApiOkResponse({ type: TokenResponse })
  refresh(@Body() dto: RefreshDto, @Req() request: AuthenticatedRequest) {
    return this.auth.refresh(dto.refreshToken, clientOf(request));
  }

  @Post('logout')
  @HttpCode(204)
  @SignedIn()
  @ApiOperation({ summary: 'Sign out: every token of this sign-in stops working' })
  async logout(@CurrentActor() actor: Actor, @Req() request: AuthenticatedRequest) {
    await this.auth.logout(actor, request.sessionId as string);
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'The signed-in user, roles and permissions' })
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentActor() actor: Actor) {
    return this.auth.me(actor);
  }
}
