#!/bin/sh
# Runs inside the kernel lab's VM as PID 1, on a root made of the host's filesystem (see lab.mjs,
# init.sh); powers the VM off when done.
# Loads the socket-family modules, creates vcan0/vcan1 and two emulated Bluetooth controllers,
# then runs the requested command in the repo with SOCK_KERNEL_LAB=1 and reports its status.
# Usage: guest.sh REPO RUN_DIR   (RUN_DIR holds env.sh and command.sh, and receives `status`)

repo=$1
run=$2
. "$run/env.sh"
export TERM=${TERM:-dumb}
PATH=$PATH:/usr/sbin:/sbin  # modprobe and ip, even if the host's PATH lacks them

say() { echo "kernel-lab guest: $*"; }

# PID 1 must not exit (the kernel would panic): power off, and wait in the shell itself (the
# filesystem that holds `sleep` may already be gone while the kernel shuts down).
power_off() {
  sync
  echo o >/proc/sysrq-trigger
  while :; do read -r _ </dev/console 2>/dev/null || :; done
}

# Kernel features the @sock suites need; loaded up front so tests never rely on autoloading.
MODULES="vcan can-raw can-bcm can-isotp can-j1939 af_alg algif_hash algif_skcipher algif_aead
algif_rng tipc vsock_loopback vhost_vsock bluetooth hci_vhci rds rds_tcp qrtr sctp dummy veth"

load_modules() {
  modprobe -a $MODULES 2>/dev/null
  missing=""
  for m in $MODULES; do
    [ -e "/sys/module/$(echo "$m" | tr - _)" ] || missing="$missing $m"
  done
  [ -z "$missing" ] || say "WARNING: modules that did not load:$missing"
}

setup_network() {
  ip link set lo up
  for dev in vcan0 vcan1; do
    ip link add "$dev" type vcan && ip link set "$dev" up || say "WARNING: cannot create $dev"
  done
}

# btvirt (from BlueZ's test tools, see lab.mjs) opens /dev/vhci twice and emulates a controller
# behind each fd, for as long as it runs: hci0 and hci1, which can see and connect to each other.
start_bluetooth() {
  modprobe hci_vhci
  if [ -z "$LAB_BTVIRT" ]; then
    say "WARNING: no btvirt, so no Bluetooth controller"
    return
  fi
  "$LAB_BTVIRT" -l2 >/dev/null 2>&1 &
}

# Powers hci0 and hci1 up and makes them connectable and discoverable (page + inquiry scan).
bluetooth_up() {
  [ -n "$LAB_BTVIRT" ] || return
  python=python3
  [ -x /usr/bin/python3 ] && python=/usr/bin/python3  # skips slow shims such as pyenv's
  "$python" -c '
import errno, fcntl, os, socket, struct, time
HCIDEVUP, HCISETSCAN, SCAN_PAGE_INQUIRY = 0x400448C9, 0x400448DD, 3
hci = socket.socket(socket.AF_BLUETOOTH, socket.SOCK_RAW, socket.BTPROTO_HCI)
for dev in (0, 1):
    for _ in range(100):
        if os.path.exists(f"/sys/class/bluetooth/hci{dev}"):
            break
        time.sleep(0.05)
    try:
        fcntl.ioctl(hci, HCIDEVUP, dev)
    except OSError as e:
        if e.errno != errno.EALREADY:
            raise
    fcntl.ioctl(hci, HCISETSCAN, struct.pack("=HxxI", dev, SCAN_PAGE_INQUIRY))
' || say "WARNING: cannot bring hci0/hci1 up"
}

# Powers the VM off (status 124) if the command overruns; fires shortly before lab.mjs's timeout.
start_watchdog() {
  (
    sleep "$LAB_GUEST_TIMEOUT"
    say "watchdog: command still running after $LAB_GUEST_TIMEOUT s, powering off"
    echo 124 >"$run/status"
    power_off
  ) >/dev/console 2>&1 &
}

run_command() {
  cd "$repo" || return 1
  if [ "$LAB_TTY" = 1 ]; then
    [ "$LAB_COLUMNS" -gt 0 ] && stty cols "$LAB_COLUMNS" rows "$LAB_ROWS" 2>/dev/null
    sh "$run/command.sh" </dev/null
    return $?
  fi
  # Not a terminal on the host: keep the command from seeing one in here either. Its output goes
  # through a fifo; processes it leaves running may hold that open, so cat gets 2 s to drain it.
  fifo=/tmp/.kernel-lab-output
  mkfifo "$fifo" || return 1
  cat "$fifo" &
  reader=$!
  sh "$run/command.sh" </dev/null >"$fifo" 2>&1
  status=$?
  for _ in $(seq 20); do
    kill -0 "$reader" 2>/dev/null || break
    sleep 0.1
  done
  kill "$reader" 2>/dev/null
  rm -f "$fifo"
  return "$status"
}

start_bluetooth
load_modules
setup_network
bluetooth_up
start_watchdog
say "ready after $(cut -d' ' -f1 /proc/uptime) s (kernel $(uname -r)); running: $(tail -c +6 "$run/command.sh")"
run_command
status=$?
echo "$status" >"$run/status"
sync
say "SOCK_KERNEL_LAB_EXIT=$status"
power_off
