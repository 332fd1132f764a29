#!/usr/bin/env bash
# Installs what the end-to-end tests (npm run test:e2e) need, offline except
# for Debian's apt and the npm registry: Neovim (the LSP client), Chromium
# (driven by playwright-core), and code-server 4.100.3 (a real VS Code
# workbench on Node 20) outside the repository, following
# the recipe in the design notes (REAL-CLIENTS.md). Idempotent: a second run only
# checks. Works as root with CI=true and no stdin.
#
#   WPCM_E2E_TOOLS   where code-server goes (default: ~/.cache/wpcm-e2e)
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
TOOLS="${WPCM_E2E_TOOLS:-${HOME}/.cache/wpcm-e2e}"
PREFIX="${TOOLS}/code-server-${CODE_SERVER_VERSION}"
MARKER="${PREFIX}/.wpcm-e2e-ready"
export DEBIAN_FRONTEND=noninteractive
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# As root, npm refuses lifecycle scripts without this (see REAL-CLIENTS.md).
export npm_config_unsafe_perm=true

log() { printf '[e2e-setup] %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

install_apt_packages() {
    local packages=(neovim chromium libkrb5-dev ripgrep unzip build-essential python3 pkg-config)
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        log "apt packages present"
        return
    fi
    log "apt-get install ${missing[*]}"
    as_root apt-get update -qq
    as_root apt-get install -y -qq "${missing[@]}" </dev/null >/dev/null
}

install_code_server() {
    if [ -f "$MARKER" ] && [ -x "${PREFIX}/node_modules/.bin/code-server" ]; then
        log "code-server ${CODE_SERVER_VERSION} present in ${PREFIX}"
        return
    fi
    log "installing code-server ${CODE_SERVER_VERSION} into ${PREFIX}"
    rm -rf "$PREFIX"
    mkdir -p "$PREFIX"
    cd "$PREFIX"
    printf '{ "private": true }\n' > package.json
    # Its postinstall downloads and fails offline; the steps below replace it.
    npm install --ignore-scripts "code-server@${CODE_SERVER_VERSION}" </dev/null
    npm rebuild argon2 </dev/null

    local vscode="${PREFIX}/node_modules/code-server/lib/vscode"
    cd "$vscode"
    npm install --omit=dev --ignore-scripts </dev/null
    # @vscode/ripgrep's own download fails offline: use Debian's rg.
    mkdir -p node_modules/@vscode/ripgrep/bin
    cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
    # A user npmrc with yes=false would otherwise cancel node-pty's node-gyp.
    npm_config_yes=true npm rebuild </dev/null

    # What code-server's postinstall.sh would have created.
    ln -sfn node_modules node_modules.asar
    (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
    (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
    (cd extensions && npm install --omit=dev </dev/null)

    local version
    version="$(XDG_CONFIG_HOME="${PREFIX}/.config" "${PREFIX}/node_modules/.bin/code-server" --version 2>/dev/null | tail -n 1)"
    case "$version" in
        "${CODE_SERVER_VERSION} "*) ;;
        *) log "code-server did not start: ${version}"; exit 1 ;;
    esac
    touch "$MARKER"
    log "code-server ready: ${version}"
}

start=$(date +%s)
install_apt_packages
for tool in nvim chromium rg unzip; do
    command -v "$tool" >/dev/null || { log "missing ${tool} after installing"; exit 1; }
done
install_code_server
log "done in $(( $(date +%s) - start )) s (code-server: ${PREFIX})"
