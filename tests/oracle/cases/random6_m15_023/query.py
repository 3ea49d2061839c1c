df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT id, space(qty) AS sp FROM events WHERE qty BETWEEN 1 AND 4")
OUTPUT_MODE = "append"
