df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, upper(substr(user, 1, 1)) AS initial FROM events) ev) SELECT channel, max(amount) AS maxa, count(note) AS nnotes, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM base GROUP BY channel ORDER BY maxa DESC NULLS LAST")
OUTPUT_MODE = "complete"
