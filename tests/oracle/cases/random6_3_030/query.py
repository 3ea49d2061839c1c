df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT concat_ws('-', user, channel) AS uc, id, user, regexp_replace(user, '[aeiou]', '*') AS masked, hot FROM (SELECT *, amount > 20 AND qty > 1 AS hot FROM events) e WHERE region IN ('eu', 'us')")
OUTPUT_MODE = "append"
