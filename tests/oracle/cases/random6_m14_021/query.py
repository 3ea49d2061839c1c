df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE amount IS NOT NULL) SELECT channel, count(*) FILTER (WHERE amount > 50) AS nbig, sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END) AS q3 FROM base GROUP BY channel HAVING count(*) > 2")
OUTPUT_MODE = "update"
