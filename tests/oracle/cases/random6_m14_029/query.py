df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT '3' + qty AS q3s, id, initcap(user) AS iu FROM events WHERE amount IS NOT NULL AND region IN ('eu', 'us')")
OUTPUT_MODE = "append"
