df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, max(struct(amount, user)).user AS topuser FROM events GROUP BY channel")
OUTPUT_MODE = "update"
