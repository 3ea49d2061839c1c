df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, coalesce(note, 'none') AS note2, concat(space(qty % 3), user) AS padded FROM events) ev) SELECT user, bool_or(amount > 80) AS anyhuge, round(avg(amount), 3) AS avga, count(*) AS cnt FROM base GROUP BY user ORDER BY anyhuge DESC NULLS LAST")
OUTPUT_MODE = "complete"
