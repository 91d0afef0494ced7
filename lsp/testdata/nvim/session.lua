-- Drives `crosstalk server` from Neovim's own LSP client, headless:
--   CT_BIN=crosstalk CT_ROOT=workspace CT_OUT=result.json nvim --headless --clean -u NONE -l? (see clients_test.go)
-- It opens shop/util.py, waits for the diagnostics, applies the code
-- action that adds `# noqa: CT104` to a line, and writes what it saw to
-- CT_OUT as JSON. It uses the API of Neovim 0.7 (Debian's), which later
-- versions keep.
local bin, root, out = os.getenv("CT_BIN"), os.getenv("CT_ROOT"), os.getenv("CT_OUT")
local result = { errors = {} }

local function finish()
  local f = io.open(out, "w")
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd("qall!")
end

local ok, err = pcall(function()
  vim.cmd("edit " .. vim.fn.fnameescape(root .. "/shop/util.py"))
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({
    name = "crosstalk",
    cmd = { bin, "server" },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = "workspace" } },
  })
  if not id then
    table.insert(result.errors, "the client did not start")
    return
  end
  vim.lsp.buf_attach_client(buf, id)
  result.got_diagnostics = vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, { code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code),
      lnum = d.lnum, col = d.col, message = d.message, source = d.source })
  end
  -- The code actions of line 8 (0-based 7): tally's mutable default.
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = 7, character = 0 }, ["end"] = { line = 7, character = 0 } },
    context = { diagnostics = {} },
  }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 30000) or {}
  result.actions = {}
  for _, resp in pairs(responses) do
    if resp.error then table.insert(result.errors, vim.inspect(resp.error)) end
    for _, action in ipairs(resp.result or {}) do
      table.insert(result.actions, action.title)
      if action.title:find("# noqa", 1, true) then
        vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
      end
    end
  end
  result.line8 = vim.api.nvim_buf_get_lines(buf, 7, 8, false)[1]
  vim.lsp.stop_client(id)
end)
if not ok then table.insert(result.errors, tostring(err)) end
finish()
