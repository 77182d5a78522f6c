-- `*.template` files are CloudFormation templates: YAML or JSON by their first character.
vim.filetype.add({
  extension = {
    template = function(_, bufnr)
      local first = vim.api.nvim_buf_get_lines(bufnr, 0, 1, false)[1] or ''
      if first:match('^%s*{') then
        return 'json.cloudformation'
      end
      return 'yaml.cloudformation'
    end,
  },
})
