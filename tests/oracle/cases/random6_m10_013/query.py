df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT round(amount / nullif(qty, 0), 3) AS unit, space(qty) AS sp FROM events WHERE '3' < qty")
OUTPUT_MODE = "append"
