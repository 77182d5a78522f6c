-- Headless Neovim test of the cfn-fargate package in editors/neovim, loaded as its README says.
-- Run from the repository root:
--   CFN_FARGATE_BIN=target/debug/cfn-fargate nvim --headless -u NONE -l tests/nvim/convert_test.lua
local root = vim.fn.getcwd()
local function fail(msg)
  io.stderr:write('FAIL: ' .. msg .. '\n')
  os.exit(1)
end

vim.cmd('filetype on')
vim.opt.runtimepath:append(root .. '/editors/neovim')
local bin = os.getenv('CFN_FARGATE_BIN')
if bin then
  -- Use the binary under test instead of the one on PATH.
  vim.lsp.config('cfn_fargate', { cmd = { bin, 'lsp' } })
end
-- CFN_FARGATE_TEST_SETTINGS (JSON) lets a run switch rules off, to see this test fail.
local settings = os.getenv('CFN_FARGATE_TEST_SETTINGS')
if settings then
  vim.lsp.config('cfn_fargate', { init_options = vim.json.decode(settings) })
end
vim.lsp.enable('cfn_fargate')

-- A copy of the story template, so that the test can edit it.
local dir = vim.fn.tempname()
vim.fn.mkdir(dir, 'p')
local file = dir .. '/story-service.yaml'
vim.fn.writefile(vim.fn.readfile(root .. '/examples/story-service.yaml'), file)
vim.cmd.edit(file)

local function errors()
  return vim.diagnostic.get(0, { severity = vim.diagnostic.severity.ERROR })
end

if not vim.wait(20000, function() return #errors() > 0 end, 50) then
  fail('no diagnostics from cfn-fargate')
end
local codes = {}
for _, d in ipairs(errors()) do
  codes[d.code] = true
end
for _, want in ipairs({ 'TD-02', 'TD-03', 'TD-04', 'TD-10', 'CD-01', 'SVC-04', 'SVC-07', 'TG-01' }) do
  if not codes[want] then
    fail('missing diagnostic ' .. want)
  end
end

-- The convert code action on the service.
local client = vim.lsp.get_clients({ bufnr = 0, name = 'cfn_fargate' })[1]
if not client then
  fail('cfn_fargate is not attached')
end
local line
for i, l in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
  if l:match('^  OrdersService:') then
    line = i - 1
  end
end
local params = {
  textDocument = vim.lsp.util.make_text_document_params(0),
  range = { start = { line = line, character = 4 }, ['end'] = { line = line, character = 4 } },
  context = { diagnostics = {} },
}
local response = client:request_sync('textDocument/codeAction', params, 10000, 0)
if not response or response.err then
  fail('code action request failed')
end
local convert
for _, action in ipairs(response.result or {}) do
  if action.kind == 'refactor.rewrite' then
    convert = action
  end
end
if not convert then
  fail('no convert action')
end
vim.lsp.util.apply_workspace_edit(convert.edit, client.offset_encoding)

if not vim.wait(20000, function() return #errors() == 0 end, 50) then
  local left = {}
  for _, d in ipairs(errors()) do
    table.insert(left, d.code)
  end
  fail('errors remain after converting: ' .. table.concat(left, ', '))
end
local text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
for _, want in ipairs({ 'NetworkMode: awsvpc', 'RequiresCompatibilities: [FARGATE]', 'TargetType: ip', 'AwsvpcConfiguration:' }) do
  if not text:find(want, 1, true) then
    fail('the converted buffer lacks ' .. want)
  end
end
print('ok: diagnostics, convert action and a clean buffer')
os.exit(0)
