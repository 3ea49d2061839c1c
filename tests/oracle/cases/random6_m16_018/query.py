df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT upper(region) AS r, user IN ('bob', 'bob') AS isbob FROM events WHERE region IN ('eu', 'us') AND qty IN (2, 2)")
OUTPUT_MODE = "append"
