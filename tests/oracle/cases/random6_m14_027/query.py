df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT region, max(struct(amount, user)).user AS topuser, concat_ws('/', min(channel), max(channel)) AS span, max(qty) - min(qty) AS qrange FROM events WHERE qty IN (2, 2) AND user RLIKE '^[a-d]' GROUP BY region")
OUTPUT_MODE = "update"
