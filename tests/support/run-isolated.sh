#!/usr/bin/env bash
# Runs one test with its own configuration, data and cache directories, removed afterwards.
set -u
scratch=$(mktemp -d "${TMPDIR:-/tmp}/holdfast-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
export HOLDFAST_TEST_SCRATCH="$scratch"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
"$@"
