-- Drives Neovim 0.7's built-in LSP client against the WPCM language server,
-- headless. Inputs come from the environment; results go to a JSON file.
--   WPCM_SERVER     path of out/server.cjs
--   WPCM_WORKSPACE  folder with the .wpcm files
--   WPCM_FILES      comma-separated file names to open, in order
--   WPCM_PROBES     JSON: { completion = {file, line, character}, hover = ..., definition = ... } (0-based)
--   WPCM_RESULT     where to write the JSON result
local env = vim.env
local timeout = 20000
local started = vim.loop.hrtime()
local function ms() return math.floor((vim.loop.hrtime() - started) / 1e6) end

local function fail(message)
  vim.fn.writefile({ vim.fn.json_encode({ error = message, at_ms = ms() }) }, env.WPCM_RESULT)
  vim.cmd('cquit 1')
end

local ok, err = pcall(function()
  local published = {}
  local client_id = vim.lsp.start_client({
    name = 'wpcm',
    cmd = { 'node', env.WPCM_SERVER, '--stdio' },
    root_dir = env.WPCM_WORKSPACE,
    workspace_folders = { { uri = vim.uri_from_fname(env.WPCM_WORKSPACE), name = 'ws' } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        published[result.uri] = (published[result.uri] or 0) + 1
        return vim.lsp.diagnostic.on_publish_diagnostics(e, result, ctx, config)
      end,
    },
  })
  if not client_id then error('could not start the language server') end

  local buffers, result = {}, { files = {}, timings = {} }
  for file in string.gmatch(env.WPCM_FILES, '[^,]+') do
    local path = env.WPCM_WORKSPACE .. '/' .. file
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
    local buf = vim.api.nvim_get_current_buf()
    vim.bo[buf].filetype = 'wpcm'
    vim.lsp.buf_attach_client(buf, client_id)
    buffers[file] = buf
  end

  for file, buf in pairs(buffers) do
    local uri = vim.uri_from_bufnr(buf)
    if not vim.wait(timeout, function() return (published[uri] or 0) > 0 end, 20) then
      error('no diagnostics for ' .. file)
    end
    result.timings['diagnostics:' .. file] = ms()
    local items = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local lsp = (d.user_data or {}).lsp or {}
      table.insert(items, { line = d.lnum + 1, code = lsp.code or d.code, severity = d.severity })
    end
    result.files[file] = items
  end

  local probes = vim.fn.json_decode(env.WPCM_PROBES)
  local function request(method, probe)
    local buf = buffers[probe.file]
    local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = probe.line, character = probe.character } }
    local responses = vim.lsp.buf_request_sync(buf, method, params, timeout)
    if not responses then error(method .. ' timed out') end
    for _, response in pairs(responses) do
      if response.error then error(method .. ': ' .. vim.inspect(response.error)) end
      return response.result
    end
  end

  local completion = request('textDocument/completion', probes.completion)
  local labels = {}
  for _, item in ipairs(completion.items or completion) do table.insert(labels, item.label) end
  result.completion = labels
  result.timings.completion = ms()

  local hover = request('textDocument/hover', probes.hover)
  result.hover = hover and hover.contents and (hover.contents.value or hover.contents) or vim.NIL
  result.timings.hover = ms()

  local definition = request('textDocument/definition', probes.definition)
  local first = definition and definition[1] or {}
  result.definition = { uri = first.targetUri or first.uri, range = first.targetSelectionRange or first.range }
  result.timings.definition = ms()

  vim.fn.writefile({ vim.fn.json_encode(result) }, env.WPCM_RESULT)
  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end)

if not ok then fail(tostring(err)) end
vim.cmd('qa!')
