#!/usr/bin/env bash
# Makes a base image tarball from this machine's JDK, for building images where no registry can be
# reached (the default base, registry.access.redhat.com/ubi9/openjdk-17-runtime, is pulled): a jlink'ed
# Java 17 runtime in /opt/jre, the shared libraries it links, user jboss (185), /home/jboss.
#   deploy/image/local-base.sh target/jre17-base.tar
#   BASE_IMAGE=tar://$PWD/target/jre17-base.tar deploy/image/build.sh gateway
# The image has no shell: what runs in it is the JVM alone.
set -euo pipefail
out="$(realpath -m "${1:-target/jre17-base.tar}")"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
"$java_home/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.management \
  --strip-debug --no-header-files --no-man-pages --output "$root/opt/jre"
for file in "$root/opt/jre/bin/java" $(find "$root/opt/jre/lib" -name '*.so'); do
  ldd "$file" 2>/dev/null | grep -o '/[^ ]*' || true
done | grep -v "^$root" | sort -u | while read -r lib; do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
mkdir -p "$root/etc" "$root/tmp" "$root/proc" "$root/home/jboss"
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\njboss:x:185:185:jboss:/home/jboss:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\njboss:x:185:\n' > "$root/etc/group"
printf '127.0.0.1 localhost\n' > "$root/etc/hosts"
chown 185:185 "$root/home/jboss"
mkdir -p "$(dirname "$out")"
python3 - "$work" "$out" <<'PY'
import hashlib, io, json, sys, tarfile
work, out = sys.argv[1], sys.argv[2]
layer = work + "/layer.tar"
with tarfile.open(layer, "w") as t:
    t.add(work + "/rootfs", arcname=".")
diff = hashlib.sha256(open(layer, "rb").read()).hexdigest()
config = json.dumps({"architecture": "amd64", "os": "linux",
    "config": {"Env": ["PATH=/opt/jre/bin", "JAVA_HOME=/opt/jre"], "User": "185", "WorkingDir": "/home/jboss"},
    "rootfs": {"type": "layers", "diff_ids": ["sha256:" + diff]},
    "history": [{"created_by": "deploy/image/local-base.sh: jlink Java runtime and its libraries"}]}).encode()
name = hashlib.sha256(config).hexdigest() + ".json"
manifest = json.dumps([{"Config": name, "RepoTags": ["local/jre17:base"], "Layers": ["layer.tar"]}]).encode()
with tarfile.open(out, "w") as t:
    for entry, data in ((name, config), ("manifest.json", manifest)):
        info = tarfile.TarInfo(entry)
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
    t.add(layer, arcname="layer.tar")
print("base image written to " + out)
PY
