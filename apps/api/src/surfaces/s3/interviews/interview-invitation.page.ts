import { escapeHtml, scriptString } from '../../shared/html-text';
import { S3InterviewInvitationDto } from './interview-invitation.response.dto';

/**
 * The page a candidate's browser gets from the interview link: the interview, and a plain chat client on its
 * socket (start, answer, end). No account is needed: the invite token in the link admits the candidate.
 */
export function renderInvitationPage(invitation: S3InterviewInvitationDto): string {
  const title = escapeHtml(invitation.title ?? 'Interview');
  const when = invitation.scheduled_at ? `<p>Scheduled for ${escapeHtml(invitation.scheduled_at)}</p>` : '';
  return page(
    title,
    `<h1>${title}</h1>
<p>Status: <span id="status">${escapeHtml(invitation.status)}</span></p>${when}
<div id="log" aria-live="polite"></div>
<form id="answer"><textarea id="text" rows="3" placeholder="Your answer"></textarea>
<button type="button" id="start">Start interview</button> <button type="submit">Send</button> <button type="button" id="end">End interview</button></form>
<script>
const socket = new WebSocket(${scriptString(invitation.websocket_url)});
const log = document.getElementById('log');
const say = (who, text) => { const p = document.createElement('p'); p.textContent = who + ': ' + text; log.appendChild(p); };
const send = (message) => socket.send(JSON.stringify(message));
socket.onmessage = (event) => {
  const m = JSON.parse(event.data);
  if (m.type === 'message') say(m.sender === 'ai' ? 'Interviewer' : 'You', m.content);
  else if (m.type === 'interview_started' || m.type === 'interview_ended') say('Interviewer', m.message);
  else if (m.type === 'error') say('Error', m.message);
  if (m.status) document.getElementById('status').textContent = m.status;
};
socket.onclose = (event) => say('Connection', 'closed (' + event.code + ')');
document.getElementById('start').onclick = () => send({ type: 'start_interview' });
document.getElementById('end').onclick = () => send({ type: 'end_interview' });
document.getElementById('answer').onsubmit = (event) => {
  event.preventDefault();
  const text = document.getElementById('text');
  if (text.value.trim()) send({ type: 'candidate_message', content: text.value });
  text.value = '';
};
</script>`,
  );
}

/** The interview link without its token: the page asks for the invite token the invitation gave. */
export function renderInviteTokenForm(): string {
  return page(
    'Join your interview',
    `<h1>Join your interview</h1>
<form method="get"><label>Invite token <input name="token" required></label> <button type="submit">Join</button></form>`,
  );
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
${body}
</body></html>
`;
}
