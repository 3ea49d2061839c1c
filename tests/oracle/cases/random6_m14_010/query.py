df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT concat_ws('-', user, channel) AS uc, nvl2(note, 'y', 'n') AS hasnote, date_trunc('MINUTE', ts) AS minute, initcap(user) AS iu, initial FROM (SELECT *, upper(substr(user, 1, 1)) AS initial FROM events) e WHERE amount IS NOT NULL AND '3' < qty")
OUTPUT_MODE = "append"
