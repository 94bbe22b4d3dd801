-- Neovim as the language client of NeovimClientTest: starts the server (the command comes as JSON
-- in $FACTCHECK_LSP_CMD) for the current buffer and, once diagnostics with the awaited rule arrive,
-- writes them to $FACTCHECK_NVIM_OUT as JSON (what the server sent, and what Neovim made of it) and
-- quits. Works on Neovim 0.7 (Debian 12), which has vim.lsp.start_client but not vim.lsp.start.
local out = os.getenv("FACTCHECK_NVIM_OUT")
local awaited = os.getenv("FACTCHECK_AWAIT_RULE")
local cmd = vim.fn.json_decode(os.getenv("FACTCHECK_LSP_CMD"))

local function has_awaited(result)
  for _, d in ipairs(result.diagnostics or {}) do
    if d.code == awaited then
      return true
    end
  end
  return false
end

local client_id = vim.lsp.start_client({
  name = "factcheck",
  cmd = cmd,
  root_dir = vim.fn.getcwd(),
  get_language_id = function() return "factcheck" end,
  handlers = {
    ["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      if not has_awaited(result) then
        return
      end
      local seen = {}
      for _, d in ipairs(vim.diagnostic.get(vim.uri_to_bufnr(result.uri))) do
        table.insert(seen, { lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity,
          message = d.message, source = d.source })
      end
      local f = assert(io.open(out, "w"))
      f:write(vim.fn.json_encode({ published = result, neovim = seen }))
      f:close()
      vim.schedule(function() vim.cmd("qall!") end)
    end,
  },
})
vim.lsp.buf_attach_client(0, client_id)
-- Never hang a build: give up after two minutes with a non-zero exit.
vim.defer_fn(function() vim.cmd("cquit 3") end, 120000)
