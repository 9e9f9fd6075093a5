#!/bin/sh
# Backup Doctor fix: set Extensions.Enable=y and Provisioning.Agent=auto in /etc/waagent.conf, then
# restart the Linux agent (walinuxagent on Debian/Ubuntu, waagent elsewhere). It keeps a copy of the
# file as /etc/waagent.conf.backup-doctor. Running it twice changes nothing more.
R="${BD_GUEST_ROOT:-}"
conf="$R/etc/waagent.conf"
[ -f "$conf" ] || { echo "no /etc/waagent.conf" >&2; exit 1; }
[ -e "$conf.backup-doctor" ] || cp -p "$conf" "$conf.backup-doctor"
set_key() {  # KEY VALUE: replace every non-comment line that sets KEY, or add one
  if grep -q "^[[:space:]]*$1[[:space:]]*=" "$conf"; then
    sed -i "s|^[[:space:]]*$1[[:space:]]*=.*|$1=$2|" "$conf"
  else
    printf '%s=%s\n' "$1" "$2" >> "$conf"
  fi
}
set_key Extensions.Enable y
set_key Provisioning.Agent auto
if [ -z "$R" ]; then
  systemctl restart walinuxagent 2>/dev/null || systemctl restart waagent 2>/dev/null || service waagent restart
fi
echo "done"
