#!/usr/bin/env bash
# The real speech engine the read-aloud end-to-end tests drive: Chromium on Linux speaks through
# speech-dispatcher, here with espeak-ng's voices, into a PulseAudio sink that plays nowhere.
# Idempotent: installs what is missing, starts what is not running, and checks that speech gets to its end.
set -euo pipefail

PACKAGES=(speech-dispatcher espeak-ng speech-dispatcher-espeak-ng pulseaudio)
SINK=silent

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "speech-engine: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# PulseAudio for this user, kept running while idle (the tests leave it idle between utterances).
if ! pactl info >/dev/null 2>&1; then
  # As root it warns that it is meant for a user session; that is what it is here.
  pulseaudio --daemonize=yes --exit-idle-time=-1 2>/dev/null || true
  for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.2; done
  pactl info >/dev/null
fi
if ! pactl list short sinks | awk '{ print $2 }' | grep -qx "$SINK"; then
  pactl load-module module-null-sink "sink_name=$SINK" >/dev/null
fi
pactl set-default-sink "$SINK"

# speech-dispatcher starts on demand and outlives its client for a few seconds. One started while no audio
# output existed never finishes an utterance: stop that one (this user's, by its pid file) and try again.
speaks() { timeout 30 spd-say --wait --output-module espeak-ng --language en "ready" >/dev/null 2>&1; }
if ! speaks; then
  pid_file="${XDG_RUNTIME_DIR:-$HOME/.cache}/speech-dispatcher/pid/speech-dispatcher.pid"
  if [ -f "$pid_file" ]; then
    kill "$(cat "$pid_file")" 2>/dev/null || true
    sleep 1
  fi
  speaks || { echo "speech-engine: speech-dispatcher does not finish an utterance" >&2; exit 1; }
fi
echo "speech-engine: speech-dispatcher with espeak-ng speaks into PulseAudio sink '$SINK'"
