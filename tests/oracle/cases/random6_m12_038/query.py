df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT id, space(qty) AS sp, initial FROM (SELECT *, upper(substr(user, 1, 1)) AS initial FROM events) e")
OUTPUT_MODE = "append"
