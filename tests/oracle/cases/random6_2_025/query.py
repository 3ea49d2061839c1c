df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, region, max(qty) - min(qty) AS qrange FROM events WHERE amount > 5 OR qty IS NULL AND user RLIKE '^[a-d]' GROUP BY window(ts, '10 minutes'), region")
OUTPUT_MODE = "append"
