df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT upper(region) AS r, regexp_replace(user, '[aeiou]', '*') AS masked, date_trunc('MINUTE', ts) AS minute FROM events WHERE channel <> 'store' AND amount > 5 OR qty IS NULL")
OUTPUT_MODE = "append"
