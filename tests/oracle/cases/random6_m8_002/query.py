df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT nvl2(note, 'y', 'n') AS hasnote, concat_ws('-', user, channel) AS uc, date_trunc('MINUTE', ts) AS minute, band FROM (SELECT *, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band FROM events) e WHERE qty BETWEEN 1 AND 4")
OUTPUT_MODE = "append"
