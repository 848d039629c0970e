#!/usr/bin/env bash
# Builds the platform's OCI images with Jib, without a Docker daemon:
#   deploy/image/build.sh                      every application, as tarballs in <module>/target/
#   deploy/image/build.sh gateway              only some (Maven module names)
#   REGISTRY=registry.example.org deploy/image/build.sh   pushed to a registry instead (docker login first)
# Names and tags match the manifests: urban-innovation/<module>:<project version>, user 185 (non-root),
# port 8080 (QUARKUS_HTTP_PORT in deploy/k8s/base/platform.env).
# BASE_IMAGE overrides Quarkus' default base (registry.access.redhat.com/ubi9/openjdk-17-runtime),
# e.g. tar:///path/to/base.tar for a base image kept as a file (local-base.sh makes one from this
# machine's JDK, where no registry is reachable).
set -euo pipefail
cd "$(dirname "$0")/../.."
modules="${*:-catalog-service metrics-service submission-service gateway}"
args=(-B -DskipTests package -pl "${modules// /,}" -am
      -Dquarkus.container-image.build=true
      -Dquarkus.container-image.group=urban-innovation
      -Dquarkus.jib.user=185
      -Dquarkus.jib.ports=8080)
if [ -n "${REGISTRY:-}" ]; then
  args+=(-Dquarkus.container-image.registry="$REGISTRY" -Dquarkus.container-image.push=true)
else
  args+=(-Dquarkus.jib.docker-executable-name="$PWD/deploy/image/docker-load-to-file")
fi
if [ -n "${BASE_IMAGE:-}" ]; then
  args+=(-Dquarkus.jib.base-jvm-image="$BASE_IMAGE")
fi
exec ./mvnw "${args[@]}"
