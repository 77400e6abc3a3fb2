/**
 * Why bubblewrap could not build a sandbox, from what it printed: the cause an operator can act on (a masked
 * /proc in a container, user namespaces turned off, mounts denied), instead of one guess for every failure.
 */
export function explainProbeFailure(bwrapOutput: string, exit: string): string {
  const said = bwrapOutput.trim() || exit;
  const prefix = `bubblewrap is installed but cannot build a sandbox here (${said})`;
  if (/Can't mount proc/i.test(said)) {
    return (
      `${prefix}: a new /proc cannot be mounted for the sandbox's pid namespace because parts of this /proc are ` +
      'covered or read-only, as a container runtime does by default. In Docker, run the container with ' +
      '`security_opt: [systempaths=unconfined]` (docker run --security-opt systempaths=unconfined); see docker-compose.yml'
    );
  }
  if (/new namespace|user namespace|setting up uid map|uid_map|unshare/i.test(said)) {
    return (
      `${prefix}: unprivileged user namespaces are not allowed. Check the sysctls user.max_user_namespaces (> 0), ` +
      'kernel.unprivileged_userns_clone (1, Debian) and kernel.apparmor_restrict_unprivileged_userns (0, Ubuntu 24.04); ' +
      "in a container, Docker's default seccomp profile refuses them too (security_opt: [seccomp=unconfined])"
    );
  }
  if (/mount|Operation not permitted|Permission denied/i.test(said)) {
    return (
      `${prefix}: mounting inside the sandbox is denied, typically by an AppArmor or seccomp profile of the ` +
      'container (security_opt: [apparmor=unconfined, seccomp=unconfined]; see docker-compose.yml)'
    );
  }
  return prefix;
}
