df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT qty & 2 AS b2, upper(region) AS r, nvl2(note, 'y', 'n') AS hasnote, user, rc FROM (SELECT *, concat(region, ':', channel) AS rc FROM events) e WHERE amount IS NOT NULL AND user RLIKE '^[a-d]'")
OUTPUT_MODE = "append"
