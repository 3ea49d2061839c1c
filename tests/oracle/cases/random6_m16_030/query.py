df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT '3' + qty AS q3s, user, qty & 2 AS b2, regexp_replace(user, '[aeiou]', '*') AS masked FROM events")
OUTPUT_MODE = "append"
