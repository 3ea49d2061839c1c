df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT ts + INTERVAL 1 HOUR AS later, greatest(qty, 2) AS g, initcap(user) AS iu FROM events")
OUTPUT_MODE = "append"
