#!/bin/sh
# Backup Doctor: read-only check of the causes of Azure VM Backup failures that only the guest can see.
# It reads files and lists processes; it writes nothing, installs nothing and downloads nothing.
# It prints one compact JSON document (guest-report.schema.json). Run Command returns only the last
# 4096 bytes of output, so every list is capped and every text cut short.
# BD_GUEST_ROOT: the folder to read as "/" (tests point it at a fake guest); empty on a real VM.
R="${BD_GUEST_ROOT:-}"
LC_ALL=C
export LC_ALL

# A JSON string: printable ASCII only (anything else becomes ?), at most 160 characters.
js() {
  printf '"%s"' "$(printf '%s' "$1" | tr -c ' -~' '?' | cut -c1-160 | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
}

# The last non-comment line that sets KEY in FILE (as the agent reads it): "NUMBER<tab>LINE", or nothing.
conf_line() {
  awk -v key="$2" '
    /^#/ { next }
    index($0, "=") {
      k = substr($0, 1, index($0, "=") - 1); gsub(/^[ \t]+|[ \t]+$/, "", k)
      if (k == key) { n = NR; l = $0 }
    }
    END { if (n) printf "%d\t%s\n", n, l }' "$1" 2>/dev/null
}

# {"value":...,"line":...,"number":N} for KEY in FILE, or null when the file does not set it.
setting() {
  found=$(conf_line "$1" "$2")
  if [ -z "$found" ]; then printf 'null'; return; fi
  number=${found%%"	"*}
  line=${found#*"	"}
  value=$(printf '%s' "${line#*=}" | sed -e 's/#.*//' -e 's/^[ "]*//' -e 's/[ "]*$//')
  printf '{"value":%s,"line":%s,"number":%s}' "$(js "$value")" "$(js "$line")" "$number"
}

# --- the Linux agent: is it running, which version is installed ---------------------------------
process=""
for d in "$R"/proc/[0-9]*; do
  [ -r "$d/cmdline" ] || continue
  cmd=$(tr '\000' ' ' < "$d/cmdline" 2>/dev/null)
  case "$cmd" in
    *waagent*|*WALinuxAgent*) process="${cmd% }"; break ;;
  esac
done
version=""
for f in "$R"/usr/lib/python3*/*-packages/azurelinuxagent/common/version.py \
         "$R"/usr/lib/python3/dist-packages/azurelinuxagent/common/version.py \
         "$R"/usr/lib/python2*/*-packages/azurelinuxagent/common/version.py; do
  [ -r "$f" ] || continue
  version=$(sed -n "s/^AGENT_VERSION *= *['\"]\([^'\"]*\)['\"].*/\1/p" "$f" | head -n 1)
  [ -n "$version" ] && break
done
updated=""
for d in "$R"/var/lib/waagent/WALinuxAgent-*; do
  [ -d "$d" ] || continue
  updated="$updated${updated:+,}$(js "${d##*/WALinuxAgent-}")"
done
if [ -n "$process" ]; then running=true; else running=false; fi
if [ -n "$version" ]; then version_json=$(js "$version"); else version_json=null; fi
agent=$(printf '{"running":%s,"process":%s,"version":%s,"updated":[%s]}' \
  "$running" "$(js "$process")" "$version_json" "$updated")

# --- /etc/waagent.conf --------------------------------------------------------------------------
conf="$R/etc/waagent.conf"
if [ -r "$conf" ]; then
  waagent=$(printf '{"present":true,"extensionsEnable":%s,"provisioningAgent":%s}' \
    "$(setting "$conf" Extensions.Enable)" "$(setting "$conf" Provisioning.Agent)")
else
  waagent='{"present":false,"extensionsEnable":null,"provisioningAgent":null}'
fi

# --- /etc/azure/vmbackup.conf: must be plain ASCII ----------------------------------------------
vmb="$R/etc/azure/vmbackup.conf"
if [ -r "$vmb" ]; then
  head=$(od -An -tx1 -N3 "$vmb" | tr -d ' \n')
  case "$head" in
    efbbbf*) encoding=utf-8-bom ;;
    fffe*|feff*) encoding=utf-16 ;;
    *)
      if [ "$(tr -d '\011\012\015\040-\176' < "$vmb" | wc -c)" -gt 0 ]; then encoding=non-ascii; else encoding=ascii; fi ;;
  esac
  skip=$(awk -F= '/^[ \t]*MountsToSkip[ \t]*=/ { v = $2; gsub(/^[ \t]+|[ \t\r]+$/, "", v); print v }' "$vmb" | tail -n 1)
  vmbackup=$(printf '{"present":true,"encoding":"%s","mountsToSkip":%s}' "$encoding" "$(js "$skip")")
else
  vmbackup='{"present":false,"encoding":null,"mountsToSkip":""}'
fi

# --- mounts the snapshot freezes: each must still be reachable ----------------------------------
mounts=""
count=0
if [ -r "$R/proc/mounts" ]; then
  while read -r device point fs rest; do
    case "$fs" in
      proc|sysfs|tmpfs|devtmpfs|devpts|cgroup|cgroup2|securityfs|pstore|bpf|debugfs|tracefs|mqueue|hugetlbfs|\
      autofs|configfs|fusectl|binfmt_misc|rpc_pipefs|nsfs|overlay|squashfs|efivarfs|ramfs|selinuxfs) continue ;;
    esac
    [ "$count" -ge 20 ] && break
    count=$((count + 1))
    if command -v timeout >/dev/null 2>&1; then
      if timeout 5 ls "$R$point" >/dev/null 2>&1; then ok=true; else ok=false; fi
    elif ls "$R$point" >/dev/null 2>&1; then ok=true; else ok=false; fi
    mounts="$mounts${mounts:+,}$(printf '{"device":%s,"path":%s,"fs":%s,"ok":%s}' \
      "$(js "$device")" "$(js "$point")" "$(js "$fs")" "$ok")"
  done < "$R/proc/mounts"
fi

# --- DHCP in the guest: netplan, ifcfg (RHEL, SUSE), /etc/network/interfaces ---------------------
network=""
add_nic() {  # name dhcp(true|false) source line
  network="$network${network:+,}$(printf '{"name":%s,"dhcp":%s,"source":%s,"line":%s}' \
    "$(js "$1")" "$2" "$(js "$3")" "$(js "$4")")"
}
for f in "$R"/etc/netplan/*.yaml; do
  [ -r "$f" ] || continue
  line=$(grep 'dhcp4:' "$f" | head -n 1 | sed -e 's/^[ \t]*//')
  [ -n "$line" ] || continue
  case "$line" in *true*|*yes*) dhcp=true ;; *) dhcp=false ;; esac
  add_nic "${f##*/}" "$dhcp" "${f#"$R"}" "$line"
done
for f in "$R"/etc/sysconfig/network-scripts/ifcfg-* "$R"/etc/sysconfig/network/ifcfg-*; do
  [ -r "$f" ] || continue
  name=${f##*/ifcfg-}
  [ "$name" = lo ] && continue
  line=$(grep -i '^[ \t]*BOOTPROTO' "$f" | tail -n 1)
  [ -n "$line" ] || continue
  case "$line" in *[Dd][Hh][Cc][Pp]*) dhcp=true ;; *) dhcp=false ;; esac
  add_nic "$name" "$dhcp" "${f#"$R"}" "$line"
done
if [ -r "$R/etc/network/interfaces" ]; then
  while read -r word name family method rest; do
    [ "$word" = iface ] && [ "$name" != lo ] || continue
    case "$method" in dhcp) dhcp=true ;; *) dhcp=false ;; esac
    add_nic "$name" "$dhcp" /etc/network/interfaces "iface $name $family $method"
  done < "$R/etc/network/interfaces"
fi

printf '{"schemaVersion":1,"os":"linux","agent":%s,"waagentConf":%s,"vmbackupConf":%s,"mounts":[%s],"network":[%s]}\n' \
  "$agent" "$waagent" "$vmbackup" "$mounts" "$network"
