-- wrk script: POSTs GraphQL requests to /graphql.
--   wrk ... -s bench/graphql.lua http://localhost:7199/graphql -- article <articleCount>
--     article(slug) with the query of graphql/queries/article.graphql, a random article each request
--   wrk ... -s bench/graphql.lua http://localhost:7199/graphql -- articles
--     the first 20-article page of articles
local mode, count
local article_query, articles_body

local function read(path)
  local file = assert(io.open(path, "r"))
  local text = file:read("*a")
  file:close()
  return text
end

-- JSON string escaping for the query text (quotes, backslashes, newlines).
local function quote(text)
  return '"' .. text:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n') .. '"'
end

function init(args)
  mode = args[1] or "article"
  count = tonumber(args[2] or "10000")
  math.randomseed(os.time())
  article_query = quote(read("graphql/queries/article.graphql"))
  articles_body = '{"query":' .. quote(
      "{ articles(first: 20) { totalCount pageInfo { hasNextPage endCursor } " ..
      "edges { cursor node { slug title summary date url breaking section { slug name } " ..
      "authors { slug name } tags { slug name } image { src alt } } } } }") .. '}'
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/graphql-response+json"
end

function request()
  if mode == "articles" then
    return wrk.format(nil, nil, nil, articles_body)
  end
  local slug = "article-" .. math.random(0, count - 1)
  return wrk.format(nil, nil, nil, '{"query":' .. article_query .. ',"variables":{"slug":"' .. slug .. '"}}')
end
