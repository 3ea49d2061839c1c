df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band FROM events) ev WHERE amount > 5 OR qty IS NULL AND (amount > 10) = true) SELECT user, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3, approx_count_distinct(channel) AS acd FROM base GROUP BY 1 ORDER BY q3 DESC NULLS LAST")
OUTPUT_MODE = "complete"
