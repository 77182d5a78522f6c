-- cfn-fargate: why an ECS service in a CloudFormation template will not run on AWS Fargate.
-- Neovim 0.11+: put this directory on 'runtimepath' (or copy this file to
-- ~/.config/nvim/lsp/cfn_fargate.lua), then `vim.lsp.enable('cfn_fargate')`.
-- The server answers only for CloudFormation templates; other YAML and JSON files get nothing.

---@type vim.lsp.Config
return {
  cmd = { 'cfn-fargate', 'lsp' },
  filetypes = { 'yaml', 'json', 'yaml.cloudformation', 'json.cloudformation' },
  root_markers = { 'cfn-fargate.toml', '.git' },
  -- The keys of cfn-fargate.toml, for example { ignore = { 'TD-01' }, target = 'fargate' }.
  settings = {},
}
