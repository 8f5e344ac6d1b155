-- AIMS support for Neovim: `.aims` filetype detection, a little syntax highlighting,
-- and the `aims-lsp` language server, without nvim-lspconfig.
--
-- Copy this file to ~/.config/nvim/lua/aims.lua and call, from init.lua:
--
--   require("aims").setup()                                  -- aims-lsp on PATH
--   require("aims").setup({ cmd = { "/path/to/aims-lsp" }, as_of = "2026-11-28" })
--
-- It works on Neovim 0.7 and later. The server is started with `vim.lsp.config` and
-- `vim.lsp.enable` on 0.11+, with `vim.lsp.start` on 0.8-0.10, and with
-- `vim.lsp.start_client` on 0.7.

local M = {}

--- The options of `setup`, with their defaults.
M.defaults = {
  -- The command that starts the language server.
  cmd = { "aims-lsp" },
  -- The as-of date (YYYY-MM-DD) that every check is relative to; nil means
  -- `as_of` in aims.toml, else today.
  as_of = nil,
  -- Also send Markdown, HTML and plain-text files of a workspace with an aims.toml to
  -- the server, which checks the ones that a `publication` names.
  check_prose = true,
  -- The filetypes of published prose.
  prose_filetypes = { "markdown", "html", "text" },
  -- How the server is started: "auto" picks by Neovim version; "config", "start" and
  -- "start_client" force one way (the test script uses this to try each).
  method = "auto",
}

local augroup = "aims"

--- The nearest folder at or above `path` holding `marker`, or nil.
local function find_upward(path, marker)
  local dir = vim.fn.fnamemodify(path, ":p:h")
  while true do
    if (vim.uv or vim.loop).fs_stat(dir .. "/" .. marker) then
      return dir
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then
      return nil
    end
    dir = parent
  end
end

--- The workspace root for a buffer: the nearest aims.toml, else (for .aims files
--- only) the nearest .git. Prose outside an AIMS workspace gets no server.
function M.root_dir(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == "" then
    return nil
  end
  local root = find_upward(name, "aims.toml")
  if root == nil and vim.bo[bufnr].filetype == "aims" then
    root = find_upward(name, ".git") or vim.fn.fnamemodify(name, ":p:h")
  end
  return root
end

--- What the server is sent at start-up, and answers `workspace/configuration`
--- section `aims` with.
local function server_settings(opts)
  return { asOf = opts.as_of or vim.NIL, checkProse = opts.check_prose }
end

local function filetypes(opts)
  local fts = { "aims" }
  if opts.check_prose then
    vim.list_extend(fts, opts.prose_filetypes)
  end
  return fts
end

local function base_config(opts)
  local settings = server_settings(opts)
  return {
    name = "aims",
    cmd = opts.cmd,
    init_options = settings,
    settings = { aims = settings },
  }
end

local function pick_method(method)
  if method ~= "auto" then
    return method
  end
  if vim.lsp.config ~= nil and vim.lsp.enable ~= nil then
    return "config"
  elseif vim.lsp.start ~= nil then
    return "start"
  end
  return "start_client"
end

--- Registers `.aims` as filetype `aims`, with `//` comments.
local function register_filetype()
  if vim.filetype ~= nil and vim.filetype.add ~= nil then
    vim.filetype.add({ extension = { aims = "aims" } })
  end
  if vim.fn.has("nvim-0.8") == 0 then
    -- Neovim 0.7 consults vim.filetype.add only with g:do_filetype_lua set; this
    -- autocommand detects the filetype either way.
    vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, {
      group = augroup,
      pattern = "*.aims",
      command = "setfiletype aims",
    })
  end
  vim.api.nvim_create_autocmd("FileType", {
    group = augroup,
    pattern = "aims",
    callback = function(args)
      vim.bo[args.buf].commentstring = "// %s"
      vim.bo[args.buf].comments = ":///,://"
    end,
  })
  -- The syntax goes in after the Syntax event: Vim's own handler for it, which is
  -- usually defined after this one, clears the buffer's syntax first.
  vim.api.nvim_create_autocmd("Syntax", {
    group = augroup,
    pattern = "aims",
    callback = function(args)
      vim.schedule(function()
        if vim.api.nvim_buf_is_valid(args.buf) and vim.bo[args.buf].syntax == "aims" then
          M.highlight(args.buf)
        end
      end)
    end,
  })
end

--- A small Vim-regex syntax for buffers that have no other highlighting: comments,
--- strings, declaration kinds, field names, requirement paths, dates and durations.
function M.highlight(bufnr)
  vim.api.nvim_buf_call(bufnr, function()
    if vim.b.current_syntax ~= nil then
      return
    end
    vim.cmd([[
      syntax match aimsKind "^\s*\zs\<\(organisation\|role\|system\|dataset\|supplier\|assessment\|risk\|control\|evidence\|exclude\|certification\|attestation\|assurance\|internal_audit\|management_review\|nonconformity\|publication\|framework\|crosswalk\|group\|clause\|subcategory\|criterion\|obligation\|theme\|article\|standard\|map\)\>\(\s*:\)\@!"
      syntax keyword aimsConstant true false planned in_progress implemented achieved lapsed
      syntax match aimsField "\<[A-Za-z_][A-Za-z0-9_-]*\ze\s*:"
      syntax match aimsPath "\<[a-z_][A-Za-z0-9_-]*\(\.[A-Za-z0-9_]\+\)\+"
      syntax match aimsNumber "\<\d\{4}-\d\d-\d\d\>\|\<\d\{4}-\(\d\d\|[Qq]\d\)\>\|\<\d\+\(%\|\s\+\(days\?\|weeks\?\|months\?\|years\?\)\>\)\?"
      syntax region aimsString start=+"+ skip=+\\.+ end=+"\|$+ oneline
      syntax region aimsBlockString start=+"""+ end=+"""+
      syntax match aimsComment "//.*$"
      syntax match aimsDocComment "///.*$"
      highlight default link aimsKind Keyword
      highlight default link aimsConstant Constant
      highlight default link aimsField Identifier
      highlight default link aimsPath Special
      highlight default link aimsNumber Number
      highlight default link aimsString String
      highlight default link aimsBlockString String
      highlight default link aimsComment Comment
      highlight default link aimsDocComment SpecialComment
    ]])
    vim.b.current_syntax = "aims"
  end)
end

-- Neovim 0.7 has no vim.lsp.start, so clients are kept per root here.
local clients_by_root = {}

local function start_client_07(config, bufnr)
  local id = clients_by_root[config.root_dir]
  local client = id and vim.lsp.get_client_by_id(id)
  if client == nil or client.is_stopped() then
    id = vim.lsp.start_client(config)
    clients_by_root[config.root_dir] = id
  end
  if id ~= nil then
    vim.lsp.buf_attach_client(bufnr, id)
  end
end

--- Sets everything up; `opts` overrides `M.defaults`.
function M.setup(opts)
  opts = vim.tbl_deep_extend("force", {}, M.defaults, opts or {})
  vim.api.nvim_create_augroup(augroup, { clear = true })
  register_filetype()

  local method = pick_method(opts.method)
  local available = { config = vim.lsp.config ~= nil, start = vim.lsp.start ~= nil, start_client = true }
  if not available[method] then
    vim.notify("aims.lua: method " .. method .. " is not available in this Neovim", vim.log.levels.ERROR)
    return
  end
  if method == "config" then
    local config = base_config(opts)
    config.name = nil
    config.filetypes = filetypes(opts)
    config.root_dir = function(bufnr, on_dir)
      local root = M.root_dir(bufnr)
      if root ~= nil then
        on_dir(root)
      end
    end
    vim.lsp.config("aims", config)
    vim.lsp.enable("aims")
    return
  end

  vim.api.nvim_create_autocmd("FileType", {
    group = augroup,
    pattern = filetypes(opts),
    callback = function(args)
      local root = M.root_dir(args.buf)
      if root == nil then
        return
      end
      local config = base_config(opts)
      config.root_dir = root
      config.workspace_folders = { { uri = vim.uri_from_fname(root), name = root } }
      if method == "start" then
        vim.lsp.start(config, { bufnr = args.buf })
      else
        start_client_07(config, args.buf)
      end
    end,
  })
end

return M
