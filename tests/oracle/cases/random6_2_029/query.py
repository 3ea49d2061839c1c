df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '4 minutes') AS w, region, count(*) FILTER (WHERE amount > 50) AS nbig FROM (SELECT *, concat(region, ':', channel) AS rc, qty * 2 + 1 AS q2 FROM events) ev WHERE amount > 5 OR qty IS NULL AND user LIKE '%e%' GROUP BY window(ts, '4 minutes'), region")
OUTPUT_MODE = "append"
