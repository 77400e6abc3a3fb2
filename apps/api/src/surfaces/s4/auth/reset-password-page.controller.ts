import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { scriptString } from '../../shared/html-text';
import { Guarded } from '../../../http/guarded.decorator';

/**
 * The link of the password-reset mail (`<PUBLIC_URL>/reset-password?token=…`): a page whose form sends the token
 * and the new password to `POST /auth/reset-password`. The token is checked only there, when it is spent.
 * Tagged with the operations: the page sits outside S4's prefixes (so it is never wrapped).
 */
@ApiTags('operations')
@Guarded()
@Controller('reset-password')
export class ResetPasswordPageController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  @ApiOperation({ summary: 'The page the password-reset mail links to: a form that resets the password with the mailed token', security: [] })
  @ApiQuery({ name: 'token', required: false, description: 'The mailed reset token (the form asks for it when absent)' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The reset form', content: { 'text/html': { schema: { type: 'string' } } } })
  page(@Query('token') token: string | undefined): string {
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Reset your password</title></head>
<body>
<h1>Reset your password</h1>
<form id="reset">
<label>Reset token <input name="token" required></label><br>
<label>New password <input type="password" name="new_password" autocomplete="new-password" required minlength="8"></label><br>
<button type="submit">Reset password</button>
</form>
<p id="result" aria-live="polite"></p>
<script>
const form = document.getElementById('reset');
form.token.value = ${scriptString(token ?? '')};
form.onsubmit = async (event) => {
  event.preventDefault();
  const answer = await fetch('/auth/reset-password', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: form.token.value, new_password: form.new_password.value }),
  });
  const body = await answer.json().catch(() => ({}));
  document.getElementById('result').textContent = body.message || (answer.ok ? 'Password reset' : 'The password could not be reset');
};
</script>
</body></html>
`;
  }
}
