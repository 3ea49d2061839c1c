df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT space(qty) AS sp, id, initcap(user) AS iu, regexp_replace(user, '[aeiou]', '*') AS masked FROM events WHERE region IN ('eu', 'us')")
OUTPUT_MODE = "append"
