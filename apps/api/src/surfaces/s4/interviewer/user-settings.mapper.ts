import { UserDocument } from '@candor/application';
import { SettingValue, UserSettingsState } from '@candor/domain';
import { AvatarResponseDto, InterviewerProfileDto, NotificationSettingsDto, SecuritySettingsDto, UserPreferencesDto } from './profile.dto';

/** What a section shows before its owner ever changed it. */
const PREFERENCE_DEFAULTS = { language: 'en', timezone: 'UTC', theme: 'system', date_format: 'YYYY-MM-DD', default_interview_duration: 60, default_interview_type: 'technical', items_per_page: 10 };
const NOTIFICATION_DEFAULTS = { email_notifications: true, interview_reminders: true, candidate_updates: true, invitation_responses: true, weekly_reports: false, reminder_minutes_before: 60 };
const SECURITY_DEFAULTS = { login_alerts: false, session_timeout_minutes: 60 };

/** A DTO's defined fields as settings changes (undefined = unchanged). */
export function toSettingChanges(dto: object): Record<string, SettingValue | undefined> {
  return Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Record<string, SettingValue>;
}

export function toAvatarResponse(state: UserSettingsState): AvatarResponseDto | null {
  const a = state.avatar;
  if (!a) return null;
  return { avatar_url: '/interviewer/profile/avatar', content_type: a.contentType, size_bytes: a.sizeBytes, width: a.width, height: a.height, sha256: a.sha256, uploaded_at: a.uploadedAt };
}

export function toProfile(user: UserDocument, state: UserSettingsState): InterviewerProfileDto {
  const p = state.sections.profile;
  const text = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : null);
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    full_name: user.fullName,
    role: user.role,
    title: text('title'),
    company: text('company'),
    department: text('department'),
    bio: text('bio'),
    phone: text('phone'),
    timezone: typeof state.sections.preferences.timezone === 'string' ? state.sections.preferences.timezone : PREFERENCE_DEFAULTS.timezone,
    location: text('location'),
    linkedin_url: text('linkedin_url'),
    expertise: Array.isArray(p.expertise) ? [...(p.expertise as string[])] : [],
    years_experience: typeof p.years_experience === 'number' ? p.years_experience : null,
    avatar: toAvatarResponse(state),
    created_at: user.createdAt,
    updated_at: state.updatedAt,
  };
}

export function toPreferences(state: UserSettingsState): UserPreferencesDto {
  return { ...PREFERENCE_DEFAULTS, ...state.sections.preferences, updated_at: state.updatedAt } as UserPreferencesDto;
}

export function toNotifications(state: UserSettingsState): NotificationSettingsDto {
  return { ...NOTIFICATION_DEFAULTS, ...state.sections.notifications, updated_at: state.updatedAt } as NotificationSettingsDto;
}

export function toSecurity(state: UserSettingsState): SecuritySettingsDto {
  return { ...SECURITY_DEFAULTS, ...state.sections.security, two_factor_enabled: false, updated_at: state.updatedAt } as SecuritySettingsDto;
}
