df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, qleft, max(qty) - min(qty) AS qrange, approx_count_distinct(channel) AS acd FROM (SELECT *, '10' - qty AS qleft, qty * 2 + 1 AS q2 FROM events) ev WHERE amount IS NOT NULL AND (amount > 10) = true GROUP BY window(ts, '10 minutes', '5 minutes'), qleft")
OUTPUT_MODE = "update"
