-- Run by test.sh inside `nvim --headless --clean` with a `.aims` file open: waits up to
-- 10 s for diagnostics from the aims client, prints them, and exits 0 if there was at
-- least one (1 if none, 2 if the file was not recognised or no client attached).

local out = function(line)
  io.stdout:write(line .. "\n")
end

local bufnr = vim.api.nvim_get_current_buf()
out("nvim: " .. tostring(vim.version().major) .. "." .. tostring(vim.version().minor) .. "." .. tostring(vim.version().patch))
out("file: " .. vim.api.nvim_buf_get_name(bufnr))
out("filetype: " .. vim.bo[bufnr].filetype)
if vim.bo[bufnr].filetype ~= "aims" then
  out("FAIL: the file was not detected as filetype aims")
  os.exit(2)
end

local function aims_clients()
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  local found = {}
  for _, client in ipairs(get({ bufnr = bufnr })) do
    if client.name == "aims" then
      table.insert(found, client)
    end
  end
  return found
end

--- The diagnostics in the buffer that came from an aims client.
local function aims_diagnostics()
  local namespaces = {}
  for _, client in ipairs(aims_clients()) do
    namespaces[vim.lsp.diagnostic.get_namespace(client.id)] = true
    -- Neovim 0.10+ keeps pulled diagnostics in a second namespace.
    local ok, pull = pcall(vim.lsp.diagnostic.get_namespace, client.id, true)
    if ok then
      namespaces[pull] = true
    end
  end
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if namespaces[d.namespace] then
      table.insert(found, d)
    end
  end
  return found
end

vim.wait(10000, function()
  return #aims_diagnostics() > 0
end, 100)

local clients = aims_clients()
for _, client in ipairs(clients) do
  out(string.format("client: %s (id %d), root %s", client.name, client.id, tostring(client.config.root_dir)))
end
local diagnostics = aims_diagnostics()
local saw_unknown_field = false
for _, d in ipairs(diagnostics) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"
  if code == "unknown-field" then
    saw_unknown_field = true
  end
  out(string.format("diagnostic: %d:%d %s [%s] %s", d.lnum + 1, d.col + 1, vim.diagnostic.severity[d.severity], code, d.message))
end

local status = 0
if #clients == 0 then
  out("FAIL: no aims client attached to the buffer; the server may have failed to start or exited (see " .. vim.lsp.get_log_path() .. ")")
  status = 2
elseif #diagnostics == 0 then
  out("FAIL: no diagnostics from aims-lsp within 10 s")
  status = 1
else
  out(string.format("OK: %d diagnostic(s) from aims-lsp%s", #diagnostics, saw_unknown_field and ", including unknown-field" or " (none with code unknown-field)"))
end

for _, client in ipairs(clients) do
  vim.lsp.stop_client(client.id)
end
vim.wait(2000, function()
  return #aims_clients() == 0
end, 50)
os.exit(status)
