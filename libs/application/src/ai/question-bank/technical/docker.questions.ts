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
];
