df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events) SELECT channel, concat_ws('/', min(channel), max(channel)) AS span, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, last(qty) FILTER (WHERE amount > 20) AS lq FROM base GROUP BY channel")
OUTPUT_MODE = "complete"
