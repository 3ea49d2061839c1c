df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT concat_ws('-', user, channel) AS uc, '3' + qty AS q3s FROM events WHERE (qty | 1) = 3")
OUTPUT_MODE = "append"
