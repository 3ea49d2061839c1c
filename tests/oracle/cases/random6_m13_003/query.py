df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events) SELECT channel, max(struct(amount, user)).user AS topuser, concat_ws('/', min(channel), max(channel)) AS span FROM base GROUP BY 1")
OUTPUT_MODE = "update"
