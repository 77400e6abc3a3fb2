import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** Docker: at least five questions at each difficulty, each with the points a good answer makes. */
export const DOCKER_QUESTIONS: readonly BankQuestion[] = [
  t('docker-e-1', 'docker', 'easy', 'What is the difference between a Docker image and a container?', [
    p('image', 'An image is a read-only template built from layers', ['template', 'read-only', 'read only', 'layers', 'blueprint', 'snapshot'], 'What is an image made of?'),
    p('container', 'A container is a running instance of an image', ['running instance', 'instance', 'process', 'runs'], 'What is a container in relation to an image?'),
    p('writable', 'A container adds a thin writable layer; data is lost unless in volumes', ['writable layer', 'volume', 'volumes', 'ephemeral', 'persist']),
  ]),
  t('docker-m-1', 'docker', 'medium', 'How do you make a Docker image small, fast to build and secure?', [
    p('multistage', 'Multistage builds keep build tools out of the final image', ['multistage', 'multi stage', 'multi-stage', 'builder stage'], 'How do you keep compilers out of the final image?'),
    p('cache', 'Order layers so the build cache is reused (dependencies before source)', ['layer cache', 'cache', 'caching', 'order', 'copy package.json first'], 'How do you make rebuilds fast?'),
    p('base', 'Small base images (alpine, distroless, slim)', ['alpine', 'distroless', 'slim', 'small base', 'minimal']),
    p('security', 'Run as non-root, pin versions, scan images, no secrets in layers', ['non-root', 'nonroot', 'user', 'scan', 'secret', 'pin'], 'What would you do to make the image safer?'),
  ]),
  t('docker-h-1', 'docker', 'hard', 'How are containers isolated from each other and from the host on Linux?', [
    p('namespaces', 'Namespaces isolate pids, network, mounts, users', ['namespace', 'namespaces', 'pid namespace', 'network namespace'], 'What kernel feature gives each container its own view of the system?'),
    p('cgroups', 'cgroups limit CPU, memory and I/O', ['cgroup', 'cgroups', 'control group', 'resource limit', 'memory limit'], 'How are a container\'s resources limited?'),
    p('hardening', 'Capabilities, seccomp and AppArmor/SELinux reduce the attack surface', ['capabilities', 'seccomp', 'apparmor', 'selinux', 'rootless', 'user namespace']),
    p('shared-kernel', 'Containers share the host kernel, unlike VMs', ['share the kernel', 'shared kernel', 'same kernel', 'host kernel', 'virtual machine', 'vm']),
  ]),
  t('docker-e-2', 'docker', 'easy', 'What is the difference between CMD and ENTRYPOINT in a Dockerfile?', [
    p('entrypoint', 'ENTRYPOINT sets the executable the container always runs', ['entrypoint', 'executable', 'always runs', 'main process'], 'Which instruction fixes the program the container runs?'),
    p('cmd', 'CMD gives default arguments or a default command that docker run can override', ['cmd', 'default argument', 'override', 'default command']),
    p('exec-form', 'The exec (JSON array) form makes the app PID 1 so it receives signals', ['exec form', 'json array', 'pid 1', 'signal', 'shell form'], 'Why prefer the JSON array form?'),
  ]),
  t('docker-e-3', 'docker', 'easy', 'How do volumes and bind mounts differ in Docker, and why do containers need them?', [
    p('ephemeral', 'A container\'s writable layer is lost when the container is removed', ['ephemeral', 'removed', 'writable layer'], 'What happens to files written inside a container when it is removed?'),
    p('volume', 'Volumes are managed by Docker and persist data such as databases', ['volume', 'managed by docker', 'persist', 'named volume']),
    p('bind', 'Bind mounts map a host directory, handy for development', ['bind mount', 'host directory', 'host path', 'development']),
  ]),
  t('docker-e-4', 'docker', 'easy', 'How do containers talk to each other in Docker, for example with Docker Compose?', [
    p('network', 'Containers on the same user-defined network reach each other by service name', ['same network', 'service name', 'dns', 'user defined network'], 'How does the app container find the database container?'),
    p('ports', 'Publishing a port maps it to the host; containers on one network need no published ports', ['publish', 'port mapping', 'expose', '-p', 'host port']),
    p('compose', 'Compose creates a network for the project and starts services together', ['compose', 'depends_on', 'services', 'project network']),
  ]),
  t('docker-e-5', 'docker', 'easy', 'What are image layers in Docker, and how does the build cache work?', [
    p('layers', 'Each instruction creates a read-only layer stacked on the previous ones', ['layer', 'instruction', 'read only', 'stacked'], 'What does each Dockerfile instruction produce?'),
    p('cache', 'Unchanged layers are reused from the cache; a change invalidates every later layer', ['cache', 'invalidate', 'later layers']),
    p('order', 'Copy dependency manifests and install before copying the source code', ['package.json', 'requirements', 'copy the source', 'dependencies first'], 'How do you order instructions to keep builds fast?'),
  ]),
  t('docker-e-6', 'docker', 'easy', 'What does a .dockerignore file do, and why does it matter?', [
    p('context', 'It excludes files from the build context sent to the daemon', ['build context', 'exclude', 'sent to the daemon', 'context'], 'What is the build context?'),
    p('speed', 'A smaller context makes builds faster and cache hits more likely', ['smaller', 'cache']),
    p('secrets', 'It keeps secrets and local files (.env, .git, node_modules) out of images', ['secret', '.env', '.git', 'node_modules', 'leak']),
  ]),
  t('docker-m-2', 'docker', 'medium', 'How should a containerised application handle logs, configuration and signals?', [
    p('logs', 'Write logs to stdout and stderr and let the platform collect them', ['stdout', 'stderr', 'collect', 'log driver'], 'Where should a container write its logs?'),
    p('config', 'Take configuration from environment variables, secrets from a secret store', ['environment variable', 'env', 'secret', 'twelve factor', '12 factor']),
    p('signals', 'Handle SIGTERM for graceful shutdown; use an init like tini if PID 1 is a shell', ['sigterm', 'graceful', 'tini', 'pid 1', 'init']),
  ]),
  t('docker-m-3', 'docker', 'medium', 'How would you debug a container that keeps restarting?', [
    p('logs', 'Read its logs and exit code (docker logs, docker inspect)', ['docker logs', 'exit code', 'inspect', 'logs'], 'Where do you look first?'),
    p('oom', 'Exit code 137 usually means it was killed for memory (OOM)', ['137', 'oom', 'out of memory', 'killed']),
    p('shell', 'Start it with a shell or override the entrypoint to investigate', ['shell', 'override', 'exec', 'sh', 'entrypoint']),
    p('health', 'Check health checks, missing config and dependencies that are not ready', ['health check', 'healthcheck', 'config', 'dependency', 'not ready']),
  ]),
  t('docker-m-4', 'docker', 'medium', 'How do you keep secrets out of Docker images and builds?', [
    p('layers', 'Anything copied or set with ENV stays in the image layers and history', ['layer', 'history', 'env', 'stays in the image'], 'Why is deleting a secret in a later layer not enough?'),
    p('build-secrets', 'Use BuildKit secret mounts for build-time secrets', ['buildkit', 'secret mount', '--secret', 'mount=type=secret']),
    p('runtime', 'Inject runtime secrets through the orchestrator (secrets, vault), not the image', ['runtime', 'orchestrator', 'vault', 'kubernetes secret', 'inject']),
    p('scan', 'Scan images for leaked secrets', ['scan', 'trufflehog', 'gitleaks', 'leaked']),
  ]),
  t('docker-m-5', 'docker', 'medium', 'What does a HEALTHCHECK do in Docker, and how is it different from an orchestrator\'s probes?', [
    p('healthcheck', 'HEALTHCHECK runs a command periodically and marks the container healthy or unhealthy', ['periodic', 'healthy', 'unhealthy', 'command'], 'What does Docker do with a HEALTHCHECK?'),
    p('meaning', 'It should check the app can serve, cheaply', ['cheap', 'can serve', 'endpoint', 'lightweight']),
    p('orchestrators', 'Kubernetes ignores it and uses its own liveness and readiness probes', ['kubernetes', 'liveness', 'readiness', 'probe', 'ignores']),
  ]),
  t('docker-m-6', 'docker', 'medium', 'How do you build images for several CPU architectures, such as amd64 and arm64?', [
    p('buildx', 'docker buildx builds multi-platform images', ['buildx', 'multi platform', 'multiplatform', '--platform'], 'Which tool builds for several platforms?'),
    p('manifest', 'A manifest list lets each host pull its own architecture', ['manifest list', 'manifest', 'index', 'its own architecture']),
    p('emulation', 'Builds use QEMU emulation or native builders; cross-compiling is faster', ['qemu', 'emulation', 'cross compil', 'native builder']),
  ]),
  t('docker-h-2', 'docker', 'hard', 'How do you harden a container at runtime?', [
    p('non-root', 'Run as a non-root user', ['non root', 'rootless', 'unprivileged'], 'Which user should the process run as?'),
    p('readonly', 'Use a read-only root filesystem', ['read only', 'readonly', 'root filesystem']),
    p('capabilities', 'Drop Linux capabilities and forbid privilege escalation', ['capabilit', 'cap_drop', 'privilege escalation', 'no new privileges']),
    p('profiles', 'Apply seccomp and AppArmor or SELinux profiles and resource limits', ['seccomp', 'apparmor', 'selinux', 'limits'], 'What restricts the system calls a container can make?'),
  ]),
  t('docker-h-3', 'docker', 'hard', 'How do overlay filesystems and copy-on-write work in Docker, and what does that mean for performance?', [
    p('union', 'Image layers are stacked read-only with a thin writable layer on top (overlayfs)', ['overlay', 'overlayfs', 'writable layer', 'union', 'stacked'], 'How are layers combined into one filesystem?'),
    p('cow', 'Changing a file copies it up into the writable layer first', ['copy on write', 'copy up', 'copied', 'cow'], 'What happens the first time a container changes a file from the image?'),
    p('performance', 'Write-heavy data should go to volumes, which bypass the overlay', ['volume', 'bypass', 'write heavy', 'database']),
  ]),
  t('docker-h-4', 'docker', 'hard', 'How do you secure the software supply chain of your container images?', [
    p('base', 'Use minimal, pinned base images by digest and rebuild for patches', ['digest', 'pinned', 'minimal', 'distroless', 'base image'], 'How do you make sure the base image cannot change under you?'),
    p('scan', 'Scan images for vulnerabilities in CI (Trivy, Grype)', ['scan', 'trivy', 'grype', 'vulnerab', 'cve']),
    p('sign', 'Sign images and verify signatures at deploy (cosign)', ['sign', 'cosign', 'signature', 'verify']),
    p('sbom', 'Publish an SBOM and provenance', ['sbom', 'provenance', 'slsa', 'bill of materials']),
  ]),
  t('docker-h-5', 'docker', 'hard', 'How do cgroups limit a container\'s CPU and memory, and what happens when it exceeds them?', [
    p('cgroups', 'cgroups account and limit CPU, memory and IO per container', ['cgroup', 'account', 'control group'], 'Which kernel feature enforces resource limits?'),
    p('memory', 'Exceeding the memory limit gets the process OOM-killed', ['oom', 'killed', 'out of memory', 'memory limit']),
    p('cpu', 'CPU limits throttle the process (CFS quota) rather than kill it', ['throttl', 'cfs', 'quota', 'shares']),
    p('runtime-aware', 'Runtimes must read the cgroup limits to size heaps and thread pools', ['heap', 'jvm', 'container aware', 'thread pool', 'gomaxprocs']),
  ]),
  t('docker-h-6', 'docker', 'hard', 'How would you speed up slow Docker builds in CI?', [
    p('cache', 'Reuse the layer cache across CI runs (registry or CI cache backends)', ['cache', 'cache from', 'registry cache', 'cache to'], 'Why does every CI build start from scratch, and how do you stop that?'),
    p('order', 'Order instructions so dependencies are cached separately from code', ['dependencies', 'separately', 'layer']),
    p('buildkit', 'Use BuildKit cache mounts and parallel stages', ['buildkit', 'cache mount', 'parallel', 'mount=type=cache']),
    p('context', 'Shrink the build context and image size', ['context', 'dockerignore', 'smaller', 'slim']),
  ]),
];
